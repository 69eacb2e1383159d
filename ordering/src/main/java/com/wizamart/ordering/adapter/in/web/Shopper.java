package com.wizamart.ordering.adapter.in.web;

import java.util.UUID;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is shopping: a customer (customer token; the subject is the customer's id) or an anonymous visitor. */
final class Shopper {

    private Shopper() {
    }

    /** @return the customer's id, or {@literal null} for an anonymous visitor (or any other kind of token). */
    static UUID customerOrNull() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()
                || auth.getAuthorities().stream().noneMatch(a -> "ROLE_CUSTOMER".equals(a.getAuthority()))) {
            return null;
        }
        return UUID.fromString(auth.getName());
    }
}
