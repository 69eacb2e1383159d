package com.wizamart.ordering.adapter.in.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.ordering.application.ShippingMethods;

/** The shipping methods a shopper may choose at checkout, for their cart and destination. */
@RestController
@RequestMapping("/api/v1/public/vendors/{vendorCode}/cart/{sessionId}/shipping-methods")
class PublicShippingController {

    private final ShippingMethods methods;

    PublicShippingController(ShippingMethods methods) {
        this.methods = methods;
    }

    /**
     * A method offered for the cart.
     *
     * @param price     what shipping costs for the cart as it is now (gross, VAT included); 0 when free.
     * @param threshold {@code FREE_ABOVE}: the gross goods total from which it is free.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ShippingOffer(UUID id, String name, String kind, BigDecimal price, String currency, BigDecimal threshold,
                         String pickupLocation) {
    }

    /**
     * @param country the destination, ISO 3166-1 alpha-2 (pick-up methods are offered whatever it is).
     */
    @GetMapping
    List<ShippingOffer> offers(@PathVariable String vendorCode, @PathVariable String sessionId,
                               @RequestParam @Size(max = 2) String country) {
        return methods.offers(sessionId, Shopper.customerOrNull(), country).stream()
                .map(o -> new ShippingOffer(o.method().id(), o.method().name(), o.method().kind().name(), o.price(),
                        o.method().currency(), o.method().threshold(), o.method().pickupLocation()))
                .toList();
    }
}
