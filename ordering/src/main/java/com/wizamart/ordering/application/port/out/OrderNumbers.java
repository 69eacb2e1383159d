package com.wizamart.ordering.application.port.out;

import java.util.UUID;

/** Per-vendor order numbers: increasing, never reused (a failed checkout may leave a gap). */
public interface OrderNumbers {

    long next(UUID vendorId);
}
