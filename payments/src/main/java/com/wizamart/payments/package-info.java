/**
 * Payments: per-vendor payment configuration, card payments through the payment provider on each vendor's connected
 * account (webhooks, captures, refunds, reconciliation), bank transfers and cash on delivery. Implements ordering's
 * {@code PaymentOptions} port and moves orders' payment status through {@link com.wizamart.ordering.OrderPayments}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payments", allowedDependencies = { "sharedkernel", "tenancy", "ordering", "ordering::spi" })
package com.wizamart.payments;
