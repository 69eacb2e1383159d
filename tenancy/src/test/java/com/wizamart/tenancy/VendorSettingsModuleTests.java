package com.wizamart.tenancy;

import static com.wizamart.tenancy.VendorAdministrationModuleTests.label;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.test.ApplicationModuleTest;

import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.tenancy.application.AuditViews;
import com.wizamart.tenancy.application.VendorAdministration;
import com.wizamart.tenancy.application.VendorAdministration.EditVendor;
import com.wizamart.tenancy.application.VendorSettings;
import com.wizamart.tenancy.application.port.in.AuditQuery;
import com.wizamart.tenancy.application.port.in.AuditRecord;
import com.wizamart.tenancy.application.port.in.ChangeVendorSettingsCommand;
import com.wizamart.tenancy.application.port.in.VendorSettingsView;

/**
 * A vendor's team changing its own settings, with tenancy alone against a real PostgreSQL: always the bound vendor,
 * the theme's other keys kept, every change (and only a change) in the audit trail.
 */
@ApplicationModuleTest
class VendorSettingsModuleTests {

    private static final Actor OWNER = new Actor(UUID.randomUUID(), "owner@settings.example");
    private static final Actor ADMIN = new Actor(UUID.randomUUID(), "admin@wizamart.test");

    @Autowired
    VendorSettings settings;

    @Autowired
    VendorAdministration administration;

    @Autowired
    AuditViews audit;

    @Test
    void aChangeReachesTheBoundVendorOnly_keepsTheAdminsThemeKeys_andIsAuditedOnce() {
        VendorSummary mine = register(label());
        VendorSummary other = register(label());
        administration.edit(mine.id(), new EditVendor(null, null, null, null, Map.of("font", "serif"), null), ADMIN);
        ChangeVendorSettingsCommand change = new ChangeVendorSettingsCommand(" Renamed ", new BusinessDetails(
                "hello@renamed.example", " ", null, "Luxembourg", null, "LU", null), "#0F766E", null,
                "https://cdn.example/logo.svg?sig=abc");

        VendorSettingsView changed = as(mine.id(), () -> settings.change(change, OWNER));
        as(mine.id(), () -> settings.change(change, OWNER));

        assertThat(changed.name()).isEqualTo("Renamed");
        assertThat(changed.code()).isEqualTo(mine.code());
        assertThat(changed.business().phone()).isNull();
        assertThat(changed.theme().primaryColor()).isEqualTo("#0f766e");
        assertThat(administration.details(mine.id()).theme()).containsEntry("font", "serif")
                .containsEntry("primaryColor", "#0f766e");
        assertThat(administration.details(other.id()).name()).isEqualTo("Settings Shop");
        List<AuditRecord> entries = audit.search(new AuditQuery(mine.id(), null, "VENDOR_SETTINGS_CHANGED", null,
                null, null, null), PageRequest.of(0, 10)).getContent();
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).after()).containsEntry("name", "Renamed")
                .containsEntry("logoUrl", "https://cdn.example/logo.svg?…").containsEntry("country", "LU")
                .doesNotContainKey("businessPhone");
        assertThat(entries.get(0).actorEmail()).isEqualTo(OWNER.email());
    }

    @Test
    void anInvalidThemeChangesNothing_andNamesEachField() {
        VendorSummary mine = register(label());
        ChangeVendorSettingsCommand change = new ChangeVendorSettingsCommand("Changed", new BusinessDetails(
                "a@b.example", null, null, null, null, null, null), "red", "#fff", "javascript:alert(1)");

        assertThatThrownBy(() -> as(mine.id(), () -> settings.change(change, OWNER)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactly("theme.primaryColor", "theme.accentColor", "theme.logoUrl"));
        assertThat(as(mine.id(), settings::current).name()).isEqualTo("Settings Shop");
    }

    private static <T> T as(UUID vendorId, java.util.function.Supplier<T> work) {
        UUID previous = VendorContext.bind(vendorId);
        try {
            return work.get();
        } finally {
            VendorContext.restore(previous);
        }
    }

    private VendorSummary register(String label) {
        return administration.register(new RegisterVendor(null, "Settings Shop", label, BusinessDetails.empty(),
                List.of(), new Owner("owner@" + label + ".example", "Ada", "Owner", null)), ADMIN);
    }
}
