package com.wizamart.inventory.adapter.out.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wizamart.inventory.application.port.out.ReservationStore;
import com.wizamart.inventory.domain.Reservation;
import com.wizamart.tenancy.VendorContext;

/** Reservations and their lines, keyed by (vendor, order reference). */
@Repository
class JdbcReservationStore implements ReservationStore {

    private final JdbcClient jdbc;

    JdbcReservationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Reservation> find(String orderReference) {
        return read(orderReference, "");
    }

    @Override
    public Optional<Reservation> lock(String orderReference) {
        return read(orderReference, " for update");
    }

    private Optional<Reservation> read(String reference, String lock) {
        UUID vendor = VendorContext.require();
        record Header(Reservation.Status status, Instant createdAt) {
        }
        Optional<Header> header = jdbc.sql("""
                select status, created_at from inventory_reservations
                where vendor_id = :vendor and order_reference = :reference""" + lock)
                .param("vendor", vendor).param("reference", reference)
                .query((rs, n) -> new Header(Reservation.Status.valueOf(rs.getString("status")),
                        rs.getTimestamp("created_at").toInstant()))
                .optional();
        return header.map(h -> new Reservation(vendor, reference, h.status(), lines(vendor, reference), h.createdAt()));
    }

    private List<Reservation.Line> lines(UUID vendor, String reference) {
        return jdbc.sql("""
                select product_id, location_id, quantity, released, returned from inventory_reservation_lines
                where vendor_id = :vendor and order_reference = :reference order by product_id, location_id""")
                .param("vendor", vendor).param("reference", reference)
                .query((rs, n) -> new Reservation.Line(rs.getObject("product_id", UUID.class),
                        rs.getObject("location_id", UUID.class), rs.getInt("quantity"), rs.getInt("released"),
                        rs.getInt("returned")))
                .list();
    }

    @Override
    public boolean insert(Reservation r) {
        int inserted = jdbc.sql("""
                insert into inventory_reservations (vendor_id, order_reference, status, created_at, updated_at)
                values (:vendor, :reference, :status, :at, :at) on conflict do nothing""")
                .param("vendor", r.vendorId()).param("reference", r.orderReference()).param("status", r.status().name())
                .param("at", Timestamp.from(r.createdAt())).update();
        if (inserted == 0) {
            return false;
        }
        for (Reservation.Line line : r.lines()) {
            jdbc.sql("""
                    insert into inventory_reservation_lines (vendor_id, order_reference, product_id, location_id, quantity)
                    values (:vendor, :reference, :product, :location, :quantity)""")
                    .param("vendor", r.vendorId()).param("reference", r.orderReference())
                    .param("product", line.productId()).param("location", line.locationId())
                    .param("quantity", line.quantity()).update();
        }
        return true;
    }

    @Override
    public void addLines(String orderReference, List<Reservation.Line> lines) {
        UUID vendor = VendorContext.require();
        for (Reservation.Line line : lines) {
            jdbc.sql("""
                    insert into inventory_reservation_lines (vendor_id, order_reference, product_id, location_id, quantity)
                    values (:vendor, :reference, :product, :location, :quantity)
                    on conflict (vendor_id, order_reference, product_id, location_id)
                      do update set quantity = inventory_reservation_lines.quantity + excluded.quantity""")
                    .param("vendor", vendor).param("reference", orderReference).param("product", line.productId())
                    .param("location", line.locationId()).param("quantity", line.quantity()).update();
        }
    }

    @Override
    public void changeStatus(String orderReference, Reservation.Status status, Instant at) {
        jdbc.sql("""
                update inventory_reservations set status = :status, updated_at = :at
                where vendor_id = :vendor and order_reference = :reference""")
                .param("status", status.name()).param("at", Timestamp.from(at)).param("vendor", VendorContext.require())
                .param("reference", orderReference).update();
    }

    @Override
    public void updateLine(String orderReference, Reservation.Line line) {
        jdbc.sql("""
                update inventory_reservation_lines set released = :released, returned = :returned
                where vendor_id = :vendor and order_reference = :reference and product_id = :product
                  and location_id = :location""")
                .param("released", line.released()).param("returned", line.returned())
                .param("vendor", VendorContext.require()).param("reference", orderReference)
                .param("product", line.productId()).param("location", line.locationId()).update();
    }

    @Override
    public boolean recordChange(String orderReference, String changeReference, Instant at) {
        return jdbc.sql("""
                insert into inventory_reservation_changes (vendor_id, order_reference, change_reference, applied_at)
                values (:vendor, :reference, :change, :at) on conflict do nothing""")
                .param("vendor", VendorContext.require()).param("reference", orderReference)
                .param("change", changeReference).param("at", Timestamp.from(at)).update() == 1;
    }

    @Override
    public List<OpenReservation> openFor(UUID productId) {
        return jdbc.sql("""
                select r.order_reference, sum(l.quantity - l.released) as quantity, r.created_at
                from inventory_reservations r
                  join inventory_reservation_lines l on l.vendor_id = r.vendor_id and l.order_reference = r.order_reference
                where r.vendor_id = :vendor and r.status = 'RESERVED' and l.product_id = :product
                group by r.order_reference, r.created_at having sum(l.quantity - l.released) > 0
                order by r.created_at, r.order_reference""")
                .param("vendor", VendorContext.require()).param("product", productId)
                .query((rs, n) -> new OpenReservation(rs.getString("order_reference"), rs.getInt("quantity"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }
}
