package com.wizamart.ordering.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wizamart.ordering.application.port.out.AddressBookStore;
import com.wizamart.ordering.domain.Address;
import com.wizamart.ordering.domain.SavedAddress;
import com.wizamart.tenancy.VendorContext;

/**
 * Address books, one row per address; every statement names the bound vendor and the customer, and Row-Level
 * Security enforces the vendor again. A book's lock is a transaction-scoped advisory lock on (vendor, customer).
 */
@Repository
class JdbcAddressBookStore implements AddressBookStore {

    private static final String SELECT = """
            select id, customer_id, label, first_name, last_name, company, street, street2, postal_code, city, country,
              phone, default_shipping, default_billing, created_at, updated_at
            from ordering_customer_addresses""";

    private final JdbcClient jdbc;

    JdbcAddressBookStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void lock(UUID customerId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:lock, 0))")
                .param("lock", "ordering-address-book/" + VendorContext.require() + "/" + customerId)
                .query().listOfRows();
    }

    @Override
    public List<SavedAddress> list(UUID customerId) {
        return jdbc.sql(SELECT + " where vendor_id = :vendor and customer_id = :customer order by created_at, id")
                .param("vendor", VendorContext.require()).param("customer", customerId)
                .query(JdbcAddressBookStore::map).list();
    }

    @Override
    public Optional<SavedAddress> find(UUID customerId, UUID addressId) {
        return jdbc.sql(SELECT + " where vendor_id = :vendor and customer_id = :customer and id = :id")
                .param("vendor", VendorContext.require()).param("customer", customerId).param("id", addressId)
                .query(JdbcAddressBookStore::map).optional();
    }

    @Override
    public int count(UUID customerId) {
        return jdbc.sql("select count(*) from ordering_customer_addresses where vendor_id = :vendor and customer_id = :customer")
                .param("vendor", VendorContext.require()).param("customer", customerId).query(Integer.class).single();
    }

    @Override
    public void insert(SavedAddress a) {
        jdbc.sql("""
                insert into ordering_customer_addresses (id, vendor_id, customer_id, label, first_name, last_name,
                  company, street, street2, postal_code, city, country, phone, default_shipping, default_billing,
                  created_at, updated_at)
                values (:id, :vendor, :customer, :label, :first, :last, :company, :street, :street2, :postal, :city,
                  :country, :phone, :shipping, :billing, :created, :updated)""")
                .param("vendor", VendorContext.require()).param("id", a.id()).param("customer", a.customerId())
                .param("created", Timestamp.from(a.createdAt())).params(fields(a)).update();
    }

    @Override
    public void update(SavedAddress a) {
        jdbc.sql("""
                update ordering_customer_addresses set label = :label, first_name = :first, last_name = :last,
                  company = :company, street = :street, street2 = :street2, postal_code = :postal, city = :city,
                  country = :country, phone = :phone, default_shipping = :shipping, default_billing = :billing,
                  updated_at = :updated
                where vendor_id = :vendor and customer_id = :customer and id = :id""")
                .param("vendor", VendorContext.require()).param("id", a.id()).param("customer", a.customerId())
                .params(fields(a)).update();
    }

    @Override
    public boolean delete(UUID customerId, UUID addressId) {
        return jdbc.sql("delete from ordering_customer_addresses where vendor_id = :vendor and customer_id = :customer and id = :id")
                .param("vendor", VendorContext.require()).param("customer", customerId).param("id", addressId)
                .update() == 1;
    }

    @Override
    public void clearDefaults(UUID customerId, boolean shipping, boolean billing, UUID keep) {
        jdbc.sql("""
                update ordering_customer_addresses
                set default_shipping = default_shipping and not :shipping,
                    default_billing = default_billing and not :billing
                where vendor_id = :vendor and customer_id = :customer and id <> :keep
                  and ((:shipping and default_shipping) or (:billing and default_billing))""")
                .param("vendor", VendorContext.require()).param("customer", customerId).param("shipping", shipping)
                .param("billing", billing).param("keep", keep).update();
    }

    private static Map<String, Object> fields(SavedAddress a) {
        Address d = a.address();
        Map<String, Object> p = new HashMap<>();
        p.put("label", a.label());
        p.put("first", d.firstName());
        p.put("last", d.lastName());
        p.put("company", d.company());
        p.put("street", d.street());
        p.put("street2", d.street2());
        p.put("postal", d.postalCode());
        p.put("city", d.city());
        p.put("country", d.country());
        p.put("phone", d.phone());
        p.put("shipping", a.defaultShipping());
        p.put("billing", a.defaultBilling());
        p.put("updated", Timestamp.from(a.updatedAt()));
        return p;
    }

    private static SavedAddress map(ResultSet rs, int row) throws SQLException {
        Address address = new Address(rs.getString("first_name"), rs.getString("last_name"), rs.getString("company"),
                rs.getString("street"), rs.getString("street2"), rs.getString("postal_code"), rs.getString("city"),
                rs.getString("country"), rs.getString("phone"));
        return new SavedAddress(rs.getObject("id", UUID.class), rs.getObject("customer_id", UUID.class),
                rs.getString("label"), address, rs.getBoolean("default_shipping"), rs.getBoolean("default_billing"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
