package com.wizamart.identity.adapter.in.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.wizamart.identity.VendorOnboarding;
import com.wizamart.identity.VendorOnboarding.OnboardedVendor;
import com.wizamart.identity.application.BulkVendorImport;
import com.wizamart.identity.application.LinkDisclosure;
import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.BusinessDetails;
import com.wizamart.tenancy.FeedSource;
import com.wizamart.tenancy.Owner;
import com.wizamart.tenancy.RegisterVendor;
import com.wizamart.tenancy.VendorDetails;

/** Admins open vendors with their owners, one by one or from a CSV file. */
@RestController
@RequestMapping("/api/v1/admin/vendors")
class AdminVendorOnboardingController {

    private final VendorOnboarding onboarding;
    private final BulkVendorImport bulk;
    private final LinkDisclosure disclosure;

    AdminVendorOnboardingController(VendorOnboarding onboarding, BulkVendorImport bulk, LinkDisclosure disclosure) {
        this.onboarding = onboarding;
        this.bulk = bulk;
        this.disclosure = disclosure;
    }

    record OwnerRequest(@NotBlank @Email @Size(max = 320) String email, @Size(max = 100) String firstName,
                        @Size(max = 100) String lastName, @Size(max = 50) String phone) {
    }

    record AddressRequest(@Size(max = 300) String street, @Size(max = 100) String city,
                          @Size(max = 20) String postalCode, @Size(max = 100) String country) {
    }

    record CreateVendorRequest(@Size(min = 2, max = 32) String code, @NotBlank @Size(max = 200) String name,
                               @NotBlank @Size(max = 63) String subdomain,
                               @NotBlank @Email @Size(max = 320) String businessEmail,
                               @Size(max = 50) String businessPhone, @Valid AddressRequest businessAddress,
                               @Size(max = 30) String vatNumber, List<FeedSource> feedSources,
                               @NotNull @Valid OwnerRequest owner, @Size(max = 128) String initialPassword,
                               Boolean attachExistingOwner) {
    }

    /**
     * The created vendor, its owner, and (once only) what the owner needs for a first login. The activation link and
     * token are returned only while links are returned ({@code wizamart.identity.return-links}); otherwise
     * {@code ownerActivationMailed} says the owner gets the link by mail.
     */
    record CreatedVendorResponse(@JsonUnwrapped VendorDetails vendor, VendorOnboarding.OwnerAccount owner,
                                 String ownerActivationUrl, String ownerActivationToken,
                                 boolean ownerActivationMailed) {
    }

    @PostMapping
    ResponseEntity<CreatedVendorResponse> create(@Valid @RequestBody CreateVendorRequest request, Actor actor) {
        AddressRequest a = request.businessAddress() == null ? new AddressRequest(null, null, null, null)
                : request.businessAddress();
        RegisterVendor command = new RegisterVendor(request.code(), request.name(), request.subdomain(),
                new BusinessDetails(request.businessEmail(), request.businessPhone(), a.street(), a.city(),
                        a.postalCode(), a.country(), request.vatNumber()),
                request.feedSources(),
                new Owner(request.owner().email(), request.owner().firstName(), request.owner().lastName(),
                        request.owner().phone()));
        OnboardedVendor created = onboarding.open(command, request.initialPassword(),
                Boolean.TRUE.equals(request.attachExistingOwner()), actor);
        return ResponseEntity.created(URI.create("/api/v1/admin/vendors/" + created.vendor().id()))
                .body(new CreatedVendorResponse(created.vendor(), created.owner(),
                        disclosure.disclosed(created.ownerActivationUrl()),
                        disclosure.disclosed(created.ownerActivationToken()),
                        created.ownerActivationToken() != null && !disclosure.linksReturned()));
    }

    @PostMapping(value = "/bulk-import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    BulkVendorImport.Result bulkImport(@RequestPart("file") MultipartFile file, Actor actor) throws IOException {
        if (file.isEmpty()) {
            throw ValidationException.of("file", "must not be empty");
        }
        return bulk.run(file.getInputStream(), actor);
    }
}
