package com.wizamart.payments.application;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.wizamart.ordering.OrderPayments;
import com.wizamart.ordering.OrderPayments.PayableOrder;
import com.wizamart.ordering.PaymentMethod;
import com.wizamart.ordering.PaymentStatus;
import com.wizamart.payments.PaymentInstructions;
import com.wizamart.payments.application.port.out.AttemptStore;
import com.wizamart.payments.application.port.out.PaymentRefundStore;
import com.wizamart.payments.domain.PaymentAttempt;
import com.wizamart.payments.domain.PaymentsException;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.VendorScope;

/**
 * Orders' payments as the shopper, the vendor and the order confirmation see them; bank transfers and cash on
 * delivery marked paid by the vendor's team. Implements {@link PaymentInstructions}.
 */
@Service
public class OrderPaymentViews implements PaymentInstructions {

    private final OrderPayments orders;
    private final AttemptStore attempts;
    private final PaymentRefundStore refunds;
    private final PaymentConfiguration configuration;
    private final CardPayments cards;
    private final VendorScope vendorScope;
    private final TransactionTemplate transactions;

    OrderPaymentViews(OrderPayments orders, AttemptStore attempts, PaymentRefundStore refunds,
                      PaymentConfiguration configuration, CardPayments cards, VendorScope vendorScope,
                      TransactionTemplate transactions) {
        this.orders = orders;
        this.attempts = attempts;
        this.refunds = refunds;
        this.configuration = configuration;
        this.cards = cards;
        this.vendorScope = vendorScope;
        this.transactions = transactions;
    }

    /** A bank transfer as the customer makes it. */
    public record BankTransfer(String reference, String accountHolder, String iban, String bic, BigDecimal amount,
                               String currency) {
    }

    /** The shopper's view of the payment of their order. */
    public record ShopperPayment(PaymentStatus paymentStatus, PaymentMethod method, CardPayments.CardState card,
                                 BankTransfer bankTransfer) {
    }

    /** The vendor's view: every attempt and refund, failures included. */
    public record VendorPayment(PaymentMethod method, PaymentStatus paymentStatus, BigDecimal amount, String currency,
                                String reference, List<PaymentAttempt> attempts, List<PaymentRefund> refunds) {
    }

    /**
     * The signed-in customer pays their order (card), or reads how to (bank transfer, cash on delivery).
     *
     * @throws PaymentsException {@code ORDER_NOT_FOUND} for another customer's order.
     */
    public ShopperPayment pay(UUID vendorId, UUID customerId, UUID orderId, String paymentMethodId, String returnUrl,
                              String clientKey) {
        PayableOrder order = ofCustomer(vendorId, customerId, orderId);
        if (order.method() == PaymentMethod.CARD) {
            CardPayments.CardState card = cards.pay(order, paymentMethodId, returnUrl, clientKey);
            return new ShopperPayment(ofCustomer(vendorId, customerId, orderId).paymentStatus(), order.method(), card,
                    null);
        }
        return shopperView(order, null);
    }

    /** The shopper's return from the payment page: the provider's state of the card payment, applied. */
    public ShopperPayment current(UUID vendorId, UUID customerId, UUID orderId) {
        PayableOrder order = ofCustomer(vendorId, customerId, orderId);
        CardPayments.CardState card = order.method() == PaymentMethod.CARD ? cards.current(order).orElse(null) : null;
        return shopperView(ofCustomer(vendorId, customerId, orderId), card);
    }

    private ShopperPayment shopperView(PayableOrder order, CardPayments.CardState card) {
        BankTransfer transfer = null;
        if (order.method() == PaymentMethod.BANK_TRANSFER) {
            PaymentSettings s = configuration.settings(order.vendorId());
            transfer = new BankTransfer(order.orderNumber(), s.accountHolder(), s.iban(), s.bic(), order.total(),
                    order.currency());
        }
        return new ShopperPayment(order.paymentStatus(), order.method(), card, transfer);
    }

    /** The vendor's view of one order's payment. */
    public VendorPayment ofVendor(UUID vendorId, UUID orderId) {
        return vendorScope.callAs(vendorId, () -> transactions.execute(tx -> {
            PayableOrder order = orders.find(vendorId, orderId).orElseThrow(PaymentsException::orderNotFound);
            List<PaymentAttempt> all = attempts.ofOrder(orderId);
            String reference = order.method() == PaymentMethod.CARD
                    ? all.stream().map(PaymentAttempt::providerId).filter(p -> p != null).reduce((a, b) -> b)
                    .orElse(null) : order.orderNumber();
            return new VendorPayment(order.method(), order.paymentStatus(), order.total(), order.currency(),
                    reference, all, refunds.ofOrder(orderId));
        }));
    }

    /**
     * A member of the team records that a bank transfer arrived or cash was collected.
     *
     * @throws PaymentsException {@code PAYMENT_METHOD_NOT_MANUAL} for a card order; {@code ORDER_CANCELLED} for a
     *         cancelled order (nothing is owed for it); {@code ORDER_NOT_FOUND}.
     */
    public VendorPayment markPaid(UUID vendorId, UUID orderId, String note, Actor actor) {
        PayableOrder order = vendorScope.callAs(vendorId, () -> transactions.execute(tx ->
                orders.find(vendorId, orderId))).orElseThrow(PaymentsException::orderNotFound);
        if (order.method() == PaymentMethod.CARD) {
            throw PaymentsException.notManual(order.method().name());
        }
        if (order.method() == null) {
            throw PaymentsException.notPayable("The order was placed before payments were recorded.");
        }
        if ("CANCELLED".equals(order.status())) {
            throw PaymentsException.orderCancelled();
        }
        if (!OrderPaymentSync.isPaid(order.paymentStatus())) {
            String why = note == null || note.isBlank() ? (order.method() == PaymentMethod.BANK_TRANSFER
                    ? "Bank transfer received" : "Cash collected") : note.strip();
            orders.recordPaymentStatus(vendorId, orderId, PaymentStatus.PAID, order.total(), why, actor);
        }
        return ofVendor(vendorId, orderId);
    }

    @Override
    public Optional<Instructions> forOrder(UUID vendorId, UUID orderId) {
        return vendorScope.callAs(vendorId, () -> transactions.execute(tx -> orders.find(vendorId, orderId)))
                .map(order -> {
                    if (order.method() != PaymentMethod.BANK_TRANSFER) {
                        return new Instructions(order.method(), null, null, null, null);
                    }
                    PaymentSettings s = configuration.settings(vendorId);
                    return new Instructions(order.method(), order.orderNumber(), s.accountHolder(), s.iban(), s.bic());
                });
    }

    private PayableOrder ofCustomer(UUID vendorId, UUID customerId, UUID orderId) {
        return vendorScope.callAs(vendorId, () -> transactions.execute(tx -> orders.find(vendorId, orderId)))
                .filter(o -> customerId != null && customerId.equals(o.customerId()))
                .orElseThrow(PaymentsException::orderNotFound);
    }
}
