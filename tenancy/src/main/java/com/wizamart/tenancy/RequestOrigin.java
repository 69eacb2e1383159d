package com.wizamart.tenancy;

import org.slf4j.MDC;

/**
 * Where the request being handled on this thread came from, as the audit trail records it. The web layer puts both
 * values in the logging context (SLF4J's {@link MDC}) under {@link #REQUEST_ID} and {@link #CLIENT_ADDRESS} for the
 * length of each request, so log lines carry them too and no use case has to pass them along. Outside a request
 * (jobs, asynchronous listeners, the scheduler) both are {@literal null}.
 *
 * @param clientAddress the caller's IP address as the servlet container sees it (behind a proxy, with
 *                      {@code server.forward-headers-strategy}, the forwarded client), or {@literal null}.
 * @param requestId     the request's {@code X-Request-Id}, or {@literal null}.
 */
public record RequestOrigin(String clientAddress, String requestId) {

    /** Logging context key of the request id. */
    public static final String REQUEST_ID = "requestId";
    /** Logging context key of the client address. */
    public static final String CLIENT_ADDRESS = "clientAddress";

    /** @return the origin of the request handled on this thread (both parts {@literal null} outside one). */
    public static RequestOrigin current() {
        return new RequestOrigin(MDC.get(CLIENT_ADDRESS), MDC.get(REQUEST_ID));
    }
}
