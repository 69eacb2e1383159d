package com.wizamart.identity.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wizamart.identity.application.port.out.CustomerStore;
import com.wizamart.identity.domain.Customer;
import com.wizamart.identity.domain.EmailAddress;
import com.wizamart.sharedkernel.persistence.SqlLike;
import com.wizamart.sharedkernel.persistence.SqlSort;
import com.wizamart.tenancy.VendorContext;

/** Customers; every statement names the bound vendor, and Row-Level Security enforces it again. */
@Repository
class JdbcCustomerStore implements CustomerStore {

    private static final String SELECT = """
            select id, vendor_id, email, password_hash, first_name, last_name, phone, preferred_language,
              marketing_consent, marketing_consent_at, active, created_at, version, credentials_version,
              email_verified_at
            from identity_customers""";
    private static final String NAME = "(first_name || ' ' || last_name)";
    private static final Map<String, String> SORTABLE = Map.of("registeredAt", "created_at", "name",
            "lower" + NAME, "email", "email");

    private final JdbcClient jdbc;

    JdbcCustomerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean insert(Customer c) {
        return jdbc.sql("""
                insert into identity_customers (id, vendor_id, email, password_hash, first_name, last_name, phone,
                  active, created_at, version)
                values (:id, :vendorId, :email, :hash, :first, :last, :phone, :active, :createdAt, 0)
                on conflict (vendor_id, email) do nothing""")
                .param("id", c.id()).param("vendorId", c.vendorId()).param("email", c.email().value())
                .param("hash", c.passwordHash()).param("first", c.firstName()).param("last", c.lastName())
                .param("phone", c.phone()).param("active", c.active()).param("createdAt", Timestamp.from(c.createdAt()))
                .update() == 1;
    }

    @Override
    public Optional<Customer> findByEmail(EmailAddress email) {
        return jdbc.sql(SELECT + " where vendor_id = :vendor and email = :email").param("vendor", VendorContext.require())
                .param("email", email.value()).query(JdbcCustomerStore::map).optional();
    }

    @Override
    public Optional<Customer> findById(UUID id) {
        return jdbc.sql(SELECT + " where vendor_id = :vendor and id = :id").param("vendor", VendorContext.require())
                .param("id", id).query(JdbcCustomerStore::map).optional();
    }

    @Override
    public Optional<Customer> lockById(UUID id) {
        return jdbc.sql(SELECT + " where vendor_id = :vendor and id = :id for update")
                .param("vendor", VendorContext.require()).param("id", id).query(JdbcCustomerStore::map).optional();
    }

    @Override
    public void update(Customer c) {
        jdbc.sql("""
                update identity_customers set password_hash = :hash, first_name = :first, last_name = :last,
                  phone = :phone, preferred_language = :language, marketing_consent = :consent,
                  marketing_consent_at = :consentAt, version = version + 1,
                  credentials_version = credentials_version + case when password_hash is distinct from :hash then 1 else 0 end
                where vendor_id = :vendor and id = :id""")
                .param("vendor", VendorContext.require()).param("id", c.id()).param("hash", c.passwordHash())
                .param("first", c.firstName()).param("last", c.lastName()).param("phone", c.phone())
                .param("language", c.preferredLanguage()).param("consent", c.marketingConsent())
                .param("consentAt", c.marketingConsentAt() == null ? null : Timestamp.from(c.marketingConsentAt()))
                .update();
    }

    @Override
    public boolean markEmailVerified(UUID id, java.time.Instant at) {
        return jdbc.sql("""
                update identity_customers set email_verified_at = :at, version = version + 1
                where vendor_id = :vendor and id = :id and email_verified_at is null""")
                .param("vendor", VendorContext.require()).param("id", id).param("at", Timestamp.from(at)).update() == 1;
    }

    @Override
    public Optional<Long> credentialsVersion(UUID id) {
        return jdbc.sql("select credentials_version from identity_customers where vendor_id = :vendor and id = :id and active")
                .param("vendor", VendorContext.require()).param("id", id).query(Long.class).optional();
    }

    @Override
    public Page<Customer> search(String search, Pageable pageable) {
        Map<String, Object> p = new HashMap<>();
        p.put("vendor", VendorContext.require());
        String where = " where vendor_id = :vendor";
        if (search != null) {
            where += " and (" + NAME + " ilike :q escape '\\' or email ilike :q escape '\\')";
            p.put("q", SqlLike.contains(search));
        }
        // the sort is checked before anything is read, so a bad one costs no query
        String orderBy = SqlSort.orderBy(pageable.getSort(), SORTABLE, "created_at desc") + ", id";
        long total = jdbc.sql("select count(*) from identity_customers" + where).params(p).query(Long.class).single();
        List<Customer> content = jdbc.sql(SELECT + where + " order by " + orderBy + " limit :limit offset :offset")
                .params(p).param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query(JdbcCustomerStore::map).list();
        return new PageImpl<>(content, pageable, total);
    }

    private static Customer map(ResultSet rs, int row) throws SQLException {
        return new Customer(rs.getObject("id", UUID.class), rs.getObject("vendor_id", UUID.class),
                new EmailAddress(rs.getString("email")), rs.getString("password_hash"), rs.getString("first_name"),
                rs.getString("last_name"), rs.getString("phone"), rs.getString("preferred_language"),
                rs.getBoolean("marketing_consent"), instant(rs.getTimestamp("marketing_consent_at")),
                rs.getBoolean("active"), rs.getTimestamp("created_at").toInstant(), rs.getLong("version"),
                rs.getLong("credentials_version"), instant(rs.getTimestamp("email_verified_at")));
    }

    private static java.time.Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
