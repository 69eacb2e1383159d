package com.wizamart.ordering.adapter.out.persistence;

import static com.wizamart.ordering.adapter.out.persistence.JdbcCartStore.instant;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wizamart.ordering.application.port.out.ShippingMethodStore;
import com.wizamart.ordering.domain.ShippingKind;
import com.wizamart.ordering.domain.ShippingMethod;
import com.wizamart.tenancy.VendorContext;

/** Shipping methods in {@code ordering_shipping_methods}, scoped to the bound vendor. */
@Repository
class JdbcShippingMethodStore implements ShippingMethodStore {

    private static final String COLUMNS = "id, name, kind, price, currency, threshold, countries, pickup_location,"
            + " active, created_at, updated_at";

    private final JdbcClient jdbc;

    JdbcShippingMethodStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<ShippingMethod> list() {
        return jdbc.sql("select " + COLUMNS + " from ordering_shipping_methods where vendor_id = :vendor"
                        + " order by created_at, id")
                .param("vendor", VendorContext.require()).query((rs, n) -> method(rs)).list();
    }

    @Override
    public List<ShippingMethod> active() {
        return jdbc.sql("select " + COLUMNS + " from ordering_shipping_methods where vendor_id = :vendor and active"
                        + " order by created_at, id")
                .param("vendor", VendorContext.require()).query((rs, n) -> method(rs)).list();
    }

    @Override
    public Optional<ShippingMethod> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from ordering_shipping_methods where vendor_id = :vendor and id = :id")
                .param("vendor", VendorContext.require()).param("id", id).query((rs, n) -> method(rs)).optional();
    }

    @Override
    public void insert(ShippingMethod m) {
        jdbc.sql("""
                insert into ordering_shipping_methods (id, vendor_id, name, kind, price, currency, threshold, countries,
                  pickup_location, active, created_at, updated_at)
                values (:id, :vendor, :name, :kind, :price, :currency, :threshold, :countries, :pickup, :active,
                  :created, :updated)""")
                .param("id", m.id()).param("vendor", VendorContext.require()).param("name", m.name())
                .param("kind", m.kind().name()).param("price", m.price()).param("currency", m.currency())
                .param("threshold", m.threshold()).param("countries", m.countries().toArray(String[]::new))
                .param("pickup", m.pickupLocation()).param("active", m.active())
                .param("created", Timestamp.from(m.createdAt())).param("updated", Timestamp.from(m.updatedAt()))
                .update();
    }

    @Override
    public boolean update(ShippingMethod m) {
        return jdbc.sql("""
                update ordering_shipping_methods set name = :name, kind = :kind, price = :price, currency = :currency,
                  threshold = :threshold, countries = :countries, pickup_location = :pickup, active = :active,
                  updated_at = :updated
                where vendor_id = :vendor and id = :id""")
                .param("name", m.name()).param("kind", m.kind().name()).param("price", m.price())
                .param("currency", m.currency()).param("threshold", m.threshold())
                .param("countries", m.countries().toArray(String[]::new)).param("pickup", m.pickupLocation())
                .param("active", m.active()).param("updated", Timestamp.from(m.updatedAt()))
                .param("vendor", VendorContext.require()).param("id", m.id()).update() == 1;
    }

    @Override
    public boolean delete(UUID id) {
        return jdbc.sql("delete from ordering_shipping_methods where vendor_id = :vendor and id = :id")
                .param("vendor", VendorContext.require()).param("id", id).update() == 1;
    }

    private static ShippingMethod method(ResultSet rs) throws SQLException {
        return new ShippingMethod(rs.getObject("id", UUID.class), rs.getString("name"),
                ShippingKind.valueOf(rs.getString("kind")), rs.getBigDecimal("price"), rs.getString("currency"),
                rs.getBigDecimal("threshold"), strings(rs.getArray("countries")), rs.getString("pickup_location"),
                rs.getBoolean("active"), instant(rs, "created_at"), instant(rs, "updated_at"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
