package com.wizamart.payments.adapter.in.web;

import java.math.BigDecimal;

import com.wizamart.ordering.PaymentMethod;
import com.wizamart.ordering.PaymentStatus;
import com.wizamart.payments.application.CardPayments;
import com.wizamart.payments.application.OrderPaymentViews;

/**
 * The payment of an order as its customer sees it.
 *
 * @param card         for a card payment: the PaymentIntent, its client secret (for the browser's Stripe.js), its
 *                     status, and where 3-D Secure sends the shopper; {@literal null} otherwise.
 * @param bankTransfer for a bank transfer: what to transfer where, with which reference; {@literal null} otherwise.
 */
record ShopperPaymentResponse(PaymentStatus paymentStatus, PaymentMethod method, Card card,
                              BankTransfer bankTransfer) {

    record Card(String paymentIntentId, String clientSecret, String status, NextAction nextAction,
                String failureCode, String failureMessage) {
    }

    record NextAction(String redirectUrl) {
    }

    record BankTransfer(String reference, String accountHolder, String iban, String bic, BigDecimal amount,
                        String currency) {
    }

    static ShopperPaymentResponse of(OrderPaymentViews.ShopperPayment p) {
        CardPayments.CardState c = p.card();
        OrderPaymentViews.BankTransfer b = p.bankTransfer();
        return new ShopperPaymentResponse(p.paymentStatus(), p.method(), c == null ? null
                : new Card(c.paymentIntentId(), c.clientSecret(), c.status(),
                c.redirectUrl() == null ? null : new NextAction(c.redirectUrl()), c.failureCode(), c.failureMessage()),
                b == null ? null : new BankTransfer(b.reference(), b.accountHolder(), b.iban(), b.bic(), b.amount(),
                b.currency()));
    }
}
