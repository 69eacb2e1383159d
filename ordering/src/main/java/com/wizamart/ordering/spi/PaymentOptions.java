package com.wizamart.ordering.spi;

import java.util.List;
import java.util.UUID;

import com.wizamart.ordering.PaymentMethod;

/**
 * The payment methods a vendor's shop offers at checkout. Implemented by payments (per-vendor payment
 * configuration).
 */
public interface PaymentOptions {

    /**
     * @return the methods the shop offers, the default first; never empty (a shop that configured nothing offers the
     *         platform's default).
     */
    List<PaymentMethod> offered(UUID vendorId);
}
