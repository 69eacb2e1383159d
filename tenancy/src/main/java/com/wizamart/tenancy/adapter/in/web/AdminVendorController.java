package com.wizamart.tenancy.adapter.in.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.BusinessDetails;
import com.wizamart.tenancy.FeedSource;
import com.wizamart.tenancy.VendorDetails;
import com.wizamart.tenancy.application.VendorAdministration;
import com.wizamart.tenancy.application.port.in.VendorQuery;
import com.wizamart.tenancy.domain.CustomDomain;

/**
 * Platform admins' vendor administration: list, edit, verify, (de)activate, delete. Creation (with an owner) and
 * bulk import are identity's, the detail view with counts is the dashboard's.
 */
@RestController
@RequestMapping("/api/v1/admin/vendors")
class AdminVendorController {

    private final VendorAdministration vendors;

    AdminVendorController(VendorAdministration vendors) {
        this.vendors = vendors;
    }

    @GetMapping
    PagedModel<VendorDetails> list(@RequestParam(required = false) @Size(max = 200) String search,
                                   @RequestParam(required = false) Boolean active,
                                   @RequestParam(required = false) Boolean verified,
                                   @PageableDefault(size = 20) Pageable pageable) {
        return new PagedModel<>(vendors.search(new VendorQuery(search, active, verified), pageable));
    }

    @PutMapping("/{id}")
    VendorDetails edit(@PathVariable UUID id, @Valid @RequestBody EditVendorRequest request, Actor actor) {
        return vendors.edit(id, request.toCommand(), actor);
    }

    @PutMapping("/{id}/verify")
    VendorDetails verify(@PathVariable UUID id, @Valid @RequestBody VerifyRequest request, Actor actor) {
        return vendors.verify(id, request.verified(), actor);
    }

    @PutMapping("/{id}/status")
    VendorDetails status(@PathVariable UUID id, @Valid @RequestBody StatusRequest request, Actor actor) {
        return vendors.changeStatus(id, request.active(), actor);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id, Actor actor) {
        vendors.delete(id, actor);
    }

    record VerifyRequest(@NotNull Boolean verified) {
    }

    record StatusRequest(@NotNull Boolean active) {
    }

    record AddressRequest(@Size(max = 300) String street, @Size(max = 100) String city,
                          @Size(max = 20) String postalCode, @Size(max = 100) String country) {
    }

    record DomainRequest(@NotNull @Size(max = 253) String domain, Boolean verified) {
    }

    record EditVendorRequest(@Size(min = 1, max = 200) String name, @Size(max = 63) String subdomain,
                             @Email @Size(max = 320) String businessEmail, @Size(max = 50) String businessPhone,
                             @Valid AddressRequest businessAddress, @Size(max = 30) String vatNumber,
                             List<FeedSource> feedSources, Map<String, Object> theme,
                             List<@Valid DomainRequest> customDomains) {

        VendorAdministration.EditVendor toCommand() {
            BusinessDetails business = null;
            if (businessEmail != null || businessPhone != null || businessAddress != null || vatNumber != null) {
                AddressRequest a = businessAddress == null ? new AddressRequest(null, null, null, null) : businessAddress;
                business = new BusinessDetails(businessEmail, businessPhone, a.street(), a.city(), a.postalCode(),
                        a.country(), vatNumber);
            }
            List<CustomDomain> domains = customDomains == null ? null : customDomains.stream()
                    .map(d -> new CustomDomain(d.domain(), Boolean.TRUE.equals(d.verified()))).toList();
            return new VendorAdministration.EditVendor(name, subdomain, business, feedSources, theme, domains);
        }
    }
}
