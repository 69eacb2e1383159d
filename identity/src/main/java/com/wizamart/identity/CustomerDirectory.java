package com.wizamart.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The registered customers of the bound vendor (the vendor of the current request or {@code VendorScope}), for the
 * vendor's own views. Read-only; Row-Level Security keeps every other vendor's customers out of sight.
 */
public interface CustomerDirectory {

    /**
     * A page of the vendor's customers.
     *
     * @param search   part of the name ("first last") or email, case-insensitive; {@literal null} or blank for all.
     * @param pageable sorted by {@code registeredAt}, {@code name} or {@code email}; unsorted means newest first.
     * @throws com.wizamart.sharedkernel.DomainException {@code INVALID_SORT} for any other sort property.
     */
    Page<RegisteredCustomer> customers(@Nullable String search, Pageable pageable);

    /** @return the vendor's customer, empty when there is none with this id (another vendor's included). */
    Optional<RegisteredCustomer> find(UUID id);

    /**
     * A customer as the vendor sees them (never their credentials).
     *
     * @param active            whether the customer may log in.
     * @param registeredAt      when they registered at this vendor's shop.
     * @param preferredLanguage the language (ISO 639-1) they chose for the shop's texts, {@literal null} for none.
     */
    record RegisteredCustomer(UUID id, String email, String firstName, String lastName, boolean active,
                              Instant registeredAt, @Nullable String preferredLanguage) {

        /** @return "first last", without a trailing blank when there is no last name. */
        public String displayName() {
            return (firstName + " " + lastName).strip();
        }
    }
}
