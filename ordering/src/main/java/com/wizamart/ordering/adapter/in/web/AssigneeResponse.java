package com.wizamart.ordering.adapter.in.web;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.wizamart.ordering.application.OrderViews;
import com.wizamart.ordering.domain.StatusChange;

/**
 * A team member an order is (or was) assigned to.
 *
 * @param id   the team membership id.
 * @param name "first last"; absent when the member is not known any more.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AssigneeResponse(UUID id, String name, String email) {

    static AssigneeResponse of(OrderViews.Assignee a) {
        return a == null ? null : new AssigneeResponse(a.id(), a.name(), a.email());
    }

    static AssigneeResponse of(StatusChange.Assignee a) {
        return a == null ? null : new AssigneeResponse(a.id(), a.name(), a.email());
    }

    /** An assignee by id only (no longer in the team). */
    static AssigneeResponse unknown(UUID id) {
        return id == null ? null : new AssigneeResponse(id, null, null);
    }
}
