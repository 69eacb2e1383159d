package com.wizamart.payments.adapter.out.persistence;

import static com.wizamart.payments.adapter.out.persistence.JdbcAttemptStore.instant;
import static com.wizamart.payments.adapter.out.persistence.JdbcAttemptStore.ts;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wizamart.ordering.PaymentMethod;
import com.wizamart.payments.application.port.out.PaymentRefundStore;
import com.wizamart.payments.application.PaymentRefund;
import com.wizamart.tenancy.VendorContext;

/** Refunds. Every vendor statement names the bound vendor; Row-Level Security enforces it again. */
@Repository
class JdbcPaymentRefundStore implements PaymentRefundStore {

    private static final String COLUMNS = """
            id, vendor_id, order_id, order_number, attempt_id, provider_id, method, status, amount, currency,
            failure_reason, created_at, updated_at""";
    private static final String SELECT = "select " + COLUMNS + " from payments_refunds where vendor_id = :vendor";

    private final JdbcClient jdbc;

    JdbcPaymentRefundStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean insertIfAbsent(PaymentRefund r) {
        return jdbc.sql("""
                insert into payments_refunds (id, vendor_id, order_id, order_number, attempt_id, provider_id, method,
                  status, amount, currency, failure_reason, created_at, updated_at)
                values (:id, :vendor, :order, :number, :attempt, :provider, :method, :status, :amount, :currency,
                  :reason, :created, :created)
                on conflict do nothing""")
                .param("id", r.id()).param("vendor", VendorContext.require()).param("order", r.orderId())
                .param("number", r.orderNumber()).param("attempt", r.attemptId()).param("provider", r.providerId())
                .param("method", r.method().name()).param("status", r.status().name()).param("amount", r.amount())
                .param("currency", r.currency()).param("reason", r.failureReason())
                .param("created", ts(r.createdAt())).update() == 1;
    }

    @Override
    public Optional<PaymentRefund> lock(UUID id) {
        return jdbc.sql(SELECT + " and id = :id for update").param("vendor", VendorContext.require()).param("id", id)
                .query(JdbcPaymentRefundStore::map).optional();
    }

    @Override
    public Optional<PaymentRefund> findByProviderId(String providerId) {
        return jdbc.sql(SELECT + " and provider_id = :provider").param("vendor", VendorContext.require())
                .param("provider", providerId).query(JdbcPaymentRefundStore::map).optional();
    }

    @Override
    public List<PaymentRefund> ofOrder(UUID orderId) {
        return jdbc.sql(SELECT + " and order_id = :order order by created_at, id")
                .param("vendor", VendorContext.require()).param("order", orderId).query(JdbcPaymentRefundStore::map).list();
    }

    @Override
    public void update(PaymentRefund r) {
        jdbc.sql("""
                update payments_refunds set provider_id = :provider, status = :status, failure_reason = :reason,
                  updated_at = :updated
                where vendor_id = :vendor and id = :id""")
                .param("vendor", VendorContext.require()).param("id", r.id()).param("provider", r.providerId())
                .param("status", r.status().name()).param("reason", r.failureReason())
                .param("updated", ts(r.updatedAt())).update();
    }

    @Override
    public BigDecimal refunded(UUID orderId) {
        return jdbc.sql("""
                select coalesce(sum(amount), 0) from payments_refunds
                where vendor_id = :vendor and order_id = :order and status in ('SUCCEEDED', 'MANUAL')""")
                .param("vendor", VendorContext.require()).param("order", orderId).query(BigDecimal.class).single();
    }

    @Override
    public BigDecimal promised(UUID orderId) {
        return jdbc.sql("""
                select coalesce(sum(amount), 0) from payments_refunds
                where vendor_id = :vendor and order_id = :order and status <> 'FAILED'""")
                .param("vendor", VendorContext.require()).param("order", orderId).query(BigDecimal.class).single();
    }

    @Override
    public Optional<UUID> vendorOf(String providerId) {
        return jdbc.sql("select vendor_id from payments_refunds where provider_id = :id limit 1")
                .param("id", providerId).query(UUID.class).optional();
    }

    @Override
    public List<PaymentRefund> createdOrFailedBetween(Instant from, Instant to) {
        return jdbc.sql("select " + COLUMNS + " from payments_refunds where created_at >= :from and created_at < :to "
                        + "or status = 'FAILED' and updated_at >= :from and updated_at < :to order by created_at")
                .param("from", ts(from)).param("to", ts(to)).query(JdbcPaymentRefundStore::map).list();
    }

    @Override
    public List<PaymentRefund> pendingSince(Instant before) {
        return jdbc.sql("select " + COLUMNS + " from payments_refunds where status = 'PENDING' and method = 'CARD' "
                        + "and created_at < :before order by created_at").param("before", ts(before))
                .query(JdbcPaymentRefundStore::map).list();
    }

    static PaymentRefund map(ResultSet rs, int n) throws SQLException {
        return new PaymentRefund(rs.getObject("id", UUID.class), rs.getObject("vendor_id", UUID.class),
                rs.getObject("order_id", UUID.class), rs.getString("order_number"),
                rs.getObject("attempt_id", UUID.class), rs.getString("provider_id"),
                PaymentMethod.valueOf(rs.getString("method")), PaymentRefund.Status.valueOf(rs.getString("status")),
                rs.getBigDecimal("amount"), rs.getString("currency").strip(), rs.getString("failure_reason"),
                instant(rs, "created_at"), instant(rs, "updated_at"));
    }
}
