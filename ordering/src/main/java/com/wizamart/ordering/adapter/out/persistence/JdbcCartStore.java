package com.wizamart.ordering.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * Locks carts (the customer's before the session's anonymous one). Their lines are read by a second statement
     * once the locks are held: under READ COMMITTED a statement that waited for a row lock still sees the other
     * tables as they were when it started, so lines joined into the locking read could miss what the transaction it
     * waited for had just written.
     */
    private static final String LOCK = """
            select id, session_id, customer_id, created_at, updated_at from ordering_carts
            where vendor_id = :vendor and (%s)
            order by customer_id nulls last, id
            for update""";

    /** Ends a statement that changed a cart's lines: the cart was used now (its idle time starts again). */
    private static final String TOUCH =
            "update ordering_carts set updated_at = :now where vendor_id = :vendor and id = :cart";

    private final JdbcClient jdbc;

    JdbcCartStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Cart> lockBySession(String sessionId) {
        return lock("session_id = :session and customer_id is null", null, sessionId).stream().findFirst();
    }

    @Override
    public Optional<Cart> lockByCustomer(UUID customerId) {
        return lock("customer_id = :customer", customerId, null).stream().findFirst();
    }

    @Override
    public CustomerCarts lockForCustomer(UUID customerId, String sessionId) {
        // the customer's own cart sorts (and is locked) before the session's anonymous one, as in lockByCustomer
        // followed by lockBySession
        List<Cart> carts = lock("customer_id = :customer or (session_id = :session and customer_id is null)",
                customerId, sessionId);
        return new CustomerCarts(carts.stream().filter(c -> customerId.equals(c.customerId())).findFirst(),
                carts.stream().filter(c -> c.customerId() == null).findFirst());
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
                with line as (
                  insert into ordering_cart_lines (vendor_id, cart_id, product_id, quantity, added_at)
                  values (:vendor, :cart, :product, :quantity, :now)
                  on conflict (vendor_id, cart_id, product_id) do update set quantity = excluded.quantity)
                """ + TOUCH)
                .param("vendor", vendor).param("cart", cartId).param("product", productId)
                .param("quantity", quantity).param("now", Timestamp.from(now)).update();
    }

    @Override
    public boolean removeLine(UUID cartId, UUID productId, Instant now) {
        UUID vendor = VendorContext.require();
        long removed = jdbc.sql("""
                with gone as (
                  delete from ordering_cart_lines where vendor_id = :vendor and cart_id = :cart and product_id = :product
                  returning 1)
                """ + TOUCH + " returning (select count(*) from gone)")
                .param("vendor", vendor).param("cart", cartId).param("product", productId)
                .param("now", Timestamp.from(now)).query(Long.class).optional().orElse(0L);
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
        jdbc.sql("with gone as (delete from ordering_cart_lines where vendor_id = :vendor and cart_id = :cart) " + TOUCH)
                .param("vendor", vendor).param("cart", cartId).param("now", Timestamp.from(now)).update();
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

    private List<Cart> lock(String condition, UUID customerId, String sessionId) {
        UUID vendor = VendorContext.require();
        record Header(UUID id, String session, UUID customer, Instant created, Instant updated) {
        }
        List<Header> headers = jdbc.sql(LOCK.formatted(condition)).param("vendor", vendor)
                .param("customer", customerId).param("session", sessionId)
                .query((rs, n) -> new Header(rs.getObject("id", UUID.class), rs.getString("session_id"),
                        rs.getObject("customer_id", UUID.class), instant(rs, "created_at"), instant(rs, "updated_at")))
                .list();
        if (headers.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<CartLine>> lines = new LinkedHashMap<>();
        headers.forEach(h -> lines.put(h.id(), new ArrayList<>()));
        jdbc.sql("""
                select cart_id, product_id, quantity, added_at from ordering_cart_lines
                where vendor_id = :vendor and cart_id in (:carts) order by cart_id, added_at, product_id""")
                .param("vendor", vendor).param("carts", List.copyOf(lines.keySet()))
                .query(rs -> {
                    lines.get(rs.getObject("cart_id", UUID.class)).add(new CartLine(
                            rs.getObject("product_id", UUID.class), rs.getInt("quantity"), instant(rs, "added_at")));
                });
        return headers.stream().map(h -> new Cart(h.id(), vendor, h.session(), h.customer(), lines.get(h.id()),
                h.created(), h.updated())).toList();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
