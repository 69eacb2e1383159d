package com.wizamart.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.TestPropertySource;

import com.wizamart.sharedkernel.DomainException;
import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.tenancy.application.AuditViews;
import com.wizamart.tenancy.application.VendorAdministration;
import com.wizamart.tenancy.application.VendorAdministration.EditVendor;
import com.wizamart.tenancy.application.port.in.AuditQuery;
import com.wizamart.tenancy.application.port.in.AuditRecord;
import com.wizamart.tenancy.application.port.in.VendorQuery;
import com.wizamart.tenancy.domain.CustomDomain;

/**
 * Administering vendors with tenancy alone against a real PostgreSQL: what each change announces to other modules and
 * leaves in the audit trail.
 */
@ApplicationModuleTest
@TestPropertySource(properties = "wizamart.tenancy.vendor-lookup-ttl=10m")
class VendorAdministrationModuleTests {

    private static final Actor ADMIN = new Actor(UUID.randomUUID(), "admin@wizamart.test");
    private static final Pageable FIRST_PAGE = PageRequest.of(0, 50);

    @Autowired
    VendorAdministration administration;

    @Autowired
    AuditViews audit;

    @Test
    void deactivatingAVendorPublishesVendorStatusChanged_onlyWhenTheStatusChanges(AssertablePublishedEvents events) {
        VendorSummary vendor = register(label());

        VendorDetails closed = administration.changeStatus(vendor.id(), false, ADMIN);
        administration.changeStatus(vendor.id(), false, ADMIN);

        assertThat(closed.active()).isFalse();
        assertThat(events.ofType(VendorStatusChanged.class).matchingValue(VendorStatusChanged::vendorId, vendor.id()))
                .containsExactly(new VendorStatusChanged(vendor.id(), false, false));
    }

    @Test
    void reactivatingAVendorPublishesVendorStatusChanged(AssertablePublishedEvents events) {
        VendorSummary vendor = register(label());
        administration.changeStatus(vendor.id(), false, ADMIN);

        administration.changeStatus(vendor.id(), true, ADMIN);

        assertThat(events.ofType(VendorStatusChanged.class).matchingValue(VendorStatusChanged::vendorId, vendor.id()))
                .containsExactly(new VendorStatusChanged(vendor.id(), false, false),
                        new VendorStatusChanged(vendor.id(), true, false));
    }

    @Test
    void deletingAVendorPublishesVendorStatusChanged_andTheVendorIsGoneForOtherModules(AssertablePublishedEvents events) {
        VendorSummary vendor = register(label());

        administration.delete(vendor.id(), ADMIN);

        assertThat(events).contains(VendorStatusChanged.class)
                .matching(VendorStatusChanged::vendorId, vendor.id())
                .matching(VendorStatusChanged::deleted, true)
                .matching(VendorStatusChanged::active, false);
        assertThat(administration.findById(vendor.id())).isEmpty();
        assertThat(administration.findByCode(vendor.code())).isEmpty();
        assertThat(administration.details(vendor.id()).deleted()).isTrue();
        assertThatThrownBy(() -> administration.delete(vendor.id(), ADMIN)).isInstanceOfSatisfying(
                DomainException.class, e -> assertThat(e.errorCode()).isEqualTo("VENDOR_NOT_FOUND"));
        assertThatThrownBy(() -> administration.changeStatus(vendor.id(), true, ADMIN)).isInstanceOfSatisfying(
                DomainException.class, e -> assertThat(e.errorCode()).isEqualTo("VENDOR_NOT_FOUND"));
    }

    @Test
    void aTakenSubdomainIsRefused_andNothingIsAnnounced(AssertablePublishedEvents events) {
        String label = label();
        VendorSummary first = register(label);

        assertThatThrownBy(() -> register(label)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.errorCode()).isEqualTo("VENDOR_ALREADY_EXISTS"));
        assertThat(events.ofType(VendorCreated.class).matchingValue(VendorCreated::code, label))
                .extracting(VendorCreated::vendorId).containsExactly(first.id());
    }

    @Test
    void aRegistrationWithoutAnOwnerIsRefused() {
        String label = label();

        assertThatThrownBy(() -> administration.register(new RegisterVendor(null, "Shop", label,
                BusinessDetails.empty(), List.of(), new Owner(" ", "", "", null)), ADMIN))
                .isInstanceOf(ValidationException.class);
        assertThat(administration.findByCode(label)).isEmpty();
    }

    @Test
    void aCustomDomainOfAnotherVendorIsRefused() {
        VendorSummary first = register(label());
        VendorSummary second = register(label());
        String domain = first.code() + ".example.lu";
        administration.edit(first.id(), edit(List.of(new CustomDomain(domain, true))), ADMIN);

        assertThatThrownBy(() -> administration.edit(second.id(),
                edit(List.of(new CustomDomain(domain.toUpperCase(), false))), ADMIN))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("VENDOR_ALREADY_EXISTS"));
        assertThat(administration.details(second.id()).customDomains()).isEmpty();
    }

    @Test
    void everyChangeLeavesAnEntryInTheAuditTrail() {
        VendorSummary vendor = register(label());

        administration.edit(vendor.id(), new EditVendor("Renamed Shop", null, null, null, null, null), ADMIN);
        administration.verify(vendor.id(), true, ADMIN);
        administration.changeStatus(vendor.id(), false, ADMIN);
        administration.delete(vendor.id(), ADMIN);

        List<AuditRecord> entries = audit.search(new AuditQuery(vendor.id(), null, null, "vendor", null, null, null),
                FIRST_PAGE).getContent();
        assertThat(entries).extracting(AuditRecord::action).containsExactlyInAnyOrder("VENDOR_CREATED",
                "VENDOR_UPDATED", "VENDOR_VERIFIED", "VENDOR_DEACTIVATED", "VENDOR_DELETED");
        assertThat(entries).filteredOn(e -> e.action().equals("VENDOR_UPDATED")).singleElement().satisfies(e -> {
            assertThat(e.actorEmail()).isEqualTo(ADMIN.email());
            assertThat(e.before()).containsEntry("name", "Module Shop");
            assertThat(e.after()).containsEntry("name", "Renamed Shop");
        });
    }

    /** Tenancy alone knows no marketplace: without a module that declares the rules, no feed source is taken. */
    @Test
    void withoutAnInstalledMarketplaceEveryFeedSourceIsRefused() {
        String label = label();
        List<FeedSource> feed = List.of(new FeedSource("any-market", "en", "https://feeds.test/" + label + ".csv"));

        assertThatThrownBy(() -> administration.register(new RegisterVendor(null, "Shop", label,
                BusinessDetails.empty(), feed, new Owner("owner@" + label + ".example", "Ada", "Owner", null)), ADMIN))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).containsExactly(
                        new FieldViolation("feedSources[0].marketplace", "no marketplace is installed")));
        assertThat(administration.findByCode(label)).isEmpty();
        VendorSummary vendor = register(label());
        assertThatThrownBy(() -> administration.replaceFeedSources(vendor.id(), feed, ADMIN))
                .isInstanceOf(ValidationException.class);
        assertThat(administration.feedSources(vendor.id())).isEmpty();
    }

    @Test
    void theAuditTrailRefusesAPeriodThatEndsBeforeItStarts() {
        Instant now = Instant.now();

        assertThatThrownBy(() -> audit.search(new AuditQuery(null, null, null, null, null, now, now), FIRST_PAGE))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("to"));
    }

    @Test
    void theAdminListFindsAVendorByPartOfItsName_andFiltersByStatus() {
        VendorSummary open = register(label());
        VendorSummary closed = register(label());
        administration.changeStatus(closed.id(), false, ADMIN);

        assertThat(administration.search(new VendorQuery(open.code().toUpperCase(), null, null), FIRST_PAGE))
                .extracting(VendorDetails::id).containsExactly(open.id());
        assertThat(administration.search(new VendorQuery(closed.code(), true, null), FIRST_PAGE)).isEmpty();
        assertThat(administration.search(new VendorQuery(closed.code(), false, null), FIRST_PAGE))
                .extracting(VendorDetails::id).containsExactly(closed.id());
    }

    private VendorSummary register(String label) {
        return administration.register(new RegisterVendor(null, "Module Shop", label, BusinessDetails.empty(), List.of(),
                new Owner("owner@" + label + ".example", "Ada", "Owner", null)), ADMIN);
    }

    private static EditVendor edit(List<CustomDomain> domains) {
        return new EditVendor(null, null, null, null, null, domains);
    }

    static String label() {
        return "m" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
