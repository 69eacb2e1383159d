package com.wizamart.inventory.application;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.inventory.application.port.out.LocationStore;
import com.wizamart.inventory.domain.InventoryException;
import com.wizamart.inventory.domain.Location;
import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.AuditEntry;
import com.wizamart.tenancy.AuditTrail;
import com.wizamart.tenancy.VendorContext;
import com.wizamart.tenancy.VendorScope;

/**
 * The bound vendor's stock locations: the default location every vendor has, and the feed location, whose on-hand
 * stock a marketplace feed's quantity sets (the default location until the vendor chooses another).
 */
@Service
public class LocationAdministration {

    private final LocationStore locations;
    private final VendorScope vendorScope;
    private final AuditTrail audit;

    LocationAdministration(LocationStore locations, VendorScope vendorScope, AuditTrail audit) {
        this.locations = locations;
        this.vendorScope = vendorScope;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Page<Location> list(Pageable pageable) {
        return locations.list(pageable);
    }

    @Transactional(readOnly = true)
    public Location get(UUID id) {
        return locations.find(id).orElseThrow(InventoryException::locationNotFound);
    }

    /**
     * @throws InventoryException {@code LOCATION_ALREADY_EXISTS} when the code is taken (case-insensitively).
     */
    @Transactional
    public Location create(String code, String name, Integer priority) {
        Location location = Location.create(VendorContext.require(), code, name, priority, Instant.now());
        if (!locations.insert(location)) {
            throw InventoryException.locationAlreadyExists(location.code());
        }
        return location;
    }

    /** The bound vendor's feed location: the one it chose, else its default location (created if missing). */
    @Transactional
    public Location feedLocation() {
        return locations.findFeed().orElseGet(this::defaultLocation);
    }

    /**
     * Chooses the location whose on-hand stock marketplace feeds set from now on. Stock already at the previous
     * feed location stays where it is.
     *
     * @param reference a location's id or code.
     * @throws InventoryException {@code LOCATION_NOT_FOUND} (also for another vendor's location).
     */
    @Transactional
    public Location chooseFeedLocation(String reference, Actor actor) {
        if (reference == null || reference.isBlank()) {
            throw ValidationException.of("feedLocation", "must name a location");
        }
        Location previous = feedLocation();
        Location chosen = resolve(reference);
        if (!chosen.id().equals(previous.id())) {
            locations.saveFeed(chosen.id(), Instant.now());
            audit.record(new AuditEntry(actor, "INVENTORY_SETTINGS_CHANGED", VendorContext.require(),
                    "inventory_settings", null, "Inventory settings", Map.of("feedLocation", previous.code()),
                    Map.of("feedLocation", chosen.code())));
        }
        return chosen;
    }

    /**
     * Gives a vendor its default location unless it has one. Runs in the caller's transaction (for a new vendor:
     * the vendor-creating one), bound to that vendor.
     */
    @Transactional
    public void provisionDefault(UUID vendorId) {
        vendorScope.runAs(vendorId, () -> locations.insertDefaultIfMissing(Location.defaultFor(vendorId, Instant.now())));
    }

    /**
     * The location a client names by id or code; {@literal null} or blank names the default location, which is
     * created here if the vendor has none yet. Call within a read-write transaction.
     *
     * @throws InventoryException {@code LOCATION_NOT_FOUND}.
     */
    Location resolve(String reference) {
        if (reference == null || reference.isBlank()) {
            return defaultLocation();
        }
        String text = reference.strip();
        Optional<Location> found = asUuid(text).flatMap(locations::find).or(() -> locations.findByCode(text));
        return found.orElseThrow(InventoryException::locationNotFound);
    }

    /** The bound vendor's default location, created lazily if missing. */
    Location defaultLocation() {
        return locations.findDefault().orElseGet(() -> {
            locations.insertDefaultIfMissing(Location.defaultFor(VendorContext.require(), Instant.now()));
            return locations.findDefault().orElseThrow();
        });
    }

    private static Optional<UUID> asUuid(String text) {
        if (text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
