package com.wizamart.inventory.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import com.wizamart.inventory.domain.Location;

/** The bound vendor's locations (vendor-owned, Row-Level Security). */
public interface LocationStore {

    /** @return false when the vendor has a location with that code already (case-insensitively). */
    boolean insert(Location location);

    /** Inserts {@code location} (a default one) unless the vendor has a default location already. */
    void insertDefaultIfMissing(Location location);

    Optional<Location> find(UUID id);

    /** @param code compared case-insensitively. */
    Optional<Location> findByCode(String code);

    Optional<Location> findDefault();

    /** @return the location the vendor chose for marketplace feed stock, if it chose one. */
    Optional<Location> findFeed();

    /** Records the vendor's choice of feed location (one of its locations). */
    void saveFeed(UUID locationId, Instant at);

    /** @return all of the vendor's locations (a handful), in no particular order. */
    List<Location> all();

    /** @return a page of locations; unsorted means taking order (default first, priority, name). */
    Page<Location> list(Pageable pageable);
}
