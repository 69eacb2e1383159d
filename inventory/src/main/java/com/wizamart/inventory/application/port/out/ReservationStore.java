package com.wizamart.inventory.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.wizamart.inventory.domain.Reservation;

/** The bound vendor's reservations, keyed by order reference. */
public interface ReservationStore {

    Optional<Reservation> find(String orderReference);

    /** Reads the reservation and locks it until the transaction ends (serialises release and commit). */
    Optional<Reservation> lock(String orderReference);

    /**
     * Inserts the reservation with its lines unless one with the same reference exists (then nothing is written).
     *
     * @return whether it was inserted.
     */
    boolean insert(Reservation reservation);

    void changeStatus(String orderReference, Reservation.Status status, Instant at);

    /** Writes the released and returned units of one line of a (locked) reservation. */
    void updateLine(String orderReference, Reservation.Line line);

    /**
     * Remembers that the partial change {@code changeReference} (a refund, a return) was applied to the reservation,
     * unless it was before.
     *
     * @return whether it is new (false: it was applied before and must not be applied again).
     */
    boolean recordChange(String orderReference, String changeReference, Instant at);

    /** Adds units to the lines of an existing reservation (a line of the same product and location grows). */
    void addLines(String orderReference, List<Reservation.Line> lines);

    /** @return the open reservations holding units of the product, oldest first. */
    List<OpenReservation> openFor(UUID productId);

    /** Units of one product held by one open reservation (over all locations). */
    record OpenReservation(String orderReference, int quantity, Instant reservedAt) {
    }
}
