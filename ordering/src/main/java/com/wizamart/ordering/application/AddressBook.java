package com.wizamart.ordering.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.ordering.config.OrderingProperties;
import com.wizamart.ordering.application.port.out.AddressBookStore;
import com.wizamart.ordering.domain.Address;
import com.wizamart.ordering.domain.OrderingException;
import com.wizamart.ordering.domain.PlaceOrderCommand;
import com.wizamart.ordering.domain.SaveAddressCommand;
import com.wizamart.ordering.domain.SavedAddress;
import com.wizamart.sharedkernel.ValidationException;

/**
 * A customer's address book at the bound vendor's shop: up to {@code wizamart.ordering.max-addresses} addresses,
 * checked as checkout addresses are, at most one default shipping and one default billing address (a customer's first
 * address becomes both). Checkout reads it for addresses named by id and for the defaults, and copies what it uses
 * into the order. Another customer's address, or another shop's, is "not found".
 */
@Service
public class AddressBook {

    private final AddressBookStore book;
    private final OrderingProperties properties;
    private final Clock clock;

    AddressBook(AddressBookStore book, OrderingProperties properties, Optional<Clock> clock) {
        this.book = book;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The addresses checkout uses: each one named (inline or by id), else the default, else for billing shipping's. */
    record CheckoutAddresses(Address shipping, Address billing) {
    }

    @Transactional(readOnly = true)
    public List<SavedAddress> list(UUID customerId) {
        return book.list(customerId);
    }

    /** @throws com.wizamart.sharedkernel.DomainException {@code ADDRESS_NOT_FOUND}. */
    @Transactional(readOnly = true)
    public SavedAddress get(UUID customerId, UUID addressId) {
        return book.find(customerId, addressId).orElseThrow(OrderingException::addressNotFound);
    }

    /**
     * Adds an address; the customer's first becomes their default shipping and billing address unless the command
     * says otherwise.
     *
     * @throws com.wizamart.sharedkernel.DomainException {@code ADDRESS_BOOK_FULL} (422) when the book holds the most
     *         it may.
     */
    @Transactional
    public SavedAddress add(UUID customerId, SaveAddressCommand command) {
        book.lock(customerId);
        int count = book.count(customerId);
        if (count >= properties.maxAddresses()) {
            throw OrderingException.addressBookFull(properties.maxAddresses());
        }
        boolean first = count == 0;
        boolean shipping = command.defaultShipping() != null ? command.defaultShipping() : first;
        boolean billing = command.defaultBilling() != null ? command.defaultBilling() : first;
        Instant now = clock.instant();
        SavedAddress added = new SavedAddress(UUID.randomUUID(), customerId, command.label(), command.address(),
                shipping, billing, now, now);
        book.clearDefaults(customerId, shipping, billing, added.id());
        book.insert(added);
        return added;
    }

    /**
     * Replaces an address (and label); the defaults change only where the command says.
     *
     * @throws com.wizamart.sharedkernel.DomainException {@code ADDRESS_NOT_FOUND}.
     */
    @Transactional
    public SavedAddress edit(UUID customerId, UUID addressId, SaveAddressCommand command) {
        book.lock(customerId);
        SavedAddress current = book.find(customerId, addressId).orElseThrow(OrderingException::addressNotFound);
        boolean shipping = command.defaultShipping() != null ? command.defaultShipping() : current.defaultShipping();
        boolean billing = command.defaultBilling() != null ? command.defaultBilling() : current.defaultBilling();
        SavedAddress edited = current.edit(command, shipping, billing, clock.instant());
        book.clearDefaults(customerId, shipping, billing, addressId);
        book.update(edited);
        return edited;
    }

    /**
     * Removes an address; orders placed with it keep their copy. A removed default leaves the customer without that
     * default until they choose another.
     *
     * @throws com.wizamart.sharedkernel.DomainException {@code ADDRESS_NOT_FOUND}.
     */
    @Transactional
    public void delete(UUID customerId, UUID addressId) {
        book.lock(customerId);
        if (!book.delete(customerId, addressId)) {
            throw OrderingException.addressNotFound();
        }
    }

    /**
     * The addresses a checkout ships and bills to, in the checkout's transaction.
     *
     * Either may be {@literal null} (none named and no default): whether that is allowed depends on the shipping
     * method ({@link OrderCharges}); billing falls back to the shipping address.
     *
     * @throws com.wizamart.sharedkernel.DomainException {@code ADDRESS_NOT_FOUND} for an id not in the customer's
     *         book.
     */
    CheckoutAddresses forCheckout(PlaceOrderCommand command) {
        UUID customer = command.customerId();
        boolean defaults = (command.shippingAddress() == null && command.shippingAddressId() == null)
                || (command.billingAddress() == null && command.billingAddressId() == null);
        List<SavedAddress> saved = defaults ? book.list(customer) : List.of();
        Address shipping = command.shippingAddress() != null ? command.shippingAddress()
                : command.shippingAddressId() != null ? get(customer, command.shippingAddressId()).address()
                : saved.stream().filter(SavedAddress::defaultShipping).findFirst().map(SavedAddress::address)
                        .orElse(null);
        Address billing = command.billingAddress() != null ? command.billingAddress()
                : command.billingAddressId() != null ? get(customer, command.billingAddressId()).address()
                : saved.stream().filter(SavedAddress::defaultBilling).findFirst().map(SavedAddress::address)
                        .orElse(shipping);
        return new CheckoutAddresses(shipping, billing);
    }
}
