package com.wizamart.ordering.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.wizamart.sharedkernel.ValidationException;

/** A cart, its lines and its session id. */
class CartTests {

    private static final Instant NOW = Instant.parse("2026-02-10T12:00:00Z");

    @Test
    void aLineHoldsOneTo999Units() {
        UUID product = UUID.randomUUID();
        assertThat(new CartLine(product, 1, NOW).quantity()).isEqualTo(1);
        assertThat(new CartLine(product, CartLine.MAX_QUANTITY, NOW).quantity()).isEqualTo(999);
        for (int refused : new int[] {0, -1, 1000, Integer.MIN_VALUE}) {
            assertThatThrownBy(() -> new CartLine(product, refused, NOW)).as("%d units", refused)
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.errorCode()).isEqualTo("VALIDATION_FAILED");
                        assertThat(e.violations()).singleElement().satisfies(v -> {
                            assertThat(v.field()).isEqualTo("quantity");
                            assertThat(v.message()).contains("1", "999");
                        });
                    });
        }
    }

    @Test
    void mergingKeepsMyLinesFirstAndTheirFirstAddedTime() {
        UUID coffee = UUID.randomUUID();
        UUID cups = UUID.randomUUID();
        UUID tea = UUID.randomUUID();
        Instant earlier = NOW.minusSeconds(3600);
        List<CartLine> merged = Cart.merge(List.of(new CartLine(coffee, 2, earlier), new CartLine(cups, 1, earlier)),
                List.of(new CartLine(tea, 4, NOW), new CartLine(coffee, 3, NOW)));
        assertThat(merged).containsExactly(new CartLine(coffee, 5, earlier), new CartLine(cups, 1, earlier),
                new CartLine(tea, 4, NOW));
        assertThat(Cart.merge(List.of(), List.of())).isEmpty();
        assertThat(Cart.merge(List.of(new CartLine(tea, 999, NOW)), List.of(new CartLine(tea, 999, NOW))))
                .containsExactly(new CartLine(tea, CartLine.MAX_QUANTITY, NOW));
    }

    @Test
    void aCartIsIdleOnlyOnceTheWholeTimeHasPassed() {
        Cart cart = cart(List.of());
        Duration week = Duration.ofDays(7);
        assertThat(cart.idleSince(NOW.plus(week).minusMillis(1), week)).isFalse();
        assertThat(cart.idleSince(NOW.plus(week), week)).as("exactly the idle time").isFalse();
        assertThat(cart.idleSince(NOW.plus(week).plusMillis(1), week)).isTrue();
    }

    @Test
    void aCartKeepsItsOwnCopyOfItsLines() {
        List<CartLine> lines = new ArrayList<>(List.of(new CartLine(UUID.randomUUID(), 1, NOW)));
        Cart cart = cart(lines);
        lines.clear();
        assertThat(cart.lines()).hasSize(1);
        assertThat(cart.isEmpty()).isFalse();
        assertThatThrownBy(() -> cart.lines().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(cart(List.of()).isEmpty()).isTrue();
    }

    @Test
    void aSessionIdIs8To100UrlSafeCharacters() {
        assertThat(CartSession.check("abcd-._~", "sessionId")).isEqualTo("abcd-._~");
        assertThat(CartSession.check("A".repeat(100), "sessionId")).hasSize(100);
        for (String refused : new String[] {null, "", "abcdefg", "A".repeat(101), "abcd efgh", "abcd/efgh",
                "abcd\u00e9fgh", "abcdefgh\n"}) {
            assertThatThrownBy(() -> CartSession.check(refused, "cartSessionId")).as("%s", refused)
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("cartSessionId")));
        }
    }

    private static Cart cart(List<CartLine> lines) {
        return new Cart(UUID.randomUUID(), UUID.randomUUID(), "session-1", null, lines, NOW, NOW);
    }
}
