package com.wizamart.ordering.adapter.in.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.ordering.application.Carts;

/**
 * The shop's cart, by session id (chosen by the front end). Anonymous, or with a customer token: then the session's
 * cart becomes (or merges into) the customer's own cart of this shop. Product names are in the language of the
 * request's {@code Accept-Language} (as on product pages), else in a signed-in customer's preferred language.
 */
@RestController
@RequestMapping("/api/v1/public/vendors/{vendorCode}/cart/{sessionId}")
class PublicCartController {

    private final Carts carts;

    PublicCartController(Carts carts) {
        this.carts = carts;
    }

    @GetMapping
    CartResponse get(@PathVariable String vendorCode, @PathVariable String sessionId,
                     @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept) {
        return CartResponse.of(carts.view(sessionId, Shopper.customerOrNull(), accept));
    }

    record AddItemRequest(@NotNull UUID productId, @NotNull @Min(1) @Max(999) Integer quantity) {
    }

    /** Adds units of a product (to those already in the cart). */
    @PostMapping("/items")
    CartResponse add(@PathVariable String vendorCode, @PathVariable String sessionId,
                     @Valid @RequestBody AddItemRequest request,
                     @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept) {
        return CartResponse.of(carts.add(sessionId, Shopper.customerOrNull(), request.productId(), request.quantity(),
                accept));
    }

    record QuantityRequest(@NotNull @Min(1) @Max(999) Integer quantity) {
    }

    @PutMapping("/items/{productId}")
    CartResponse change(@PathVariable String vendorCode, @PathVariable String sessionId, @PathVariable UUID productId,
                        @Valid @RequestBody QuantityRequest request,
                        @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept) {
        return CartResponse.of(carts.change(sessionId, Shopper.customerOrNull(), productId, request.quantity(),
                accept));
    }

    @DeleteMapping("/items/{productId}")
    CartResponse remove(@PathVariable String vendorCode, @PathVariable String sessionId,
                        @PathVariable UUID productId,
                        @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept) {
        return CartResponse.of(carts.remove(sessionId, Shopper.customerOrNull(), productId, accept));
    }

    @DeleteMapping
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void clear(@PathVariable String vendorCode, @PathVariable String sessionId) {
        carts.clear(sessionId, Shopper.customerOrNull());
    }
}
