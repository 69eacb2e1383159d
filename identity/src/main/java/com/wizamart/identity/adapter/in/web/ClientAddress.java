package com.wizamart.identity.adapter.in.web;

import jakarta.servlet.http.HttpServletRequest;

/** The caller's address for throttling (behind a proxy, enable {@code server.forward-headers-strategy}). */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
