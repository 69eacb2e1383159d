package com.wizamart.tenancy;

import static com.wizamart.tenancy.VendorAdministrationModuleTests.label;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

import com.wizamart.sharedkernel.DomainException;
import com.wizamart.tenancy.application.VendorAdministration;
import com.wizamart.tenancy.application.VendorAdministration.EditVendor;
import com.wizamart.tenancy.domain.CustomDomain;

/**
 * Request routing with tenancy alone against a real PostgreSQL. Vendors found are remembered for ten minutes here, so
 * every answer after a change proves that the change made routing on this instance forget what it remembered.
 */
@ApplicationModuleTest
@TestPropertySource(properties = "wizamart.tenancy.vendor-lookup-ttl=10m")
class VendorRoutingModuleTests {

    private static final Actor ADMIN = new Actor(UUID.randomUUID(), "admin@wizamart.test");
    private static final String PLATFORM = ".wizamart.localhost";

    @Autowired
    Vendors vendors;

    @Autowired
    VendorAdministration administration;

    @Test
    void findsAVendorByItsSubdomain_andForgetsItOnceDeactivated() {
        VendorSummary vendor = register(label());
        String host = vendor.subdomain() + PLATFORM;

        assertThat(vendors.resolve(byHost(host))).contains(vendor);

        administration.changeStatus(vendor.id(), false, ADMIN);

        assertNotFound(() -> vendors.resolve(byHost(host)));
        assertNotFound(() -> vendors.resolve(new VendorSources(vendor.id(), null, null)));
        assertNotFound(() -> vendors.resolve(new VendorSources(null, vendor.code(), null)));

        administration.changeStatus(vendor.id(), true, ADMIN);

        assertThat(vendors.resolve(byHost(host))).map(VendorSummary::id).contains(vendor.id());
    }

    @Test
    void findsAVendorByTheTokensVendor_andByTheCodeInThePath_inAnyCase() {
        VendorSummary vendor = register(label());

        assertThat(vendors.resolve(new VendorSources(vendor.id(), null, null))).contains(vendor);
        assertThat(vendors.resolve(new VendorSources(null, vendor.code().toUpperCase(), null))).contains(vendor);
        assertThat(vendors.resolve(new VendorSources(vendor.id(), vendor.code(),
                vendor.subdomain().toUpperCase() + PLATFORM.toUpperCase()))).contains(vendor);
    }

    @Test
    void aNewSubdomainRoutesAtOnce_andTheOldOneNoLonger() {
        VendorSummary vendor = register(label());
        String renamed = label();
        vendors.resolve(byHost(vendor.subdomain() + PLATFORM));
        assertNotFound(() -> vendors.resolve(byHost(renamed + PLATFORM)));

        administration.edit(vendor.id(), new EditVendor(null, renamed, null, null, null, null), ADMIN);

        assertThat(vendors.resolve(byHost(renamed + PLATFORM))).map(VendorSummary::id).contains(vendor.id());
        assertNotFound(() -> vendors.resolve(byHost(vendor.subdomain() + PLATFORM)));
    }

    @Test
    void aDeletedVendorIsNotFoundByAnySource() {
        VendorSummary vendor = register(label());
        vendors.resolve(new VendorSources(vendor.id(), vendor.code(), vendor.subdomain() + PLATFORM));

        administration.delete(vendor.id(), ADMIN);

        assertNotFound(() -> vendors.resolve(new VendorSources(vendor.id(), null, null)));
        assertNotFound(() -> vendors.resolve(byHost(vendor.subdomain() + PLATFORM)));
    }

    @Test
    void onlyAVerifiedCustomDomainRoutesToItsVendor() {
        VendorSummary vendor = register(label());
        String domain = "shop." + vendor.code() + ".example.lu";
        administration.edit(vendor.id(), domains(new CustomDomain(domain, false)), ADMIN);

        assertNotFound(() -> vendors.resolve(byHost(domain)));

        administration.edit(vendor.id(), domains(new CustomDomain(domain, true)), ADMIN);

        assertThat(vendors.resolve(byHost(domain))).map(VendorSummary::id).contains(vendor.id());
    }

    @Test
    void sourcesThatNameDifferentVendorsAreRefused() {
        VendorSummary mine = register(label());
        VendorSummary theirs = register(label());

        assertThatThrownBy(() -> vendors.resolve(new VendorSources(mine.id(), theirs.code(), null)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("UNAUTHORIZED_VENDOR_ACCESS"));
        assertThatThrownBy(() -> vendors.resolve(new VendorSources(mine.id(), null, theirs.subdomain() + PLATFORM)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("UNAUTHORIZED_VENDOR_ACCESS"));
    }

    @Test
    void thePlatformsOwnHostsNameNoVendor() {
        for (String host : List.of("wizamart.localhost", "www.wizamart.localhost", "api.wizamart.localhost",
                "localhost", "127.0.0.1", "[::1]")) {
            assertThat(vendors.resolve(byHost(host))).as(host).isEmpty();
        }
        assertNotFound(() -> vendors.resolve(byHost("deep.sub" + PLATFORM)));
        assertNotFound(() -> vendors.resolve(byHost(label() + PLATFORM)));
        assertNotFound(() -> vendors.resolve(new VendorSources(UUID.randomUUID(), null, null)));
    }

    private VendorSummary register(String label) {
        return administration.register(new RegisterVendor(null, "Routed Shop", label, BusinessDetails.empty(),
                List.of(), new Owner("owner@" + label + ".example", "Ada", "Owner", null)), ADMIN);
    }

    private static VendorSources byHost(String host) {
        return new VendorSources(null, null, host);
    }

    private static EditVendor domains(CustomDomain... domains) {
        return new EditVendor(null, null, null, null, null, List.of(domains));
    }

    private static void assertNotFound(Runnable resolving) {
        assertThatThrownBy(resolving::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.errorCode()).isEqualTo("VENDOR_NOT_FOUND"));
    }
}
