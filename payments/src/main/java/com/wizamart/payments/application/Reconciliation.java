package com.wizamart.payments.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.wizamart.ordering.PaymentMethod;
import com.wizamart.payments.application.port.out.AttemptStore;
import com.wizamart.payments.application.port.out.CardProvider;
import com.wizamart.payments.application.port.out.CardProvider.BalanceTransaction;
import com.wizamart.payments.application.port.out.MismatchStore;
import com.wizamart.payments.application.port.out.PaymentRefundStore;
import com.wizamart.payments.config.PaymentsProperties;
import com.wizamart.payments.domain.AttemptStatus;
import com.wizamart.payments.domain.MinorUnits;
import com.wizamart.payments.domain.Mismatch;
import com.wizamart.payments.domain.PaymentAttempt;
import com.wizamart.payments.domain.PaymentsException;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.AuditEntry;
import com.wizamart.tenancy.AuditTrail;
import com.wizamart.tenancy.VendorScope;

/**
 * Compares the provider's balance transactions with the platform's payment records, per vendor, and records every
 * disagreement for the platform's admins: a capture or refund missing on either side, an amount that differs, a
 * refund the provider refused, a refund the provider has left pending for days
 * ({@code wizamart.payments.refund-pending-alert-after}). Each run covers the time since the previous one (reading the provider's balance a day
 * further back, for bookings that arrive late); a finding is recorded once.
 */
@Service
public class Reconciliation {

    private static final Logger log = LoggerFactory.getLogger(Reconciliation.class);
    static final Duration FIRST_RUN = Duration.ofDays(2);
    static final Duration OVERLAP = Duration.ofDays(1);

    private final CardProvider provider;
    private final AttemptStore attempts;
    private final PaymentRefundStore refunds;
    private final MismatchStore mismatches;
    private final VendorScope vendorScope;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final Duration refundPendingAlertAfter;
    private final Clock clock;

    Reconciliation(CardProvider provider, AttemptStore attempts, PaymentRefundStore refunds, MismatchStore mismatches,
                   VendorScope vendorScope, TransactionTemplate transactions, AuditTrail audit,
                   PaymentsProperties properties, Optional<Clock> clock) {
        this.provider = provider;
        this.attempts = attempts;
        this.refunds = refunds;
        this.mismatches = mismatches;
        this.vendorScope = vendorScope;
        this.transactions = transactions;
        this.audit = audit;
        this.refundPendingAlertAfter = properties.refundPendingAlertAfter();
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * @param transactions the provider's balance transactions read.
     * @param findings     new findings recorded.
     * @param unattributed the provider's bookings no vendor could be found for (logged).
     */
    public record RunResult(Instant from, Instant to, int transactions, int findings, int unattributed) {
    }

    /** Runs the comparison for the time since the last run. */
    public RunResult run() {
        Instant to = clock.instant();
        Instant from = transactions.execute(tx -> mismatches.lastCoveredTo()).orElse(to.minus(FIRST_RUN));
        if (!provider.configured()) {
            transactions.executeWithoutResult(tx -> mismatches.recordRun(from, to, 0, 0, to));
            return new RunResult(from, to, 0, 0, 0);
        }
        List<BalanceTransaction> booked = provider.balanceTransactions(from.minus(OVERLAP));
        // the provider's times are whole seconds: a booking of the second the last run ended in is this run's too
        // (a finding is recorded once, so looking at it twice is harmless)
        Instant fromSecond = from.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Map<String, List<BalanceTransaction>> bySource = new HashMap<>();
        booked.forEach(t -> bySource.computeIfAbsent(t.source(), s -> new ArrayList<>()).add(t));
        List<PaymentAttempt> captured = vendorScope.acrossVendors("reconcile card payments with the provider",
                () -> transactions.execute(tx -> attempts.capturedBetween(from, to)));
        List<PaymentRefund> refunded = vendorScope.acrossVendors("reconcile refunds with the provider",
                () -> transactions.execute(tx -> refunds.createdOrFailedBetween(from, to)));
        List<PaymentRefund> stalled = vendorScope.acrossVendors("find refunds left pending at the provider",
                () -> transactions.execute(tx -> refunds.pendingSince(to.minus(refundPendingAlertAfter))));
        List<Mismatch> found = new ArrayList<>();
        for (PaymentAttempt a : captured) {
            String source = a.chargeId() != null ? a.chargeId() : a.providerId();
            List<BalanceTransaction> charges = of(bySource.get(source), "charge", "payment");
            BigDecimal expected = MinorUnits.toAmount(a.capturedMinor(), a.currency());
            if (charges.isEmpty()) {
                found.add(finding(a.vendorId(), "MISSING_AT_PROVIDER", a.orderNumber(), source, expected, null,
                        a.currency()));
            } else {
                long actual = charges.stream().mapToLong(BalanceTransaction::amount).sum();
                if (actual != a.capturedMinor()) {
                    found.add(finding(a.vendorId(), "AMOUNT_DIFFERS", a.orderNumber(), source, expected,
                            MinorUnits.toAmount(actual, a.currency()), a.currency()));
                }
            }
        }
        // an order paid more than once (two of its attempts captured): the later captures are flagged
        Map<UUID, PaymentAttempt> oneOfOrder = new java.util.LinkedHashMap<>();
        captured.forEach(a -> oneOfOrder.putIfAbsent(a.orderId(), a));
        for (PaymentAttempt a : oneOfOrder.values()) {
            List<PaymentAttempt> ofOrder = vendorScope.callAs(a.vendorId(), () -> transactions.execute(tx ->
                    attempts.ofOrder(a.orderId()))).stream().filter(o -> o.status() == AttemptStatus.CAPTURED)
                    .toList();
            for (PaymentAttempt extra : ofOrder.subList(Math.min(1, ofOrder.size()), ofOrder.size())) {
                found.add(finding(extra.vendorId(), "DUPLICATE_CAPTURE", extra.orderNumber(),
                        extra.chargeId() != null ? extra.chargeId() : extra.providerId(), BigDecimal.ZERO,
                        MinorUnits.toAmount(extra.capturedMinor(), extra.currency()), extra.currency()));
            }
        }
        for (PaymentRefund r : refunded) {
            if (r.method() != PaymentMethod.CARD) {
                continue;
            }
            String source = r.providerId() != null ? r.providerId() : "refund:" + r.id();
            List<BalanceTransaction> booking = bySource.getOrDefault(source, List.of());
            boolean refusedAtProvider = !of(booking, "refund_failure").isEmpty();
            if (r.status() == PaymentRefund.Status.FAILED || refusedAtProvider) {
                found.add(finding(r.vendorId(), "REFUND_REFUSED", r.orderNumber(), source, r.amount(), null,
                        r.currency()));
            } else if (r.status() == PaymentRefund.Status.SUCCEEDED) {
                List<BalanceTransaction> back = of(booking, "refund");
                long actual = -back.stream().mapToLong(BalanceTransaction::amount).sum();
                if (back.isEmpty()) {
                    found.add(finding(r.vendorId(), "MISSING_AT_PROVIDER", r.orderNumber(), source, r.amount(), null,
                            r.currency()));
                } else if (actual != MinorUnits.of(r.amount(), r.currency())) {
                    found.add(finding(r.vendorId(), "AMOUNT_DIFFERS", r.orderNumber(), source, r.amount(),
                            MinorUnits.toAmount(actual, r.currency()), r.currency()));
                }
            }
        }
        // keyed by the refund itself: one finding per refund, whether or not it reached the provider yet
        stalled.forEach(r -> found.add(finding(r.vendorId(), "REFUND_PENDING", r.orderNumber(), "refund:" + r.id(),
                r.amount(), null, r.currency())));
        // the provider refused a refund the records above did not cover (asked for earlier, its webhook lost)
        java.util.Set<UUID> covered = new java.util.HashSet<>();
        refunded.forEach(r -> covered.add(r.id()));
        for (BalanceTransaction t : booked) {
            if (!"refund_failure".equals(t.type()) || t.created() != null && t.created().isBefore(fromSecond)) {
                continue;
            }
            refundOf(t.source()).filter(r -> !covered.contains(r.id()) && r.status() != PaymentRefund.Status.FAILED)
                    .ifPresent(r -> found.add(finding(r.vendorId(), "REFUND_REFUSED", r.orderNumber(), t.source(),
                            r.amount(), null, r.currency())));
        }
        int unattributed = 0;
        for (BalanceTransaction t : booked) {
            if (t.created() != null && t.created().isBefore(fromSecond)
                    || !List.of("charge", "payment").contains(t.type())) {
                continue;
            }
            Optional<PaymentAttempt> ours = attemptOf(t.source());
            if (ours.isPresent() && ours.get().status() == AttemptStatus.CAPTURED) {
                continue;
            }
            String currency = t.currency() == null ? "EUR" : t.currency().toUpperCase(java.util.Locale.ROOT);
            Optional<UUID> vendor = ours.map(PaymentAttempt::vendorId).or(() -> vendorAtProvider(t.source()));
            if (vendor.isEmpty()) {
                unattributed++;
                log.warn("Reconciliation: the provider booked {} {} ({}) that no vendor's records explain",
                        t.type(), t.id(), t.source());
                continue;
            }
            found.add(finding(vendor.get(), "MISSING_ON_PLATFORM", ours.map(PaymentAttempt::orderNumber).orElse(null),
                    t.source(), null, MinorUnits.toAmount(t.amount(), currency), currency));
        }
        int recorded = 0;
        for (Mismatch m : found) {
            Boolean isNew = vendorScope.callAs(m.vendorId(), () -> transactions.execute(tx -> mismatches.record(m)));
            if (Boolean.TRUE.equals(isNew)) {
                recorded++;
                log.warn("Reconciliation: {} for {} of vendor {} (expected {}, actual {})", m.kind(), m.providerId(),
                        m.vendorId(), m.expected(), m.actual());
            }
        }
        int total = recorded;
        transactions.executeWithoutResult(tx -> mismatches.recordRun(from, to, booked.size(), total, clock.instant()));
        log.info("Reconciliation from {} to {}: {} balance transactions, {} new findings, {} unattributed", from, to,
                booked.size(), recorded, unattributed);
        return new RunResult(from, to, booked.size(), recorded, unattributed);
    }

    /** Findings across vendors, newest first. */
    public Page<Mismatch> list(UUID vendorId, Boolean resolved, Pageable pageable) {
        return vendorScope.acrossVendors("list payment reconciliation findings",
                () -> transactions.execute(tx -> mismatches.list(vendorId, resolved, pageable)));
    }

    /** An admin resolves a finding, saying how. */
    public Mismatch resolve(UUID id, String note, Actor admin) {
        Mismatch m = vendorScope.acrossVendors("resolve a payment reconciliation finding",
                () -> transactions.execute(tx -> mismatches.find(id))).orElseThrow(PaymentsException::mismatchNotFound);
        vendorScope.runAs(m.vendorId(), () -> transactions.executeWithoutResult(tx -> {
            mismatches.resolve(id, note, admin.email(), clock.instant());
            audit.record(new AuditEntry(admin, "PAYMENT_MISMATCH_RESOLVED", m.vendorId(), "payment_mismatch",
                    id.toString(), m.orderNumber(), Map.of("kind", m.kind()), Map.of("note", note == null ? "" : note)));
        }));
        return vendorScope.acrossVendors("read a payment reconciliation finding",
                () -> transactions.execute(tx -> mismatches.find(id))).orElseThrow();
    }

    private Optional<PaymentAttempt> attemptOf(String source) {
        return vendorScope.acrossVendors("reconcile a provider booking", () -> transactions.execute(tx ->
                attempts.vendorOf(source).flatMap(v -> vendorScope.callAs(v,
                        () -> attempts.findByProviderId(source)))));
    }

    private Optional<PaymentRefund> refundOf(String providerId) {
        return vendorScope.acrossVendors("reconcile a provider refund", () -> transactions.execute(tx ->
                refunds.vendorOf(providerId).flatMap(v -> vendorScope.callAs(v,
                        () -> refunds.findByProviderId(providerId)))));
    }

    private Optional<UUID> vendorAtProvider(String chargeId) {
        try {
            String v = provider.chargeMetadata(chargeId).get("vendor_id");
            return v == null ? Optional.empty() : Optional.of(UUID.fromString(v));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private static List<BalanceTransaction> of(List<BalanceTransaction> all, String... types) {
        if (all == null) {
            return List.of();
        }
        List<String> wanted = List.of(types);
        return all.stream().filter(t -> wanted.contains(t.type())).toList();
    }

    private Mismatch finding(UUID vendorId, String kind, String orderNumber, String providerId, BigDecimal expected,
                             BigDecimal actual, String currency) {
        return new Mismatch(UUID.randomUUID(), vendorId, kind, orderNumber, providerId, expected, actual, currency,
                clock.instant(), null, null, null);
    }
}
