package com.wizamart.ordering.adapter.in.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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

import com.wizamart.ordering.application.ShippingMethods;
import com.wizamart.ordering.domain.ShippingMethodDetails;
import com.wizamart.tenancy.Actor;

/**
 * The vendor's shipping methods. Anyone who sees orders sees them; changing them is a shop setting
 * ({@code settings.edit}).
 */
@RestController
@RequestMapping("/api/v1/vendor/shipping-methods")
class VendorShippingController {

    private final ShippingMethods methods;

    VendorShippingController(ShippingMethods methods) {
        this.methods = methods;
    }

    /**
     * @param kind      {@code FLAT}, {@code FREE_ABOVE} or {@code PICKUP}.
     * @param price     gross price (VAT included); for {@code FREE_ABOVE} the price below the threshold.
     * @param currency  the shop's currency (the default).
     * @param threshold {@code FREE_ABOVE} only: free from this gross goods total on.
     * @param countries delivery zone, ISO 3166-1 alpha-2 codes (empty or absent: everywhere); not for pick-up.
     * @param pickupLocation {@code PICKUP} only (required there): where the customer collects the order.
     * @param active    absent: active.
     */
    record ShippingMethodRequest(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 16) String kind,
                                 @NotNull BigDecimal price, @Size(max = 3) String currency, BigDecimal threshold,
                                 @Size(max = 250) List<String> countries, @Size(max = 500) String pickupLocation,
                                 Boolean active) {

        ShippingMethodDetails toDetails() {
            return new ShippingMethodDetails(name, kind, price, currency, threshold, countries, pickupLocation,
                    active);
        }
    }

    @GetMapping
    @PreAuthorize("hasAuthority('PERM_orders.view')")
    List<ShippingMethodResponse> list() {
        return methods.list().stream().map(ShippingMethodResponse::of).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('PERM_orders.view')")
    ShippingMethodResponse get(@PathVariable UUID id) {
        return ShippingMethodResponse.of(methods.get(id));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('PERM_settings.edit')")
    ResponseEntity<ShippingMethodResponse> create(@Valid @RequestBody ShippingMethodRequest request, Actor actor) {
        ShippingMethodResponse created = ShippingMethodResponse.of(methods.create(request.toDetails(), actor));
        return ResponseEntity.created(URI.create("/api/v1/vendor/shipping-methods/" + created.id())).body(created);
    }

    /** Replaces the method's description (absent optional fields take their defaults). */
    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('PERM_settings.edit')")
    ShippingMethodResponse update(@PathVariable UUID id, @Valid @RequestBody ShippingMethodRequest request,
                                  Actor actor) {
        return ShippingMethodResponse.of(methods.update(id, request.toDetails(), actor));
    }

    /** Orders that used the method keep their shipping line. */
    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('PERM_settings.edit')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id, Actor actor) {
        methods.delete(id, actor);
    }
}
