package com.wizamart.ordering.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wizamart.ordering.application.port.out.CartStore;
import com.wizamart.ordering.domain.Cart;
import com.wizamart.ordering.domain.CartLine;
import com.wizamart.tenancy.VendorContext;

/** Carts and their lines, scoped to the bound vendor. */
@Repository
class JdbcCartStore implements CartStore {

    private static final String SELECT = "select id, vendor_id, session_id, customer_id, created_at, updated_at "
            + "from ordering_carts where vendor_id = :vendor ";

    private final JdbcClient jdbc;

    JdbcCartStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Cart> lockBySession(String sessionId) {
        return one(SELECT + "and session_id = :session and customer_id is null for update", "session", sessionId);
    }

    @Override
    public Optional<Cart> lockByCustomer(UUID customerId) {
        return one(SELECT + "and customer_id = :customer for update", "customer", customerId);
    }

    @Override
    public Cart lockOrCreateForSession(String sessionId, Instant now) {
        jdbc.sql("""
                insert into ordering_carts (id, vendor_id, session_id, customer_id, created_at, updated_at)
                values (:id, :vendor, :session, null, :now, :now)
                on conflict (vendor_id, session_id) where customer_id is null do nothing""")
                .param("id", UUID.randomUUID()).param("vendor", VendorContext.require()).param("session", sessionId)
                .param("now", Timestamp.from(now)).update();
        return lockBySession(sessionId).orElseThrow();
    }

    @Override
    public Cart lockOrCreateForCustomer(UUID customerId, String sessionId, Instant now) {
        jdbc.sql("""
                insert into ordering_carts (id, vendor_id, session_id, customer_id, created_at, updated_at)
                values (:id, :vendor, :session, :customer, :now, :now)
                on conflict (vendor_id, customer_id) where customer_id is not null do nothing""")
                .param("id", UUID.randomUUID()).param("vendor", VendorContext.require()).param("session", sessionId)
                .param("customer", customerId).param("now", Timestamp.from(now)).update();
        return lockByCustomer(customerId).orElseThrow();
    }

    @Override
    public void attach(UUID cartId, UUID customerId, Instant now) {
        jdbc.sql("update ordering_carts set customer_id = :customer, updated_at = :now where vendor_id = :vendor and id = :id")
                .param("customer", customerId).param("now", Timestamp.from(now))
                .param("vendor", VendorContext.require()).param("id", cartId).update();
    }

    @Override
    public void setLine(UUID cartId, UUID productId, int quantity, Instant now) {
        UUID vendor = VendorContext.require();
        jdbc.sql("""
                insert into ordering_cart_lines (vendor_id, cart_id, product_id, quantity, added_at)
                values (:vendor, :cart, :product, :quantity, :now)
                on conflict (vendor_id, cart_id, product_id) do update set quantity = excluded.quantity""")
                .param("vendor", vendor).param("cart", cartId).param("product", productId)
                .param("quantity", quantity).param("now", Timestamp.from(now)).update();
        touch(vendor, cartId, now);
    }

    @Override
    public boolean removeLine(UUID cartId, UUID productId, Instant now) {
        UUID vendor = VendorContext.require();
        int removed = jdbc.sql("""
                delete from ordering_cart_lines where vendor_id = :vendor and cart_id = :cart and product_id = :product""")
                .param("vendor", vendor).param("cart", cartId).param("product", productId).update();
        touch(vendor, cartId, now);
        return removed > 0;
    }

    @Override
    public void replaceLines(UUID cartId, List<CartLine> lines, Instant now) {
        clear(cartId, now);
        UUID vendor = VendorContext.require();
        for (CartLine line : lines) {
            jdbc.sql("""
                    insert into ordering_cart_lines (vendor_id, cart_id, product_id, quantity, added_at)
                    values (:vendor, :cart, :product, :quantity, :added)""")
                    .param("vendor", vendor).param("cart", cartId).param("product", line.productId())
                    .param("quantity", line.quantity()).param("added", Timestamp.from(line.addedAt())).update();
        }
    }

    @Override
    public void clear(UUID cartId, Instant now) {
        UUID vendor = VendorContext.require();
        jdbc.sql("delete from ordering_cart_lines where vendor_id = :vendor and cart_id = :cart")
                .param("vendor", vendor).param("cart", cartId).update();
        touch(vendor, cartId, now);
    }

    @Override
    public void delete(UUID cartId) {
        jdbc.sql("delete from ordering_carts where vendor_id = :vendor and id = :id")
                .param("vendor", VendorContext.require()).param("id", cartId).update();
    }

    @Override
    public int deleteIdleSince(Instant before) {
        return jdbc.sql("delete from ordering_carts where vendor_id = :vendor and updated_at < :before")
                .param("vendor", VendorContext.require()).param("before", Timestamp.from(before)).update();
    }

    @Override
    public List<UUID> vendorsWithIdleCarts(Instant before, int limit) {
        return jdbc.sql("select distinct vendor_id from ordering_carts where updated_at < :before limit :limit")
                .param("before", Timestamp.from(before)).param("limit", limit).query(UUID.class).list();
    }

    private void touch(UUID vendor, UUID cartId, Instant now) {
        jdbc.sql("update ordering_carts set updated_at = :now where vendor_id = :vendor and id = :id")
                .param("now", Timestamp.from(now)).param("vendor", vendor).param("id", cartId).update();
    }

    private Optional<Cart> one(String sql, String name, Object value) {
        UUID vendor = VendorContext.require();
        record Header(UUID id, String session, UUID customer, Instant created, Instant updated) {
        }
        Optional<Header> header = jdbc.sql(sql).param("vendor", vendor).param(name, value)
                .query((rs, n) -> new Header(rs.getObject("id", UUID.class), rs.getString("session_id"),
                        rs.getObject("customer_id", UUID.class), instant(rs, "created_at"), instant(rs, "updated_at")))
                .optional();
        return header.map(h -> new Cart(h.id(), vendor, h.session(), h.customer(), lines(vendor, h.id()), h.created(),
                h.updated()));
    }

    private List<CartLine> lines(UUID vendor, UUID cartId) {
        return jdbc.sql("""
                select product_id, quantity, added_at from ordering_cart_lines
                where vendor_id = :vendor and cart_id = :cart order by added_at, product_id""")
                .param("vendor", vendor).param("cart", cartId)
                .query((rs, n) -> new CartLine(rs.getObject("product_id", UUID.class), rs.getInt("quantity"),
                        instant(rs, "added_at")))
                .list();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
