package com.wizamart.sharedkernel.net;

import java.net.UnknownHostException;

/**
 * A host resolved to an address the {@link OutboundAddressPolicy} refuses. It is an {@link UnknownHostException} so
 * that it can travel through the HTTP client's connection code, which knows only that exception from a resolver; the
 * connection is then never attempted.
 */
public final class RefusedAddressException extends UnknownHostException {

    private final String host;

    /** @param host the name or literal address as it was asked for; must not be {@literal null}. */
    public RefusedAddressException(String host) {
        super("The address of " + host + " is not allowed.");
        this.host = host;
    }

    /** The name or literal address that was refused. */
    public String host() {
        return host;
    }
}
