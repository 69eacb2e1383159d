package com.wizamart.ordering.adapter.out.persistence;

import static com.wizamart.ordering.adapter.out.persistence.JdbcCartStore.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wizamart.ordering.PaymentMethod;
import com.wizamart.ordering.PaymentStatus;
import com.wizamart.ordering.application.port.in.OrderQuery;
import com.wizamart.ordering.application.port.in.OrderSummary;
import com.wizamart.ordering.application.port.out.OrderStore;
import com.wizamart.ordering.domain.Address;
import com.wizamart.ordering.domain.Order;
import com.wizamart.ordering.domain.OrderLine;
import com.wizamart.ordering.domain.OrderPaymentMethod;
import com.wizamart.ordering.domain.OrderPaymentStatus;
import com.wizamart.ordering.domain.OrderStatus;
import com.wizamart.ordering.domain.PaymentChange;
import com.wizamart.ordering.domain.ShippingKind;
import com.wizamart.ordering.domain.ShippingLine;
import com.wizamart.ordering.domain.StatusChange;
import com.wizamart.ordering.domain.VatTreatment;
import com.wizamart.sharedkernel.persistence.JsonColumns;
import com.wizamart.sharedkernel.persistence.SqlLike;
import com.wizamart.sharedkernel.persistence.SqlSort;
import com.wizamart.tenancy.VendorContext;

/** Orders, their lines, shipping line and status history, scoped to the bound vendor. */
@Repository
class JdbcOrderStore implements OrderStore {

    private static final String COLUMNS = "o.id, o.vendor_id, o.order_number, o.customer_id, o.customer_email, "
            + "o.customer_name, o.status, o.currency, o.total, o.tax_total, o.refunded_total, o.item_count, "
            + "o.shipping_address, o.billing_address, o.note, o.tracking_number, o.assignee_id, o.placed_at, "
            + "o.updated_at, o.vat_scheme, o.vat_country, o.payment_method, o.payment_status, o.shopper_language";
    private static final Map<String, String> ORDER_SORT = Map.of("placedAt", "o.placed_at", "updatedAt",
            "o.updated_at", "total", "o.total", "orderNumber", "o.order_number", "status", "o.status",
            "paymentStatus", "o.payment_status");

    private final JdbcClient jdbc;
    private final JsonColumns json;

    JdbcOrderStore(JdbcClient jdbc, JsonColumns json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public void insert(Order o, StatusChange placed) {
        jdbc.sql("""
                insert into ordering_orders (id, vendor_id, order_number, customer_id, customer_email, customer_name,
                  status, currency, total, tax_total, item_count, shipping_address, billing_address, note,
                  tracking_number, assignee_id, placed_at, updated_at, vat_scheme, vat_country, payment_method,
                  payment_status, shopper_language)
                values (:id, :vendor, :number, :customer, :email, :name, :status, :currency, :total, :tax, :items,
                  cast(:shipping as jsonb), cast(:billing as jsonb), :note, null, null, :placed, :placed, :vatScheme,
                  :vatCountry, :paymentMethod, :paymentStatus, :language)""")
                .param("id", o.id()).param("vendor", o.vendorId()).param("number", o.number())
                .param("customer", o.customerId()).param("email", o.customerEmail()).param("name", o.customerName())
                .param("status", o.status().name()).param("currency", o.currency()).param("total", o.total())
                .param("tax", o.taxTotal()).param("items", o.itemCount())
                .param("shipping", o.shippingAddress() == null ? null : json.write(address(o.shippingAddress())))
                .param("billing", json.write(address(o.billingAddress()))).param("note", o.note())
                .param("placed", Timestamp.from(o.placedAt()))
                .param("vatScheme", o.vatTreatment() == null ? null : o.vatTreatment().scheme().name())
                .param("vatCountry", o.vatTreatment() == null ? null : o.vatTreatment().country())
                .param("paymentMethod", o.paymentMethod() == null ? null : o.paymentMethod().name())
                .param("paymentStatus", o.paymentStatus() == null ? null : o.paymentStatus().name())
                .param("language", o.language()).update();
        for (OrderLine l : o.lines()) {
            jdbc.sql("""
                    insert into ordering_order_lines (vendor_id, order_id, line_no, product_id, sku, name, unit_price,
                      tax_rate, quantity, line_total, backordered_quantity)
                    values (:vendor, :order, :no, :product, :sku, :name, :price, :rate, :quantity, :total,
                      :backordered)""")
                    .param("vendor", o.vendorId()).param("order", o.id()).param("no", l.lineNo())
                    .param("product", l.productId()).param("sku", l.sku()).param("name", truncate(l.name(), 500))
                    .param("price", l.unitPrice()).param("rate", l.taxRate()).param("quantity", l.quantity())
                    .param("total", l.lineTotal()).param("backordered", l.backordered()).update();
        }
        if (o.shipping() != null) {
            insertShipping(o.vendorId(), o.id(), o.shipping());
        }
        addHistory(o.id(), placed);
    }

    private void insertShipping(UUID vendor, UUID orderId, ShippingLine s) {
        jdbc.sql("""
                insert into ordering_order_shipping (vendor_id, order_id, method_id, name, kind, gross, tax_rate, net,
                  tax, pickup_location)
                values (:vendor, :order, :method, :name, :kind, :gross, :rate, :net, :tax, :pickup)""")
                .param("vendor", vendor).param("order", orderId).param("method", s.methodId())
                .param("name", s.name()).param("kind", s.kind().name()).param("gross", s.gross())
                .param("rate", s.taxRate()).param("net", s.net()).param("tax", s.tax())
                .param("pickup", s.pickupLocation()).update();
    }

    private Optional<ShippingLine> shipping(UUID vendor, UUID orderId) {
        return jdbc.sql("""
                select method_id, name, kind, gross, tax_rate, net, tax, pickup_location from ordering_order_shipping
                where vendor_id = :vendor and order_id = :order""")
                .param("vendor", vendor).param("order", orderId)
                .query((rs, n) -> new ShippingLine(rs.getObject("method_id", UUID.class), rs.getString("name"),
                        ShippingKind.valueOf(rs.getString("kind")), rs.getBigDecimal("gross"),
                        rs.getBigDecimal("tax_rate"), rs.getBigDecimal("net"), rs.getBigDecimal("tax"),
                        rs.getString("pickup_location")))
                .optional();
    }

    @Override
    public Optional<Order> find(UUID id) {
        return read(id, "");
    }

    @Override
    public Optional<Order> lock(UUID id) {
        return read(id, " for update");
    }

    private Optional<Order> read(UUID id, String lock) {
        UUID vendor = VendorContext.require();
        return jdbc.sql("select " + COLUMNS + " from ordering_orders o where o.vendor_id = :vendor and o.id = :id" + lock)
                .param("vendor", vendor).param("id", id).query((rs, n) -> row(rs)).optional()
                .map(r -> withLines(r.order(), lines(vendor, id), shipping(vendor, id).orElse(null)));
    }

    @Override
    public void update(Order o) {
        jdbc.sql("""
                update ordering_orders set status = :status, tracking_number = :tracking, assignee_id = :assignee,
                  updated_at = :at where vendor_id = :vendor and id = :id""")
                .param("status", o.status().name()).param("tracking", o.trackingNumber())
                .param("assignee", o.assigneeId()).param("at", Timestamp.from(o.updatedAt()))
                .param("vendor", VendorContext.require()).param("id", o.id()).update();
    }

    @Override
    public void updatePayment(Order o) {
        jdbc.sql("""
                update ordering_orders set payment_status = :paymentStatus, updated_at = :at
                where vendor_id = :vendor and id = :id""")
                .param("paymentStatus", o.paymentStatus().name()).param("at", Timestamp.from(o.updatedAt()))
                .param("vendor", VendorContext.require()).param("id", o.id()).update();
    }

    @Override
    public void addPaymentHistory(UUID orderId, PaymentChange c) {
        jdbc.sql("""
                insert into ordering_payment_history (vendor_id, order_id, from_status, to_status, amount, currency,
                  note, actor_id, actor_email, changed_at)
                values (:vendor, :order, :from, :to, :amount, :currency, :note, :actor, :email, :at)""")
                .param("vendor", VendorContext.require()).param("order", orderId)
                .param("from", c.from() == null ? null : c.from().name()).param("to", c.to().name())
                .param("amount", c.amount()).param("currency", c.currency()).param("note", c.note())
                .param("actor", c.actorId()).param("email", truncate(c.actorEmail(), 320))
                .param("at", Timestamp.from(c.at())).update();
    }

    @Override
    public List<PaymentChange> paymentHistory(UUID orderId) {
        return jdbc.sql("""
                select from_status, to_status, amount, currency, note, actor_id, actor_email, changed_at
                from ordering_payment_history where vendor_id = :vendor and order_id = :order order by seq""")
                .param("vendor", VendorContext.require()).param("order", orderId)
                .query((rs, n) -> new PaymentChange(paymentStatus(rs.getString("from_status")),
                        paymentStatus(rs.getString("to_status")), rs.getBigDecimal("amount"),
                        rs.getString("currency"), rs.getString("note"), rs.getObject("actor_id", UUID.class),
                        rs.getString("actor_email"), instant(rs, "changed_at")))
                .list();
    }

    private static OrderPaymentStatus paymentStatus(String name) {
        return name == null ? null : OrderPaymentStatus.valueOf(name);
    }

    @Override
    public void updateLines(Order o) {
        for (OrderLine l : o.lines()) {
            jdbc.sql("""
                    update ordering_order_lines set backordered_quantity = :backordered
                    where vendor_id = :vendor and order_id = :order and line_no = :no
                      and backordered_quantity <> :backordered""")
                    .param("backordered", l.backordered()).param("vendor", VendorContext.require())
                    .param("order", o.id()).param("no", l.lineNo()).update();
        }
    }

    @Override
    public void updateRefunds(Order o) {
        UUID vendor = VendorContext.require();
        jdbc.sql("""
                update ordering_orders set refunded_total = :refunded, updated_at = :at
                where vendor_id = :vendor and id = :id""")
                .param("refunded", o.refundedTotal()).param("at", Timestamp.from(o.updatedAt()))
                .param("vendor", vendor).param("id", o.id()).update();
        for (OrderLine l : o.lines()) {
            jdbc.sql("""
                    update ordering_order_lines set refunded_quantity = :refunded, backordered_quantity = :backordered
                    where vendor_id = :vendor and order_id = :order and line_no = :no
                      and (refunded_quantity <> :refunded or backordered_quantity <> :backordered)""")
                    .param("refunded", l.refundedQuantity()).param("backordered", l.backordered())
                    .param("vendor", vendor).param("order", o.id()).param("no", l.lineNo()).update();
        }
    }

    @Override
    public void addHistory(UUID orderId, StatusChange c) {
        StatusChange.Assignee from = c.fromAssignee();
        StatusChange.Assignee to = c.toAssignee();
        jdbc.sql("""
                insert into ordering_status_history (vendor_id, order_id, entry_type, from_status, to_status,
                  from_assignee_id, from_assignee_name, from_assignee_email, to_assignee_id, to_assignee_name,
                  to_assignee_email, actor_id, actor_email, note, changed_at)
                values (:vendor, :order, :type, :from, :to, :fromId, :fromName, :fromEmail, :toId, :toName, :toEmail,
                  :actor, :email, :note, :at)""")
                .param("vendor", VendorContext.require()).param("order", orderId).param("type", c.type().name())
                .param("from", c.from() == null ? null : c.from().name())
                .param("to", c.to() == null ? null : c.to().name())
                .param("fromId", from == null ? null : from.id())
                .param("fromName", from == null ? null : truncate(from.name(), 201))
                .param("fromEmail", from == null ? null : from.email())
                .param("toId", to == null ? null : to.id())
                .param("toName", to == null ? null : truncate(to.name(), 201))
                .param("toEmail", to == null ? null : to.email())
                .param("actor", c.actorId()).param("email", c.actorEmail()).param("note", c.note())
                .param("at", Timestamp.from(c.at())).update();
    }

    @Override
    public List<StatusChange> history(UUID orderId) {
        return jdbc.sql("""
                select entry_type, from_status, to_status, from_assignee_id, from_assignee_name, from_assignee_email,
                  to_assignee_id, to_assignee_name, to_assignee_email, actor_id, actor_email, note, changed_at
                from ordering_status_history where vendor_id = :vendor and order_id = :order order by seq""")
                .param("vendor", VendorContext.require()).param("order", orderId)
                .query((rs, n) -> new StatusChange(StatusChange.Type.valueOf(rs.getString("entry_type")),
                        status(rs.getString("from_status")), status(rs.getString("to_status")),
                        assignee(rs, "from_assignee"), assignee(rs, "to_assignee"),
                        rs.getObject("actor_id", UUID.class), rs.getString("actor_email"), rs.getString("note"),
                        instant(rs, "changed_at")))
                .list();
    }

    private static OrderStatus status(String name) {
        return name == null ? null : OrderStatus.valueOf(name);
    }

    private static StatusChange.Assignee assignee(ResultSet rs, String prefix) throws SQLException {
        UUID id = rs.getObject(prefix + "_id", UUID.class);
        return id == null ? null
                : new StatusChange.Assignee(id, rs.getString(prefix + "_name"), rs.getString(prefix + "_email"));
    }

    @Override
    public Page<OrderSummary> search(OrderQuery q, Pageable pageable) {
        StringBuilder where = new StringBuilder(" where o.vendor_id = :vendor");
        Map<String, Object> p = new HashMap<>();
        p.put("vendor", VendorContext.require());
        if (q.status() != null) {
            where.append(" and o.status = :status");
            p.put("status", q.status().name());
        }
        if (!q.paymentStatuses().isEmpty()) {
            where.append(" and o.payment_status in (:paymentStatuses)");
            p.put("paymentStatuses", q.paymentStatuses().stream().map(Enum::name).toList());
        }
        if (q.from() != null) {
            where.append(" and o.placed_at >= :from");
            p.put("from", Timestamp.from(q.from().atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (q.to() != null) {
            where.append(" and o.placed_at < :to");
            p.put("to", Timestamp.from(q.to().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant()));
        }
        if (q.customerId() != null) {
            where.append(" and o.customer_id = :customer");
            p.put("customer", q.customerId());
        }
        if (q.assigneeId() != null) {
            where.append(" and o.assignee_id = :assignee");
            p.put("assignee", q.assigneeId());
        }
        if (q.search() != null && !q.search().isBlank()) {
            where.append(" and (o.order_number ilike :search or o.customer_name ilike :search"
                    + " or o.customer_email ilike :search)");
            p.put("search", SqlLike.contains(q.search()));
        }
        String orderBy = SqlSort.orderBy(pageable.getSort(), ORDER_SORT, "o.placed_at desc") + ", o.id desc";
        long total = jdbc.sql("select count(*) from ordering_orders o" + where).params(p).query(Long.class).single();
        List<OrderSummary> content = jdbc.sql("select " + COLUMNS + " from ordering_orders o" + where + " order by "
                        + orderBy + " limit :limit offset :offset")
                .params(p).param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query((rs, n) -> summary(row(rs))).list();
        return new PageImpl<>(content, pageable, total);
    }

    @Override
    public List<OrderRef> pendingSince(Instant before, int limit) {
        return jdbc.sql("""
                select vendor_id, id from ordering_orders where status = 'PENDING' and placed_at < :before
                  and payment_status is distinct from 'PAID'
                order by placed_at limit :limit""")
                .param("before", Timestamp.from(before)).param("limit", limit)
                .query((rs, n) -> new OrderRef(rs.getObject("vendor_id", UUID.class), rs.getObject("id", UUID.class)))
                .list();
    }

    private List<OrderLine> lines(UUID vendor, UUID orderId) {
        return jdbc.sql("""
                select line_no, product_id, sku, name, unit_price, tax_rate, quantity, line_total, refunded_quantity,
                  backordered_quantity
                from ordering_order_lines where vendor_id = :vendor and order_id = :order order by line_no""")
                .param("vendor", vendor).param("order", orderId)
                .query((rs, n) -> new OrderLine(rs.getInt("line_no"), rs.getObject("product_id", UUID.class),
                        rs.getString("sku"), rs.getString("name"), rs.getBigDecimal("unit_price"),
                        rs.getBigDecimal("tax_rate"), rs.getInt("quantity"), rs.getBigDecimal("line_total"),
                        rs.getInt("refunded_quantity"), rs.getInt("backordered_quantity")))
                .list();
    }

    /** An order read without its lines, and its item count (lists show it without reading the lines). */
    private record Row(Order order, int itemCount) {
    }

    private Row row(ResultSet rs) throws SQLException {
        Order order = new Order(rs.getObject("id", UUID.class), rs.getObject("vendor_id", UUID.class),
                rs.getString("order_number"), rs.getObject("customer_id", UUID.class), rs.getString("customer_email"),
                rs.getString("customer_name"), OrderStatus.valueOf(rs.getString("status")), rs.getString("currency"),
                rs.getBigDecimal("total"), rs.getBigDecimal("tax_total"), rs.getBigDecimal("refunded_total"),
                List.of(),
                rs.getString("shipping_address") == null ? null
                        : address(json.readObject(rs.getString("shipping_address"))),
                address(json.readObject(rs.getString("billing_address"))), rs.getString("note"),
                rs.getString("tracking_number"), rs.getObject("assignee_id", UUID.class), instant(rs, "placed_at"),
                instant(rs, "updated_at"), null, rs.getString("vat_scheme") == null ? null
                        : new VatTreatment(VatTreatment.Scheme.valueOf(rs.getString("vat_scheme")),
                        rs.getString("vat_country")),
                rs.getString("payment_method") == null ? null
                        : OrderPaymentMethod.valueOf(rs.getString("payment_method")),
                paymentStatus(rs.getString("payment_status")), rs.getString("shopper_language"));
        return new Row(order, rs.getInt("item_count"));
    }

    private static Order withLines(Order o, List<OrderLine> lines, ShippingLine shipping) {
        return new Order(o.id(), o.vendorId(), o.number(), o.customerId(), o.customerEmail(), o.customerName(),
                o.status(), o.currency(), o.total(), o.taxTotal(), o.refundedTotal(), lines, o.shippingAddress(),
                o.billingAddress(), o.note(), o.trackingNumber(), o.assigneeId(), o.placedAt(), o.updatedAt(),
                shipping, o.vatTreatment(), o.paymentMethod(), o.paymentStatus(), o.language());
    }

    private static OrderSummary summary(Row r) {
        Order o = r.order();
        return new OrderSummary(o.id(), o.number(), o.customerId(), o.customerEmail(), o.customerName(), o.status(),
                o.currency(), o.total(), o.refundedTotal(), r.itemCount(), o.trackingNumber(), o.assigneeId(),
                o.placedAt(), o.updatedAt(),
                o.paymentMethod() == null ? null : PaymentMethod.valueOf(o.paymentMethod().name()),
                o.paymentStatus() == null ? null : PaymentStatus.valueOf(o.paymentStatus().name()));
    }

    private static Map<String, Object> address(Address a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("firstName", a.firstName());
        m.put("lastName", a.lastName());
        m.put("company", a.company());
        m.put("street", a.street());
        m.put("street2", a.street2());
        m.put("postalCode", a.postalCode());
        m.put("city", a.city());
        m.put("country", a.country());
        m.put("phone", a.phone());
        return m;
    }

    private static Address address(Map<String, Object> m) {
        return new Address(str(m, "firstName"), str(m, "lastName"), str(m, "company"), str(m, "street"),
                str(m, "street2"), str(m, "postalCode"), str(m, "city"), str(m, "country"), str(m, "phone"));
    }

    private static String str(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : v.toString();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
