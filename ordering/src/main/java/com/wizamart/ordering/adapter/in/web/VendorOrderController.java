package com.wizamart.ordering.adapter.in.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.ordering.PaymentStatus;
import com.wizamart.ordering.application.OrderLifecycle;
import com.wizamart.ordering.application.OrderViews;
import com.wizamart.ordering.application.port.in.OrderQuery;
import com.wizamart.ordering.application.port.in.OrderSummary;
import com.wizamart.ordering.domain.OrderStatus;
import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.tenancy.Actor;

/**
 * The vendor's orders: list with filters, detail with history, refunds and returns, status changes and assignment.
 * Refunds and returns have their own controllers.
 */
@RestController
@RequestMapping("/api/v1/vendor/orders")
class VendorOrderController {

    private final OrderViews views;
    private final OrderLifecycle lifecycle;

    VendorOrderController(OrderViews views, OrderLifecycle lifecycle) {
        this.views = views;
        this.lifecycle = lifecycle;
    }

    /**
     * @param from     first UTC day placed (inclusive).
     * @param to       last UTC day placed (inclusive).
     * @param search   order number, customer name or email (contains).
     * @param assignee the team membership the orders are assigned to.
     * @param mine     true: the orders assigned to the caller (not together with {@code assignee}).
     * @param paymentStatus orders whose payment is in any of these statuses (repeat the parameter or separate them
     *                      with commas).
     */
    @GetMapping
    @PreAuthorize("hasAuthority('PERM_orders.view')")
    PagedModel<OrderSummaryResponse> list(@RequestParam(required = false) @Size(max = 32) String status,
                                          @RequestParam(required = false)
                                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                          @RequestParam(required = false)
                                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                          @RequestParam(required = false) UUID customerId,
                                          @RequestParam(required = false) @Size(max = 200) String search,
                                          @RequestParam(required = false) UUID assignee,
                                          @RequestParam(required = false) Boolean mine,
                                          @RequestParam(required = false) @Size(max = 6)
                                          List<@Size(max = 32) String> paymentStatus,
                                          @PageableDefault(size = 20, sort = "placedAt",
                                                  direction = Sort.Direction.DESC) Pageable pageable,
                                          Actor actor) {
        UUID assignedTo = assignee;
        if (Boolean.TRUE.equals(mine)) {
            if (assignee != null) {
                throw ValidationException.of("mine", "must not be combined with 'assignee'");
            }
            Optional<UUID> membership = views.membershipOf(actor.id());
            if (membership.isEmpty()) {
                return new PagedModel<>(Page.empty(pageable));
            }
            assignedTo = membership.get();
        }
        Page<OrderSummary> page = views.search(new OrderQuery(status(status), from, to, customerId, search,
                assignedTo, paymentStatuses(paymentStatus)), pageable);
        Map<UUID, OrderViews.Assignee> assignees = views.assignees(
                page.getContent().stream().map(OrderSummary::assigneeId).toList());
        return new PagedModel<>(page.map(s -> OrderSummaryResponse.of(s, assignees)));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('PERM_orders.view')")
    OrderResponse get(@PathVariable UUID id) {
        return OrderResponse.of(views.get(id), true);
    }

    /**
     * @param restock for {@code REFUNDED} (a refund of every unit not refunded yet): put the units back into stock
     *                (default false; before shipping they always are).
     */
    record StatusRequest(@NotBlank @Size(max = 32) String status, @Size(max = 1000) String note,
                         @Size(max = 100) String trackingNumber, Boolean restock) {
    }

    @PutMapping("/{id}/status")
    @PreAuthorize("hasAuthority('PERM_orders.edit')")
    OrderResponse changeStatus(@PathVariable UUID id, @Valid @RequestBody StatusRequest request, Actor actor) {
        lifecycle.changeStatus(id, status(request.status()), request.note(), request.trackingNumber(),
                Boolean.TRUE.equals(request.restock()), actor);
        return OrderResponse.of(views.get(id), true);
    }

    /** @param memberId a team membership of this vendor; {@literal null} unassigns. */
    record AssigneeRequest(UUID memberId) {
    }

    /** Assigns the order; the change is an entry ({@code ASSIGNMENT}) of its history. */
    @PutMapping("/{id}/assignee")
    @PreAuthorize("hasAuthority('PERM_orders.edit')")
    OrderResponse assign(@PathVariable UUID id, @RequestBody AssigneeRequest request, Actor actor) {
        lifecycle.assign(id, request.memberId(), actor);
        return OrderResponse.of(views.get(id), true);
    }

    private static Set<PaymentStatus> paymentStatuses(List<String> names) {
        Set<PaymentStatus> statuses = EnumSet.noneOf(PaymentStatus.class);
        if (names != null) {
            for (String name : names) {
                if (name == null || name.isBlank()) {
                    continue;
                }
                PaymentStatus s = PaymentStatus.parse(name);
                if (s == null) {
                    throw ValidationException.of("paymentStatus", "must be one of " + List.of(PaymentStatus.values()));
                }
                statuses.add(s);
            }
        }
        return statuses;
    }

    private static OrderStatus status(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        OrderStatus status = OrderStatus.parse(name);
        if (status == null) {
            throw ValidationException.of("status", "must be one of " + List.of(OrderStatus.values()));
        }
        return status;
    }
}
