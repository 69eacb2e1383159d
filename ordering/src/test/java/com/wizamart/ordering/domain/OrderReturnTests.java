package com.wizamart.ordering.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import com.wizamart.ordering.domain.OrderReturn.Status;
import com.wizamart.sharedkernel.DomainException;

/** A return's life, and the units open returns hold. */
class OrderReturnTests {

    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

    private static final Map<Status, Set<Status>> ALLOWED = Map.of(
            Status.REQUESTED, EnumSet.of(Status.RECEIVED, Status.REJECTED),
            Status.RECEIVED, EnumSet.of(Status.REFUNDED),
            Status.REFUNDED, EnumSet.noneOf(Status.class),
            Status.REJECTED, EnumSet.noneOf(Status.class));

    @ParameterizedTest
    @EnumSource(Status.class)
    void aReturnMovesOnlyWhereItsLifeAllows(Status from) {
        OrderReturn r = in(from);
        for (Status to : Status.values()) {
            if (ALLOWED.get(from).contains(to)) {
                OrderReturn moved = switch (to) {
                    case RECEIVED -> r.receive(false, "ok", NOW);
                    case REJECTED -> r.reject("no", NOW);
                    case REFUNDED -> r.refunded(UUID.randomUUID(), null, NOW);
                    case REQUESTED -> throw new AssertionError("nothing moves back to REQUESTED");
                };
                assertThat(moved.status()).isEqualTo(to);
            } else {
                assertThatThrownBy(() -> r.require(to)).as(from + " -> " + to)
                        .isInstanceOfSatisfying(DomainException.class, e -> {
                            assertThat(e.errorCode()).isEqualTo("INVALID_RETURN_STATUS");
                            assertThat(e.details()).containsEntry("currentStatus", from.name())
                                    .containsEntry("requestedStatus", to.name());
                        });
            }
        }
        assertThat(r.isOpen()).isEqualTo(from == Status.REQUESTED || from == Status.RECEIVED);
    }

    @Test
    void receivingDecidesTheRestockAndRefundingNamesTheRefund() {
        OrderReturn received = in(Status.REQUESTED).receive(true, "all fine", NOW.plusSeconds(10));
        assertThat(received.restock()).isTrue();
        assertThat(received.receivedAt()).isEqualTo(NOW.plusSeconds(10));
        assertThat(received.note()).isEqualTo("all fine");
        UUID refund = UUID.randomUUID();
        OrderReturn refunded = received.refunded(refund, null, NOW.plusSeconds(20));
        assertThat(refunded.refundId()).isEqualTo(refund);
        assertThat(refunded.restock()).as("kept from receipt").isTrue();
        assertThat(refunded.receivedAt()).isEqualTo(NOW.plusSeconds(10));
        assertThat(in(Status.REQUESTED).reject("late", NOW).restock()).as("never received").isNull();
    }

    @Test
    void openReturnsHoldTheirUnitsAddedUpPerLine() {
        OrderReturn first = requested(Map.of(1, 2, 2, 1));
        OrderReturn second = requested(Map.of(1, 1));
        OrderReturn received = requested(Map.of(2, 3)).receive(false, null, NOW);
        OrderReturn rejected = requested(Map.of(1, 5)).reject(null, NOW);
        OrderReturn refunded = requested(Map.of(3, 1)).receive(true, null, NOW).refunded(UUID.randomUUID(), null,
                NOW);
        List<OrderReturn> all = List.of(first, second, received, rejected, refunded);

        assertThat(OrderReturn.held(all, null)).containsOnly(Map.entry(1, 3), Map.entry(2, 4));
        assertThat(OrderReturn.held(all, first.id())).containsOnly(Map.entry(1, 1), Map.entry(2, 3));
        assertThat(OrderReturn.held(List.of(), null)).isEmpty();
    }

    @Test
    void aReturnsRefundAsksForItsLinesWithoutRestocking() {
        OrderReturn r = requested(Map.of(2, 3));
        assertThat(r.asRefundLines()).containsExactly(new RequestedLine(2, null, 3, false));
    }

    @Test
    void statusesAreReadByNameIgnoringCase() {
        assertThat(Status.parse(" received ")).isEqualTo(Status.RECEIVED);
        assertThat(Status.parse("LOST")).isNull();
        assertThat(Status.parse(null)).isNull();
    }

    private static OrderReturn in(Status status) {
        OrderReturn r = requested(Map.of(1, 1));
        return switch (status) {
            case REQUESTED -> r;
            case RECEIVED -> r.receive(false, null, NOW);
            case REFUNDED -> r.receive(false, null, NOW).refunded(UUID.randomUUID(), null, NOW);
            case REJECTED -> r.reject(null, NOW);
        };
    }

    private static OrderReturn requested(Map<Integer, Integer> unitsByLine) {
        List<OrderReturn.Line> lines = unitsByLine.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new OrderReturn.Line(e.getKey(), UUID.randomUUID(), "S-" + e.getKey(), "N", e.getValue()))
                .toList();
        return new OrderReturn(UUID.randomUUID(), UUID.randomUUID(), Status.REQUESTED, "too big", null, null, true,
                null, null, null, NOW, null, NOW, lines);
    }
}
