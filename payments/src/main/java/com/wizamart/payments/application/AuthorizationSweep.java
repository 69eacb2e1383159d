package com.wizamart.payments.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.wizamart.ordering.OrderPayments;
import com.wizamart.ordering.OrderPayments.PayableOrder;
import com.wizamart.payments.application.port.out.AttemptStore;
import com.wizamart.payments.application.port.out.AttemptStore.AttemptRef;
import com.wizamart.payments.config.PaymentsProperties;
import com.wizamart.tenancy.VendorScope;

/**
 * Card holds expire (seven days for a customer-initiated authorization): none is silently lost. Authorized payments
 * of orders going ahead are captured (a capture whose listener failed or whose process died is taken over here);
 * those of orders that are not going ahead are released; an order still not confirmed when its hold reaches
 * {@code wizamart.payments.capture-before} is released too, logged, and its payment shows {@code FAILED}.
 */
@Service
public class AuthorizationSweep {

    private static final Logger log = LoggerFactory.getLogger(AuthorizationSweep.class);
    static final int BATCH = 200;
    /** Holds younger than this are left to the listeners that act on the order's moves. */
    static final Duration SETTLING = Duration.ofMinutes(5);

    private final AttemptStore attempts;
    private final OrderPayments orders;
    private final CardPayments cards;
    private final PaymentsProperties properties;
    private final VendorScope vendorScope;
    private final TransactionTemplate transactions;
    private final Clock clock;

    AuthorizationSweep(AttemptStore attempts, OrderPayments orders, CardPayments cards,
                       PaymentsProperties properties, VendorScope vendorScope, TransactionTemplate transactions,
                       Optional<Clock> clock) {
        this.attempts = attempts;
        this.orders = orders;
        this.cards = cards;
        this.properties = properties;
        this.vendorScope = vendorScope;
        this.transactions = transactions;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** @return how many holds were acted on. */
    public int settle() {
        Instant now = clock.instant();
        return settle(now.minus(SETTLING), now.minus(properties.captureBefore()));
    }

    /**
     * @param authorizedBefore holds authorized before this are looked at.
     * @param expiresBefore    holds authorized before this are released when their order is not confirmed.
     */
    public int settle(Instant authorizedBefore, Instant expiresBefore) {
        List<AttemptRef> due = vendorScope.acrossVendors("settle card authorizations before they expire",
                () -> transactions.execute(tx -> attempts.authorizedBefore(authorizedBefore, BATCH)));
        int acted = 0;
        for (AttemptRef ref : due) {
            try {
                Optional<PayableOrder> order = vendorScope.callAs(ref.vendorId(),
                        () -> transactions.execute(tx -> orders.find(ref.vendorId(), ref.orderId())));
                Instant authorizedAt = vendorScope.callAs(ref.vendorId(), () -> transactions.execute(tx ->
                        attempts.find(ref.attemptId()))).map(a -> a.authorizedAt()).orElse(now());
                String status = order.map(PayableOrder::status).orElse("CANCELLED");
                if (CardPayments.GOING_AHEAD.contains(status)) {
                    cards.capture(ref.vendorId(), ref.attemptId());
                    acted++;
                } else if (CardPayments.NOT_GOING_AHEAD.contains(status) || authorizedAt.isBefore(expiresBefore)) {
                    if (!CardPayments.NOT_GOING_AHEAD.contains(status)) {
                        log.warn("Order {} of vendor {} was not confirmed before its card hold expires; the hold is "
                                + "released and its payment shows FAILED", order.map(PayableOrder::orderNumber)
                                .orElse("?"), ref.vendorId());
                    }
                    cards.releaseOrder(ref.vendorId(), ref.orderId(), "the hold would expire unconfirmed");
                    acted++;
                }
            } catch (RuntimeException e) {
                log.error("Could not settle card payment {} of vendor {}; retried at the next sweep", ref.attemptId(),
                        ref.vendorId(), e);
            }
        }
        return acted;
    }

    private Instant now() {
        return clock.instant();
    }
}
