package com.wizamart.ordering.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * One step of an order's status history.
 *
 * @param from    {@literal null} for the order being placed.
 * @param actorId {@literal null} for the platform itself (e.g. the hold-time sweep) or the customer placing it.
 */
public record StatusChange(OrderStatus from, OrderStatus to, UUID actorId, String actorEmail, String note,
                           Instant at) {
}
