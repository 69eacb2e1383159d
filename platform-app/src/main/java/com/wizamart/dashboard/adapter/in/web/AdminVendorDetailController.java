package com.wizamart.dashboard.adapter.in.web;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.wizamart.identity.TeamDirectory;
import com.wizamart.tenancy.VendorDetails;
import com.wizamart.tenancy.Vendors;

/** The admin's view of one vendor, with counts from the contexts that own them. */
@RestController
class AdminVendorDetailController {

    private final Vendors vendors;
    private final TeamDirectory teams;

    AdminVendorDetailController(Vendors vendors, TeamDirectory teams) {
        this.vendors = vendors;
        this.teams = teams;
    }

    /** Counts of what the vendor holds; products and orders join when catalog and ordering publish theirs. */
    record Counts(long teamMembers) {
    }

    record VendorWithCounts(@JsonUnwrapped VendorDetails vendor, Counts counts) {
    }

    @GetMapping("/api/v1/admin/vendors/{id}")
    VendorWithCounts get(@PathVariable UUID id) {
        VendorDetails vendor = vendors.detailsWithFeedSources(id);
        return new VendorWithCounts(vendor, new Counts(teams.countMembers(id)));
    }
}
