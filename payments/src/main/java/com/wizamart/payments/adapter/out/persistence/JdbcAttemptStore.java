package com.wizamart.payments.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wizamart.payments.application.port.out.AttemptStore;
import com.wizamart.payments.domain.AttemptStatus;
import com.wizamart.payments.domain.PaymentAttempt;
import com.wizamart.tenancy.VendorContext;

/** Card payment attempts. Every vendor statement names the bound vendor; Row-Level Security enforces it again. */
@Repository
class JdbcAttemptStore implements AttemptStore {

    private static final String COLUMNS = """
            id, vendor_id, order_id, order_number, attempt_no, idempotency_key, provider_id, charge_id, status, amount,
            amount_minor, fee_minor, captured_minor, currency, connected_account, failure_code, failure_message,
            created_at, updated_at, authorized_at, captured_at, capture_requested_at, payment_method_id, return_url""";
    private static final String SELECT = "select " + COLUMNS + " from payments_attempts where vendor_id = :vendor";

    private final JdbcClient jdbc;

    JdbcAttemptStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean insert(PaymentAttempt a) {
        return jdbc.sql("""
                insert into payments_attempts (id, vendor_id, order_id, order_number, attempt_no, idempotency_key,
                  status, amount, amount_minor, fee_minor, currency, connected_account, created_at, updated_at,
                  payment_method_id, return_url)
                values (:id, :vendor, :order, :number, :no, :key, :status, :amount, :minor, :fee, :currency, :account,
                  :created, :created, :pm, :returnUrl)
                on conflict do nothing""")
                .param("id", a.id()).param("vendor", VendorContext.require()).param("order", a.orderId())
                .param("number", a.orderNumber()).param("no", a.attemptNo()).param("key", a.idempotencyKey())
                .param("status", a.status().name()).param("amount", a.amount()).param("minor", a.amountMinor())
                .param("fee", a.feeMinor()).param("currency", a.currency()).param("account", a.connectedAccount())
                .param("created", ts(a.createdAt())).param("pm", a.paymentMethodId())
                .param("returnUrl", a.returnUrl()).update() == 1;
    }

    @Override
    public Optional<PaymentAttempt> find(UUID id) {
        return jdbc.sql(SELECT + " and id = :id").param("vendor", VendorContext.require()).param("id", id)
                .query(JdbcAttemptStore::map).optional();
    }

    @Override
    public Optional<PaymentAttempt> lock(UUID id) {
        return jdbc.sql(SELECT + " and id = :id for update").param("vendor", VendorContext.require()).param("id", id)
                .query(JdbcAttemptStore::map).optional();
    }

    @Override
    public List<PaymentAttempt> ofOrder(UUID orderId) {
        return jdbc.sql(SELECT + " and order_id = :order order by attempt_no")
                .param("vendor", VendorContext.require()).param("order", orderId).query(JdbcAttemptStore::map).list();
    }

    @Override
    public List<PaymentAttempt> lockOfOrder(UUID orderId) {
        return jdbc.sql(SELECT + " and order_id = :order order by attempt_no for update")
                .param("vendor", VendorContext.require()).param("order", orderId).query(JdbcAttemptStore::map).list();
    }

    @Override
    public Optional<PaymentAttempt> findByProviderId(String providerId) {
        return jdbc.sql(SELECT + " and (provider_id = :provider or charge_id = :provider) limit 1").param("vendor", VendorContext.require())
                .param("provider", providerId).query(JdbcAttemptStore::map).optional();
    }

    @Override
    public void update(PaymentAttempt a) {
        Map<String, Object> p = new HashMap<>();
        p.put("vendor", VendorContext.require());
        p.put("id", a.id());
        p.put("provider", a.providerId());
        p.put("charge", a.chargeId());
        p.put("status", a.status().name());
        p.put("captured", a.capturedMinor());
        p.put("code", a.failureCode());
        p.put("message", a.failureMessage());
        p.put("updated", ts(a.updatedAt()));
        p.put("authorized", ts(a.authorizedAt()));
        p.put("capturedAt", ts(a.capturedAt()));
        jdbc.sql("""
                update payments_attempts set provider_id = :provider, charge_id = :charge, status = :status,
                  captured_minor = :captured, failure_code = :code, failure_message = :message, updated_at = :updated,
                  authorized_at = :authorized, captured_at = :capturedAt
                where vendor_id = :vendor and id = :id""").params(p).update();
    }

    @Override
    public boolean claimCapture(UUID id, Instant at, Instant staleBefore) {
        return jdbc.sql("""
                update payments_attempts set capture_requested_at = :at
                where vendor_id = :vendor and id = :id and status = 'AUTHORIZED'
                  and (capture_requested_at is null or capture_requested_at < :stale)""")
                .param("vendor", VendorContext.require()).param("id", id).param("at", ts(at))
                .param("stale", ts(staleBefore)).update() == 1;
    }

    @Override
    public Optional<UUID> vendorOf(String providerId) {
        return jdbc.sql("select vendor_id from payments_attempts where provider_id = :id or charge_id = :id limit 1")
                .param("id", providerId).query(UUID.class).optional();
    }

    @Override
    public List<AttemptRef> authorizedBefore(Instant before, int limit) {
        return jdbc.sql("""
                select vendor_id, id, order_id from payments_attempts
                where status = 'AUTHORIZED' and authorized_at < :before order by authorized_at limit :limit""")
                .param("before", ts(before)).param("limit", limit)
                .query((rs, n) -> new AttemptRef(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class))).list();
    }

    @Override
    public List<PaymentAttempt> capturedBetween(Instant from, Instant to) {
        return jdbc.sql("select " + COLUMNS + " from payments_attempts where status = 'CAPTURED' "
                        + "and captured_at >= :from and captured_at < :to order by captured_at")
                .param("from", ts(from)).param("to", ts(to)).query(JdbcAttemptStore::map).list();
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    static PaymentAttempt map(ResultSet rs, int n) throws SQLException {
        return new PaymentAttempt(rs.getObject("id", UUID.class), rs.getObject("vendor_id", UUID.class),
                rs.getObject("order_id", UUID.class), rs.getString("order_number"), rs.getInt("attempt_no"),
                rs.getString("idempotency_key"), rs.getString("provider_id"), rs.getString("charge_id"),
                AttemptStatus.valueOf(rs.getString("status")), rs.getBigDecimal("amount"), rs.getLong("amount_minor"),
                rs.getLong("fee_minor"), rs.getLong("captured_minor"), rs.getString("currency").strip(),
                rs.getString("connected_account"), rs.getString("failure_code"), rs.getString("failure_message"),
                instant(rs, "created_at"), instant(rs, "updated_at"), instant(rs, "authorized_at"),
                instant(rs, "captured_at"), instant(rs, "capture_requested_at"), rs.getString("payment_method_id"),
                rs.getString("return_url"));
    }
}
