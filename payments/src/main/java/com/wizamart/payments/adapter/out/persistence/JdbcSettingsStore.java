package com.wizamart.payments.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wizamart.ordering.PaymentMethod;
import com.wizamart.payments.application.port.out.SettingsStore;
import com.wizamart.payments.domain.PaymentSettings;
import com.wizamart.tenancy.VendorContext;

/** Payment settings, one row per vendor. Every statement names the bound vendor; Row-Level Security enforces it. */
@Repository
class JdbcSettingsStore implements SettingsStore {

    private final JdbcClient jdbc;

    JdbcSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PaymentSettings> find() {
        return jdbc.sql("""
                select vendor_id, methods, account_holder, iban, bic, connected_account, updated_at
                from payments_vendor_settings where vendor_id = :vendor""")
                .param("vendor", VendorContext.require()).query(JdbcSettingsStore::map).optional();
    }

    @Override
    public void save(PaymentSettings s) {
        jdbc.sql("""
                insert into payments_vendor_settings (vendor_id, methods, account_holder, iban, bic,
                  connected_account, updated_at)
                values (:vendor, :methods, :holder, :iban, :bic, :account, :at)
                on conflict (vendor_id) do update set methods = excluded.methods,
                  account_holder = excluded.account_holder, iban = excluded.iban, bic = excluded.bic,
                  connected_account = excluded.connected_account, updated_at = excluded.updated_at""")
                .param("vendor", VendorContext.require())
                .param("methods", String.join(",", s.methods().stream().map(Enum::name).toList()))
                .param("holder", s.accountHolder()).param("iban", s.iban()).param("bic", s.bic())
                .param("account", s.connectedAccount()).param("at", Timestamp.from(s.updatedAt())).update();
    }

    static PaymentSettings map(ResultSet rs, int n) throws SQLException {
        String methods = rs.getString("methods");
        List<PaymentMethod> list = methods == null || methods.isBlank() ? List.of()
                : Arrays.stream(methods.split(",")).map(PaymentMethod::parse).filter(m -> m != null).toList();
        return new PaymentSettings(rs.getObject("vendor_id", UUID.class), list, rs.getString("account_holder"),
                rs.getString("iban"), rs.getString("bic"), rs.getString("connected_account"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
