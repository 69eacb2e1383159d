package com.wizamart.ordering.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.wizamart.ordering.domain.OrderReturn;

/** The bound vendor's returns, with their lines. Changed only under the lock of their order. */
public interface ReturnStore {

    void insert(OrderReturn orderReturn);

    /** Writes status, note, restock, refund, received and updated times. */
    void update(OrderReturn orderReturn);

    Optional<OrderReturn> find(UUID orderId, UUID returnId);

    /** @return the order's returns, oldest first. */
    List<OrderReturn> ofOrder(UUID orderId);
}
