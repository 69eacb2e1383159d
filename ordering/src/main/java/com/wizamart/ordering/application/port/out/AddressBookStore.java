package com.wizamart.ordering.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.wizamart.ordering.domain.SavedAddress;

/** Customers' address books of the bound vendor. Every method is confined to one customer's book. */
public interface AddressBookStore {

    /**
     * Locks the customer's book until the transaction ends, so concurrent changes of one book (the size cap, the
     * defaults) queue.
     */
    void lock(UUID customerId);

    /** @return the customer's addresses, oldest first. */
    List<SavedAddress> list(UUID customerId);

    /** @return the address, when it is in this customer's book (another customer's id is empty). */
    Optional<SavedAddress> find(UUID customerId, UUID addressId);

    int count(UUID customerId);

    void insert(SavedAddress address);

    void update(SavedAddress address);

    /** @return whether the address was in this customer's book. */
    boolean delete(UUID customerId, UUID addressId);

    /**
     * The default shipping and billing addresses stop being defaults (each only when {@code shipping} / {@code
     * billing}), except {@code keep}.
     */
    void clearDefaults(UUID customerId, boolean shipping, boolean billing, UUID keep);
}
