package com.wizamart.identity.adapter.in.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.identity.application.UserAdministration;
import com.wizamart.identity.application.UserAdministration.UserWithMemberships;
import com.wizamart.tenancy.VendorContext;
import com.wizamart.tenancy.VendorSummary;
import com.wizamart.tenancy.Vendors;

/** Who the calling team member is, in this vendor and in every other team they belong to. */
@RestController
class MeController {

    private final UserAdministration users;
    private final Vendors vendors;

    MeController(UserAdministration users, Vendors vendors) {
        this.users = users;
        this.vendors = vendors;
    }

    record Member(UUID id, String email, String firstName, String lastName) {
    }

    record Team(VendorSummary vendor, String role, String status) {
    }

    record Me(VendorSummary vendor, Member member, String role, List<String> permissions, List<Team> vendors) {
    }

    @GetMapping("/api/v1/vendor/me")
    Me me(@AuthenticationPrincipal Jwt jwt) {
        UserWithMemberships self = users.self(UUID.fromString(jwt.getSubject()));
        VendorSummary current = vendors.findById(VendorContext.require()).orElseThrow();
        List<Team> teams = self.memberships().stream()
                .flatMap(m -> vendors.findById(m.vendorId()).stream().map(v -> new Team(v, m.role(), m.status().name())))
                .toList();
        return new Me(current, new Member(self.user().id(), self.user().email().value(), self.user().firstName(),
                self.user().lastName()), jwt.getClaimAsString("role"), jwt.getClaimAsStringList("permissions"), teams);
    }
}
