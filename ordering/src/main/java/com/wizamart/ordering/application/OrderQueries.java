package com.wizamart.ordering.application;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.ordering.application.port.out.OrderStore;
import com.wizamart.ordering.application.port.out.OrderStore.OrderQuery;
import com.wizamart.ordering.application.port.out.OrderStore.OrderSummary;
import com.wizamart.ordering.domain.Order;
import com.wizamart.ordering.domain.OrderingException;
import com.wizamart.ordering.domain.StatusChange;
import com.wizamart.sharedkernel.DomainException;

/** Reading the bound vendor's orders: the vendor's lists and details, a customer's own history. */
@Service
@Transactional(readOnly = true)
public class OrderQueries {

    private final OrderStore orders;

    OrderQueries(OrderStore orders) {
        this.orders = orders;
    }

    /** An order with its status history. */
    public record OrderDetail(Order order, List<StatusChange> history) {
    }

    public Page<OrderSummary> search(OrderQuery query, Pageable pageable) {
        if (query.from() != null && query.to() != null && query.from().isAfter(query.to())) {
            throw com.wizamart.sharedkernel.ValidationException.of("from", "must not be after 'to'");
        }
        return orders.search(query, pageable);
    }

    /** @throws DomainException {@code ORDER_NOT_FOUND}. */
    public OrderDetail get(UUID id) {
        Order order = orders.find(id).orElseThrow(OrderingException::orderNotFound);
        return new OrderDetail(order, orders.history(id));
    }

    /** A customer's own orders, newest first. */
    public Page<OrderSummary> ofCustomer(UUID customerId, Pageable pageable) {
        return orders.search(new OrderQuery(null, null, null, customerId, null), pageable);
    }

    /** @throws DomainException {@code ORDER_NOT_FOUND} also when the order is another customer's. */
    public OrderDetail getForCustomer(UUID customerId, UUID id) {
        Order order = orders.find(id).filter(o -> o.customerId().equals(customerId))
                .orElseThrow(OrderingException::orderNotFound);
        return new OrderDetail(order, orders.history(id));
    }
}
