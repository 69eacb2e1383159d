package com.wizamart.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.wizamart.tenancy.RequestOrigin;

/**
 * Puts the caller's address in the logging context ({@code clientAddress}) for the length of the request, where log
 * lines and the audit trail ({@link RequestOrigin}) find it. It is the servlet's remote address, the same one login
 * throttling counts: behind a proxy, {@code server.forward-headers-strategy} makes it the forwarded client. Ordered
 * just after the highest precedence, so it runs after Spring's {@code ForwardedHeaderFilter} (strategy
 * {@code framework}) has applied the forwarded headers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ClientAddresses extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String previous = MDC.get(RequestOrigin.CLIENT_ADDRESS);
        MDC.put(RequestOrigin.CLIENT_ADDRESS, request.getRemoteAddr());
        try {
            chain.doFilter(request, response);
        } finally {
            if (previous == null) {
                MDC.remove(RequestOrigin.CLIENT_ADDRESS);
            } else {
                MDC.put(RequestOrigin.CLIENT_ADDRESS, previous);
            }
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
