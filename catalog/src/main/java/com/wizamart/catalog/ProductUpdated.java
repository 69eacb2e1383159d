package com.wizamart.catalog;

import java.util.Set;
import java.util.UUID;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A product changed. Published in the changing transaction.
 *
 * @param fields the keys of the fields that changed, e.g. {@code price}, {@code name.fr}, {@code active}.
 * @param cause  {@code EDIT} (by the vendor), {@code IMPORT_REFRESH} (from a feed), {@code UNLOCK} (a field
 *               unlocked and set from the feed again).
 */
@DomainEvent
public record ProductUpdated(UUID productId, UUID vendorId, Set<String> fields, String cause) {

    public static final String EDIT = "EDIT";
    public static final String IMPORT_REFRESH = "IMPORT_REFRESH";
    public static final String UNLOCK = "UNLOCK";
}
