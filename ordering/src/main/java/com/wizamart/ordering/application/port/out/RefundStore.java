package com.wizamart.ordering.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.wizamart.ordering.domain.Refund;

/** The bound vendor's refunds, with their lines. */
public interface RefundStore {

    void insert(Refund refund);

    /** @return the order's refund made under this idempotency key. */
    Optional<Refund> findByKey(UUID orderId, String idempotencyKey);

    Optional<Refund> find(UUID orderId, UUID refundId);

    /** @return the order's refunds, oldest first. */
    List<Refund> ofOrder(UUID orderId);
}
