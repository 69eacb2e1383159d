package com.wizamart.ordering.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * One entry of an order's history: a status move, or a change of who is assigned to it.
 *
 * @param from         for {@code STATUS}: the status before, {@literal null} for the order being placed.
 * @param to           for {@code STATUS}: the status after; {@literal null} for {@code ASSIGNMENT}.
 * @param fromAssignee for {@code ASSIGNMENT}: who was assigned before ({@literal null}: nobody).
 * @param toAssignee   for {@code ASSIGNMENT}: who is assigned now ({@literal null}: nobody).
 * @param actorId      {@literal null} for the platform itself (e.g. the hold-time sweep) or the customer placing it.
 */
public record StatusChange(Type type, OrderStatus from, OrderStatus to, Assignee fromAssignee, Assignee toAssignee,
                           UUID actorId, String actorEmail, String note, Instant at) {

    /** What an entry records. */
    public enum Type {
        STATUS, ASSIGNMENT
    }

    /**
     * A team member as the entry names them, as they were when it was written.
     *
     * @param id   the team membership id.
     * @param name "first last"; {@literal null} when the member was no longer known.
     */
    public record Assignee(UUID id, String name, String email) {

        public Assignee {
            Objects.requireNonNull(id, "id");
        }
    }

    public StatusChange {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        if (type == Type.STATUS && (to == null || fromAssignee != null || toAssignee != null)) {
            throw new IllegalArgumentException("a status entry has a target status and no assignees");
        }
        if (type == Type.ASSIGNMENT && (from != null || to != null)) {
            throw new IllegalArgumentException("an assignment entry has no statuses");
        }
    }

    /** A status move. */
    public StatusChange(OrderStatus from, OrderStatus to, UUID actorId, String actorEmail, String note, Instant at) {
        this(Type.STATUS, from, to, null, null, actorId, actorEmail, note, at);
    }

    /** A change of assignee ({@literal null}: nobody). */
    public static StatusChange assignment(Assignee from, Assignee to, UUID actorId, String actorEmail, Instant at) {
        return new StatusChange(Type.ASSIGNMENT, null, null, from, to, actorId, actorEmail, null, at);
    }
}
