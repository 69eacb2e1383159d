package com.wizamart.tenancy.adapter.in.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.tenancy.VendorSources;
import com.wizamart.tenancy.Vendors;

/**
 * Which vendor the request's host belongs to (its subdomain or verified custom domain), for a web app served there:
 * the vendor portal takes the vendor code from the host instead of asking for it. Public: a vendor's own domain names
 * it anyway. 204 on the platform's own hosts (no vendor: nothing wrong); a subdomain no vendor has is refused before
 * (404 {@code VENDOR_NOT_FOUND}, as every call on that host).
 */
@RestController
class HostVendorController {

    private final Vendors vendors;

    HostVendorController(Vendors vendors) {
        this.vendors = vendors;
    }

    /** The vendor of the host: its code and name. */
    record HostVendor(String code, String name) {
    }

    /** The host alone decides: a token sent along (the request filter refuses one of another vendor) names nothing. */
    @GetMapping("/api/v1/public/host-vendor")
    ResponseEntity<HostVendor> hostVendor(HttpServletRequest request) {
        return vendors.resolve(new VendorSources(null, null, request.getServerName()))
                .map(vendor -> ResponseEntity.ok(new HostVendor(vendor.code(), vendor.name())))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }
}
