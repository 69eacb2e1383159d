package com.wizamart.inventory.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.inventory.application.port.out.LocationStore;
import com.wizamart.inventory.application.port.out.MovementStore;
import com.wizamart.inventory.application.port.out.ReservationStore;
import com.wizamart.inventory.application.port.out.StockStore;
import com.wizamart.inventory.domain.Allocation;
import com.wizamart.inventory.domain.Location;
import com.wizamart.inventory.domain.Movement;
import com.wizamart.inventory.domain.MovementType;
import com.wizamart.inventory.domain.Reservation;
import com.wizamart.inventory.domain.StockItem;
import com.wizamart.ordering.spi.StockReservation;
import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.VendorScope;

/**
 * Inventory's side of checkout: ordering's {@link StockReservation} port. Runs in the caller's transaction (or its
 * own when there is none), bound to the given vendor.
 *
 * <p>Never below zero: {@code reserve} locks every stock row of the requested products ({@code FOR UPDATE}, in
 * (product, location) order, so concurrent reservations queue instead of deadlocking), decides on those locked
 * figures, and only then writes; the database's CHECK constraints back this up. Stock is taken from a product's
 * locations in {@link Location#TAKING_ORDER}: the default location first, then by priority (lower first), then by
 * name.
 *
 * <p>Idempotency per (vendor, order reference): a reference that was reserved answers "reserved" again without
 * touching stock, whatever its state now; release and commit act only on an open reservation, so a second call (or
 * one for an unknown reference) does nothing. A short outcome writes nothing at all, not even the reference: the
 * same reference may be tried again once stock has arrived.
 */
@Service
public class Reserving implements StockReservation {

    private static final Logger log = LoggerFactory.getLogger(Reserving.class);

    private final StockStore stock;
    private final MovementStore movements;
    private final ReservationStore reservations;
    private final LocationStore locations;
    private final VendorScope vendorScope;
    private final StockLevelAnnouncer announcer;

    Reserving(StockStore stock, MovementStore movements, ReservationStore reservations, LocationStore locations,
              VendorScope vendorScope, StockLevelAnnouncer announcer) {
        this.stock = stock;
        this.movements = movements;
        this.reservations = reservations;
        this.locations = locations;
        this.vendorScope = vendorScope;
        this.announcer = announcer;
    }

    @Override
    @Transactional
    public ReservationResult reserve(UUID vendorId, String orderReference, List<ReservationLine> lines) {
        String reference = Reservation.reference(orderReference);
        Map<UUID, Integer> wanted = wanted(lines);
        Set<UUID> backorderable = new LinkedHashSet<>();
        lines.stream().filter(ReservationLine::backorder).forEach(l -> backorderable.add(l.productId()));
        return vendorScope.callAs(vendorId, () -> {
            Optional<Reservation> existing = reservations.find(reference);
            if (existing.isPresent()) {
                return replayed(existing.get(), wanted, backorderable);
            }
            // read before locking: every statement after the lock lengthens the time a hot product's row is held
            Map<UUID, Location> byLocation = locations.all().stream()
                    .collect(Collectors.toMap(Location::id, Function.identity()));
            Map<UUID, List<StockItem>> byProduct = inTakingOrder(stock.lockProducts(wanted.keySet()), byLocation);
            List<Allocation.Take> takes = new ArrayList<>();
            List<ShortLine> shortLines = new ArrayList<>();
            Map<UUID, Integer> backordered = new LinkedHashMap<>();
            wanted.forEach((productId, quantity) -> {
                List<StockItem> rows = byProduct.getOrDefault(productId, List.of());
                if (backorderable.contains(productId)) {
                    List<Allocation.Take> some = Allocation.takeUpTo(rows, quantity);
                    takes.addAll(some);
                    int missing = quantity - Allocation.taken(some);
                    if (missing > 0) {
                        backordered.put(productId, missing);
                    }
                } else {
                    Allocation.take(rows, quantity).ifPresentOrElse(takes::addAll,
                            () -> shortLines.add(new ShortLine(productId, quantity, Allocation.available(rows))));
                }
            });
            if (!shortLines.isEmpty()) {
                return new ReservationResult(false, List.copyOf(shortLines));
            }
            Instant now = Instant.now();
            if (!reservations.insert(new Reservation(vendorId, reference, Reservation.Status.RESERVED, held(takes),
                    now))) {
                return replayed(reservations.find(reference).orElseThrow(), wanted, backorderable);
            }
            hold(takes, reference, now, Actor.system());
            announcer.announce(wanted.keySet(), totalsAfter(byProduct, reservedBy(takes)));
            return new ReservationResult(true, List.of(), backordered);
        });
    }

    /**
     * Adds the lines to the open reservation, all or nothing, from what is available now (the backordered units of an
     * order, once received).
     */
    @Override
    @Transactional
    public ReservationResult fill(UUID vendorId, String orderReference, List<ReservationLine> lines, Actor actor) {
        String reference = Reservation.reference(orderReference);
        Map<UUID, Integer> wanted = wanted(lines);
        return vendorScope.callAs(vendorId, () -> {
            // open, or released because refunds before shipping gave back every unit it held (the order still waits
            // for its backordered ones): either takes the units
            Optional<Reservation> found = reservations.lock(reference)
                    .filter(r -> r.isOpen() || r.status() == Reservation.Status.RELEASED);
            if (found.isEmpty()) {
                log.debug("Nothing to fill for order reference {} (vendor {})", reference, vendorId);
                return reserved();
            }
            Map<UUID, Location> byLocation = locations.all().stream()
                    .collect(Collectors.toMap(Location::id, Function.identity()));
            Map<UUID, List<StockItem>> byProduct = inTakingOrder(stock.lockProducts(wanted.keySet()), byLocation);
            List<Allocation.Take> takes = new ArrayList<>();
            List<ShortLine> shortLines = new ArrayList<>();
            wanted.forEach((productId, quantity) -> {
                List<StockItem> rows = byProduct.getOrDefault(productId, List.of());
                Allocation.take(rows, quantity).ifPresentOrElse(takes::addAll,
                        () -> shortLines.add(new ShortLine(productId, quantity, Allocation.available(rows))));
            });
            if (!shortLines.isEmpty()) {
                return new ReservationResult(false, List.copyOf(shortLines));
            }
            Instant now = Instant.now();
            if (!found.get().isOpen()) {
                reservations.changeStatus(reference, Reservation.Status.RESERVED, now);
            }
            reservations.addLines(reference, held(takes));
            hold(takes, reference, now, actor);
            announcer.announce(wanted.keySet(), totalsAfter(byProduct, reservedBy(takes)));
            return reserved();
        });
    }

    /** Requested units per product (lines of one product added up). */
    private static Map<UUID, Integer> wanted(List<ReservationLine> lines) {
        if (lines == null || lines.isEmpty()) {
            throw ValidationException.of("lines", "must not be empty");
        }
        Map<UUID, Integer> wanted = new LinkedHashMap<>();
        for (ReservationLine line : lines) {
            if (line == null || line.productId() == null) {
                throw ValidationException.of("lines", "every line needs a productId");
            }
            wanted.merge(line.productId(), line.quantity(), Math::addExact);
        }
        return wanted;
    }

    private static List<Reservation.Line> held(List<Allocation.Take> takes) {
        return takes.stream()
                .map(t -> new Reservation.Line(t.stock().productId(), t.stock().locationId(), t.quantity()))
                .toList();
    }

    /** Writes the takes to their (locked) stock rows, with a {@code RESERVATION} movement each. */
    private void hold(List<Allocation.Take> takes, String reference, Instant now, Actor actor) {
        List<Movement> moved = new ArrayList<>();
        for (Allocation.Take take : takes) {
            StockItem after = take.stock().reserve(take.quantity());
            stock.update(after);
            moved.add(movement(take.stock(), after, MovementType.RESERVATION, reference, now, actor));
        }
        movements.insert(moved);
    }

    private static Map<UUID, Integer> reservedBy(List<Allocation.Take> takes) {
        Map<UUID, Integer> reserved = new LinkedHashMap<>();
        takes.forEach(t -> reserved.merge(t.stock().productId(), t.quantity(), Integer::sum));
        return reserved;
    }

    /**
     * The first outcome of a reference reserved before: reserved, with the units of backorder lines it does not
     * hold (requested again now, the same as the first time for the same lines).
     */
    private static ReservationResult replayed(Reservation existing, Map<UUID, Integer> wanted,
                                              Set<UUID> backorderable) {
        Map<UUID, Integer> backordered = new LinkedHashMap<>();
        for (UUID productId : backorderable) {
            int held = existing.lines().stream().filter(l -> l.productId().equals(productId))
                    .mapToInt(Reservation.Line::quantity).sum();
            int missing = wanted.getOrDefault(productId, 0) - held;
            if (missing > 0) {
                backordered.put(productId, missing);
            }
        }
        return new ReservationResult(true, List.of(), backordered);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, Integer> available(UUID vendorId, Collection<UUID> productIds) {
        Map<UUID, Integer> result = new LinkedHashMap<>();
        if (productIds.isEmpty()) {
            return result;
        }
        vendorScope.runAs(vendorId, () -> {
            Map<UUID, com.wizamart.inventory.StockLevel> totals = stock.totals(productIds);
            for (UUID id : productIds) {
                com.wizamart.inventory.StockLevel level = totals.get(id);
                result.put(id, level == null ? 0 : Math.max(0, level.available()));
            }
        });
        return result;
    }

    /**
     * Puts the units a committed (sold) reservation took back into the locations they came from: {@code RETURN}
     * movements, and the reservation becomes {@code RETURNED}. Idempotent: only a {@code COMMITTED} reservation is
     * returned, once; an open one is committed first (the shipping event may arrive after the refund's), an unknown
     * or released one is left alone. Units returned before by a partial restock are not returned again.
     */
    @Override
    @Transactional
    public void restock(UUID vendorId, String orderReference, Actor actor) {
        String reference = Reservation.reference(orderReference);
        commit(vendorId, reference, actor);
        vendorScope.runAs(vendorId, () -> {
            Optional<Reservation> found = reservations.lock(reference);
            if (found.isEmpty() || found.get().status() != Reservation.Status.COMMITTED) {
                log.debug("Nothing to restock for order reference {} (vendor {})", reference, vendorId);
                return;
            }
            moveLines(found.get(), reference, MovementType.RETURN, Reservation.Status.RETURNED,
                    Reservation.Line::returnable, StockItem::receive, Reservation.Line::returning, actor);
        });
    }

    /**
     * Puts some sold units back: an open reservation is committed first (as {@link #restock(UUID, String)} does),
     * then {@link #giveBack} returns the units of each product to the locations the sale took them from.
     */
    @Override
    @Transactional
    public void restock(UUID vendorId, String orderReference, String restockReference, List<ReservationLine> lines,
                        Actor actor) {
        String reference = Reservation.reference(orderReference);
        commit(vendorId, reference, actor);
        giveBack(vendorId, reference, Reservation.reference(restockReference), lines, actor);
    }

    /**
     * Gives back part of a reservation whose order lines were refunded before shipping: an open reservation releases
     * the units; a committed one (the shipping event was handled first) returns them, since they never left.
     */
    @Override
    @Transactional
    public void release(UUID vendorId, String orderReference, String releaseReference, List<ReservationLine> lines,
                        Actor actor) {
        giveBack(vendorId, Reservation.reference(orderReference), Reservation.reference(releaseReference), lines,
                actor);
    }

    /**
     * Gives back {@code lines} of the locked reservation, once per {@code changeReference}: an open reservation
     * releases units ({@code RELEASE}), a committed one returns them ({@code RETURN}); any other state, or a change
     * applied before, changes nothing. A product's units go back to the locations the reservation took them from in
     * taking order (the default location first), each at most what it gave and has not had back; asking for more
     * than is left gives back what is left. The reservation ends {@code RELEASED} or {@code RETURNED} when nothing is
     * held or sold any more.
     */
    private void giveBack(UUID vendorId, String reference, String changeReference, List<ReservationLine> lines,
                          Actor actor) {
        vendorScope.runAs(vendorId, () -> {
            Optional<Reservation> found = reservations.lock(reference);
            Reservation.Status status = found.map(Reservation::status).orElse(null);
            if (status != Reservation.Status.RESERVED && status != Reservation.Status.COMMITTED) {
                log.debug("Nothing to give back for order reference {} (vendor {}): {}", reference, vendorId,
                        status == null ? "unknown reference" : status);
                return;
            }
            Instant now = Instant.now();
            if (!reservations.recordChange(reference, changeReference, now)) {
                log.debug("Change {} of order reference {} was applied before", changeReference, reference);
                return;
            }
            boolean open = status == Reservation.Status.RESERVED;
            Map<UUID, Integer> wanted = new LinkedHashMap<>();
            for (ReservationLine line : lines) {
                wanted.merge(line.productId(), line.quantity(), Math::addExact);
            }
            Map<UUID, Location> byLocation = locations.all().stream()
                    .collect(Collectors.toMap(Location::id, Function.identity()));
            Comparator<Reservation.Line> takingOrder = Comparator.comparing(l -> byLocation.get(l.locationId()),
                    Comparator.nullsLast(Location.TAKING_ORDER));
            Map<String, StockItem> rows = lockRows(found.get());
            List<Movement> moved = new ArrayList<>();
            List<Reservation.Line> after = new ArrayList<>();
            for (Reservation.Line line : found.get().lines().stream().sorted(takingOrder).toList()) {
                int left = wanted.getOrDefault(line.productId(), 0);
                int units = Math.min(left, open ? line.held() : line.returnable());
                StockItem before = rows.get(key(line.productId(), line.locationId()));
                if (units > 0 && before != null) {
                    wanted.put(line.productId(), left - units);
                    StockItem changed = open ? before.release(units) : before.receive(units);
                    stock.update(changed);
                    rows.put(key(line.productId(), line.locationId()), changed);
                    moved.add(movement(before, changed, open ? MovementType.RELEASE : MovementType.RETURN, reference,
                            now, actor));
                    line = open ? line.releasing(units) : line.returning(units);
                    reservations.updateLine(reference, line);
                }
                after.add(line);
            }
            wanted.forEach((productId, missing) -> {
                if (missing > 0) {
                    log.warn("Order reference {} (vendor {}): {} unit(s) of product {} asked back by {} are not held"
                            + " by the reservation; nothing to give back for them", reference, vendorId, missing,
                            productId, changeReference);
                }
            });
            movements.insert(moved);
            if (open && after.stream().allMatch(l -> l.held() == 0)) {
                reservations.changeStatus(reference, Reservation.Status.RELEASED, now);
            } else if (!open && after.stream().allMatch(l -> l.returnable() == 0)) {
                reservations.changeStatus(reference, Reservation.Status.RETURNED, now);
            }
            if (!moved.isEmpty()) {
                announcer.announce(moved.stream().map(Movement::productId)
                        .collect(Collectors.toCollection(LinkedHashSet::new)));
            }
        });
    }

    @Override
    @Transactional
    public void release(UUID vendorId, String orderReference, Actor actor) {
        settle(vendorId, Reservation.reference(orderReference), MovementType.RELEASE, Reservation.Status.RELEASED,
                actor);
    }

    @Override
    @Transactional
    public void commit(UUID vendorId, String orderReference, Actor actor) {
        settle(vendorId, Reservation.reference(orderReference), MovementType.SALE, Reservation.Status.COMMITTED,
                actor);
    }

    /**
     * Ends an open reservation: its units still held (not released by a partial release) go back to available
     * (release) or leave the stock (commit).
     */
    private void settle(UUID vendorId, String reference, MovementType type, Reservation.Status outcome,
                        Actor actor) {
        vendorScope.runAs(vendorId, () -> {
            Optional<Reservation> found = reservations.lock(reference);
            if (found.isEmpty() || !found.get().isOpen()) {
                log.debug("Nothing to {} for order reference {} (vendor {}): {}", type, reference, vendorId,
                        found.map(r -> r.status().name()).orElse("unknown reference"));
                return;
            }
            if (type == MovementType.SALE) {
                moveLines(found.get(), reference, type, outcome, Reservation.Line::held, StockItem::sell,
                        (line, units) -> line, actor);
            } else {
                moveLines(found.get(), reference, type, outcome, Reservation.Line::held, StockItem::release,
                        Reservation.Line::releasing, actor);
            }
        });
    }

    /**
     * Applies {@code change} to the locked stock row of each line of the (locked) reservation, for the line's
     * {@code units}, records a movement per row that changed and the line's new counts, gives the reservation its new
     * status, and announces the new levels when availability moved. A stock row that is gone (its product deleted)
     * is skipped. Movements record {@code actor}.
     */
    private void moveLines(Reservation reservation, String reference, MovementType type, Reservation.Status outcome,
                           ToIntFunction<Reservation.Line> units, BiFunction<StockItem, Integer, StockItem> change,
                           BiFunction<Reservation.Line, Integer, Reservation.Line> counted, Actor actor) {
        Map<String, StockItem> rows = lockRows(reservation);
        Instant now = Instant.now();
        List<Movement> moved = new ArrayList<>();
        for (Reservation.Line line : reservation.lines()) {
            int n = units.applyAsInt(line);
            StockItem before = rows.get(key(line.productId(), line.locationId()));
            if (n <= 0 || before == null) {
                continue;
            }
            StockItem after = change.apply(before, n);
            if (!after.equals(before)) {
                stock.update(after);
                moved.add(movement(before, after, type, reference, now, actor));
            }
            Reservation.Line updated = counted.apply(line, n);
            if (!updated.equals(line)) {
                reservations.updateLine(reference, updated);
            }
        }
        movements.insert(moved);
        reservations.changeStatus(reference, outcome, now);
        if (type.changesAvailability()) {
            announcer.announce(reservation.lines().stream().map(Reservation.Line::productId)
                    .collect(Collectors.toCollection(LinkedHashSet::new)));
        }
    }

    /** Locks the stock rows of the reservation's products, by product and location. */
    private Map<String, StockItem> lockRows(Reservation reservation) {
        Set<UUID> productIds = reservation.lines().stream().map(Reservation.Line::productId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return stock.lockProducts(productIds).stream()
                .collect(Collectors.toMap(s -> key(s.productId(), s.locationId()), Function.identity(),
                        (a, b) -> a, LinkedHashMap::new));
    }

    /** Groups a product's rows and sorts them in the order stock is taken from their locations. */
    private static Map<UUID, List<StockItem>> inTakingOrder(List<StockItem> rows, Map<UUID, Location> byId) {
        Comparator<StockItem> order = Comparator.comparing(s -> byId.get(s.locationId()), Location.TAKING_ORDER);
        return rows.stream().sorted(order)
                .collect(Collectors.groupingBy(StockItem::productId, LinkedHashMap::new, Collectors.toList()));
    }

    /** The products' totals once {@code reserved} is held, from their locked rows (all locations). */
    private static Map<UUID, com.wizamart.inventory.StockLevel> totalsAfter(Map<UUID, List<StockItem>> byProduct,
                                                                          Map<UUID, Integer> held) {
        Map<UUID, com.wizamart.inventory.StockLevel> totals = new LinkedHashMap<>();
        byProduct.keySet().forEach(productId -> {
            int quantity = held.getOrDefault(productId, 0);
            long onHand = 0;
            long reserved = quantity;
            for (StockItem s : byProduct.getOrDefault(productId, List.of())) {
                onHand += s.onHand();
                reserved += s.reserved();
            }
            totals.put(productId, new com.wizamart.inventory.StockLevel(productId, (int) onHand, (int) reserved,
                    (int) Math.max(0, onHand - reserved)));
        });
        return totals;
    }

    private static Movement movement(StockItem before, StockItem after, MovementType type, String reference,
                                     Instant at, Actor actor) {
        Actor by = actor == null ? Actor.system() : actor;
        return Movement.between(before, after, type, null, reference, by.id(), by.email(), at);
    }

    private static String key(UUID productId, UUID locationId) {
        return productId + "/" + locationId;
    }

    private static ReservationResult reserved() {
        return new ReservationResult(true, List.of());
    }
}
