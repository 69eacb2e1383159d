package com.wizamart.ordering.adapter.in.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.ordering.application.AddressBook;
import com.wizamart.ordering.domain.SaveAddressCommand;
import com.wizamart.ordering.domain.SavedAddress;
import com.wizamart.tenancy.Actor;

/**
 * The signed-in customer's address book at this shop (customer token of this shop). Another customer's address is
 * "not found"; checkout uses an address by id ({@code shippingAddressId}, {@code billingAddressId}) or the defaults.
 */
@RestController
@RequestMapping("/api/v1/public/vendors/{vendorCode}/customers/me/addresses")
@PreAuthorize("hasRole('CUSTOMER')")
class PublicAddressBookController {

    private final AddressBook book;

    PublicAddressBookController(AddressBook book) {
        this.book = book;
    }

    /**
     * An address of the book; checked like a checkout address ({@code country} ISO 3166-1 alpha-2).
     *
     * @param defaultShipping {@literal true}: the default shipping address from now on (the previous one stops being
     *                        it); {@literal false}: not the default; absent: unchanged (a first address becomes it).
     */
    record AddressBookRequest(@Size(max = 50) String label, @Size(max = 100) String firstName,
                              @Size(max = 100) String lastName, @Size(max = 200) String company,
                              @Size(max = 200) String street, @Size(max = 200) String street2,
                              @Size(max = 20) String postalCode, @Size(max = 100) String city,
                              @Size(max = 2) String country, @Size(max = 50) String phone, Boolean defaultShipping,
                              Boolean defaultBilling) {

        SaveAddressCommand toCommand() {
            return SaveAddressCommand.of(label, firstName, lastName, company, street, street2, postalCode, city,
                    country, phone, defaultShipping, defaultBilling);
        }
    }

    record AddressBookResponse(UUID id, String label, String firstName, String lastName, String company,
                               String street, String street2, String postalCode, String city, String country,
                               String phone, boolean defaultShipping, boolean defaultBilling, Instant createdAt,
                               Instant updatedAt) {

        static AddressBookResponse of(SavedAddress s) {
            var a = s.address();
            return new AddressBookResponse(s.id(), s.label(), a.firstName(), a.lastName(), a.company(), a.street(),
                    a.street2(), a.postalCode(), a.city(), a.country(), a.phone(), s.defaultShipping(),
                    s.defaultBilling(), s.createdAt(), s.updatedAt());
        }
    }

    /** Every address of the book, oldest first (a book is small: no pages). */
    @GetMapping
    List<AddressBookResponse> list(@PathVariable String vendorCode, Actor customer) {
        return book.list(customer.id()).stream().map(AddressBookResponse::of).toList();
    }

    @GetMapping("/{id}")
    AddressBookResponse get(@PathVariable String vendorCode, @PathVariable UUID id, Actor customer) {
        return AddressBookResponse.of(book.get(customer.id(), id));
    }

    /** Adds an address; 422 {@code ADDRESS_BOOK_FULL} when the book holds the most it may. */
    @PostMapping
    ResponseEntity<AddressBookResponse> add(@PathVariable String vendorCode,
                                            @Valid @RequestBody AddressBookRequest request, Actor customer) {
        SavedAddress added = book.add(customer.id(), request.toCommand());
        return ResponseEntity.created(URI.create("/api/v1/public/vendors/" + vendorCode + "/customers/me/addresses/"
                + added.id())).body(AddressBookResponse.of(added));
    }

    /** Replaces the address and label; the defaults change only where the request says. */
    @PutMapping("/{id}")
    AddressBookResponse edit(@PathVariable String vendorCode, @PathVariable UUID id,
                             @Valid @RequestBody AddressBookRequest request, Actor customer) {
        return AddressBookResponse.of(book.edit(customer.id(), id, request.toCommand()));
    }

    /** Removes the address; orders placed with it keep their copy. */
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String vendorCode, @PathVariable UUID id, Actor customer) {
        book.delete(customer.id(), id);
    }
}
