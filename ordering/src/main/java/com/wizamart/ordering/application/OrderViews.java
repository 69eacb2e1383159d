package com.wizamart.ordering.application;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.ordering.application.port.in.OrderQuery;
import com.wizamart.ordering.application.port.in.OrderSummary;
import com.wizamart.ordering.application.port.out.OrderStore;
import com.wizamart.ordering.application.port.out.RefundStore;
import com.wizamart.ordering.application.port.out.ReturnStore;
import com.wizamart.ordering.domain.Order;
import com.wizamart.ordering.domain.OrderReturn;
import com.wizamart.ordering.domain.OrderingException;
import com.wizamart.ordering.domain.PaymentChange;
import com.wizamart.ordering.domain.Refund;
import com.wizamart.ordering.domain.StatusChange;
import com.wizamart.ordering.spi.TeamMembers;
import com.wizamart.sharedkernel.DomainException;
import com.wizamart.tenancy.VendorContext;

/** Reading the bound vendor's orders: the vendor's lists and details, a customer's own history. */
@Service
@Transactional(readOnly = true)
public class OrderViews {

    private final OrderStore orders;
    private final RefundStore refunds;
    private final ReturnStore returns;
    private final TeamMembers team;

    OrderViews(OrderStore orders, RefundStore refunds, ReturnStore returns, TeamMembers team) {
        this.orders = orders;
        this.refunds = refunds;
        this.returns = returns;
        this.team = team;
    }

    /**
     * An order with its history, refunds and returns.
     *
     * @param assignee   the assigned team member as they are now ({@literal null}: nobody, or not known any more).
     * @param refundable units per line number that can still be refunded (not refunded, not held by open returns).
     * @param paymentHistory the moves of its payment status, oldest first (empty for orders placed before payments
     *                       were recorded).
     */
    public record OrderDetail(Order order, List<StatusChange> history, List<Refund> refunds,
                              List<OrderReturn> returns, Assignee assignee, Map<Integer, Integer> refundable,
                              List<PaymentChange> paymentHistory) {
    }

    /** A team member an order is assigned to. */
    public record Assignee(UUID id, String name, String email) {
    }

    public Page<OrderSummary> search(OrderQuery query, Pageable pageable) {
        if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
            throw com.wizamart.sharedkernel.ValidationException.of("from", "must not be after 'to'");
        }
        return orders.search(query, pageable);
    }

    /** @return the team membership of the user at the bound vendor (whose orders are "mine"), if any. */
    public Optional<UUID> membershipOf(UUID userId) {
        return userId == null ? Optional.empty() : team.membershipOf(VendorContext.require(), userId);
    }

    /** @return the members among {@code memberIds} as orders show them, by id (unknown ones absent). */
    public Map<UUID, Assignee> assignees(Collection<UUID> memberIds) {
        List<UUID> ids = memberIds.stream().filter(Objects::nonNull).distinct().toList();
        Map<UUID, Assignee> named = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            team.members(VendorContext.require(), ids)
                    .forEach((id, m) -> named.put(id, new Assignee(id, m.name(), m.email())));
        }
        return named;
    }

    /** @throws DomainException {@code ORDER_NOT_FOUND}. */
    public OrderDetail get(UUID id) {
        return detail(orders.find(id).orElseThrow(OrderingException::orderNotFound), true);
    }

    /** A customer's own orders, newest first. */
    public Page<OrderSummary> ofCustomer(UUID customerId, Pageable pageable) {
        return orders.search(new OrderQuery(null, null, null, customerId, null), pageable);
    }

    /** @throws DomainException {@code ORDER_NOT_FOUND} also when the order is another customer's. */
    public OrderDetail getForCustomer(UUID customerId, UUID id) {
        return detail(orders.find(id).filter(o -> o.customerId().equals(customerId))
                .orElseThrow(OrderingException::orderNotFound), false);
    }

    /** @param withAssignee whether to name the assignee (staff views only). */
    private OrderDetail detail(Order order, boolean withAssignee) {
        List<OrderReturn> orderReturns = returns.ofOrder(order.id());
        Assignee assignee = !withAssignee || order.assigneeId() == null ? null
                : assignees(List.of(order.assigneeId())).get(order.assigneeId());
        return new OrderDetail(order, orders.history(order.id()), refunds.ofOrder(order.id()), orderReturns,
                assignee, Refunding.refundable(order, orderReturns), orders.paymentHistory(order.id()));
    }
}
