package com.wizamart.marketplace.application.port.out;

/**
 * Tells failures the stores get over (a lost connection, a serialization failure, a deadlock, a restarting server),
 * after which the same work may succeed when tried again, from the others, which would fail again alike.
 */
public interface TransientFailures {

    boolean isTransient(Throwable failure);
}
