package com.wizamart.tenancy;

import static com.wizamart.support.ProblemAssertions.assertFieldError;
import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.wizamart.support.ApiTest;
import com.wizamart.support.AuditLog;
import com.wizamart.support.Fixtures.Session;
import com.wizamart.support.Fixtures.VendorAccount;
import com.wizamart.support.Http;

import tools.jackson.databind.JsonNode;

/**
 * A vendor's team looks after its own vendor ({@code GET/PUT /api/v1/vendor/settings}): name, business details and
 * theme. Any member reads them, {@code settings.edit} changes them, always of the vendor the token is bound to; the
 * code and the subdomain stay as they are; every bad field is a 422 naming it.
 */
class VendorSettingsIntegrationTests extends ApiTest {

    private static final String SETTINGS = "/api/v1/vendor/settings";

    @Test
    void anOwnerReplacesTheSettings_theMemberAndTheAdminSeeThem_andTheAuditTrailRecordsWhatChanged() {
        VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        JsonNode before = ok(http.get(SETTINGS).bearer(token));
        assertThat(before.get("code").asString()).isEqualTo(vendor.code());
        String subdomain = before.get("subdomain").asString();
        String requestId = AuditLog.requestId();

        Map<String, Object> body = settings("Bistro Lux " + vendor.code(), "hello@" + vendor.code() + ".test");
        body.put("businessPhone", " +352 123 456 ");
        body.put("businessAddress", Map.of("street", "1 Rue de la Gare", "city", "Luxembourg",
                "postalCode", "L-1616", "country", "LU"));
        body.put("vatNumber", "LU12345678");
        body.put("theme", theme("#1D4ED8", "#f59e0b", "https://cdn.test/" + vendor.code() + "/logo.png?sig=s3cr3t"));
        JsonNode put = ok(http.put(SETTINGS).bearer(token).header("X-Request-Id", requestId).json(body));

        JsonNode read = ok(http.get(SETTINGS).bearer(token));
        assertThat(read).isEqualTo(put);
        assertThat(read.get("name").asString()).isEqualTo("Bistro Lux " + vendor.code());
        assertThat(read.get("businessPhone").asString()).isEqualTo("+352 123 456");
        assertThat(read.get("businessAddress").get("city").asString()).isEqualTo("Luxembourg");
        assertThat(read.get("vatNumber").asString()).isEqualTo("LU12345678");
        assertThat(read.get("theme").get("primaryColor").asString()).isEqualTo("#1d4ed8");
        assertThat(read.get("theme").get("accentColor").asString()).isEqualTo("#f59e0b");
        assertThat(read.get("code").asString()).isEqualTo(vendor.code());
        assertThat(read.get("subdomain").asString()).isEqualTo(subdomain);

        // the portal's top bar reads the name from /me: the new one at once
        assertThat(ok(http.get("/api/v1/vendor/me").bearer(token)).get("vendor").get("name").asString())
                .isEqualTo("Bistro Lux " + vendor.code());
        Session admin = fixtures.sharedAdmin();
        JsonNode asAdmin = ok(http.get("/api/v1/admin/vendors/" + vendor.id()).bearer(admin.accessToken()));
        assertThat(asAdmin.toString()).contains("LU12345678", "#1d4ed8", "L-1616");

        JsonNode entry = new AuditLog(http, admin.accessToken()).entry("VENDOR_SETTINGS_CHANGED", vendor.id());
        AuditLog.assertEntry(entry, "VENDOR_SETTINGS_CHANGED", vendor.owner().email(), vendor.id(), "vendor",
                "Bistro Lux " + vendor.code(), requestId, "s3cr3t");
        assertThat(entry.get("after").get("name").asString()).isEqualTo("Bistro Lux " + vendor.code());
        assertThat(entry.get("after").get("logoUrl").asString())
                .isEqualTo("https://cdn.test/" + vendor.code() + "/logo.png?…");
        assertThat(entry.get("before").has("name")).isTrue();
        assertThat(entry.get("after").has("businessEmail")).as("unchanged details are left out").isFalse();

        // the same settings again change nothing, and record nothing
        ok(http.put(SETTINGS).bearer(token).json(body));
        assertThat(new AuditLog(http, admin.accessToken())
                .entries("action=VENDOR_SETTINGS_CHANGED&targetId=" + vendor.id())).hasSize(1);
    }

    @Test
    void aPutReplacesTheWholeSet_blankDetailsAreCleared_andAnAdminsOtherThemeKeysStay() {
        VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        Session admin = fixtures.sharedAdmin();
        ok(http.put("/api/v1/admin/vendors/" + vendor.id()).bearer(admin.accessToken())
                .json(Map.of("theme", Map.of("font", "serif", "primaryColor", "#000000"))));
        Map<String, Object> full = settings("Full " + vendor.code(), "a@" + vendor.code() + ".test");
        full.put("businessPhone", "+352 1");
        full.put("theme", theme("#111111", "#222222", "https://cdn.test/logo.svg"));
        ok(http.put(SETTINGS).bearer(token).json(full));

        Map<String, Object> bare = settings("Bare " + vendor.code(), "b@" + vendor.code() + ".test");
        bare.put("businessPhone", "  ");
        bare.put("theme", theme(null, "", null));
        JsonNode read = ok(http.put(SETTINGS).bearer(token).json(bare));

        assertThat(read.get("businessPhone").isNull()).as(read.toString()).isTrue();
        assertThat(read.get("theme").get("primaryColor").isNull()).isTrue();
        assertThat(read.get("theme").get("accentColor").isNull()).isTrue();
        assertThat(read.get("theme").get("logoUrl").isNull()).isTrue();
        JsonNode theme = ok(http.get("/api/v1/admin/vendors/" + vendor.id()).bearer(admin.accessToken())).get("theme");
        assertThat(theme.get("font").asString()).isEqualTo("serif");
        assertThat(theme.has("primaryColor")).isFalse();
    }

    @Test
    void everyMemberReadsTheSettings_onlyARoleWithSettingsEditChangesThem() {
        VendorAccount vendor = fixtures.vendor();
        String name = ok(http.get(SETTINGS).bearer(vendor.owner().accessToken())).get("name").asString();

        for (String role : List.of("Viewer", "Editor", "Manager")) {
            Session member = fixtures.member(vendor, role);
            assertThat(ok(http.get(SETTINGS).bearer(member.accessToken())).get("name").asString()).isEqualTo(name);
            assertProblem(http.put(SETTINGS).bearer(member.accessToken())
                    .json(settings("Taken over by " + role, "evil@evil.test")).send(), 403, "ACCESS_DENIED");
        }

        JsonNode read = ok(http.get(SETTINGS).bearer(vendor.owner().accessToken()));
        assertThat(read.get("name").asString()).isEqualTo(name);
        assertThat(read.get("businessEmail").asString()).doesNotContain("evil");
    }

    /** The token names the vendor; a body that names one, or the code or subdomain, is refused and changes nothing. */
    @Test
    void aBodyNamingAnotherVendorOrTheCodeOrSubdomainIsRefused_andNothingOfThatVendorChanges() {
        VendorAccount a = fixtures.vendor();
        VendorAccount b = fixtures.vendor();
        JsonNode aBefore = ok(http.get(SETTINGS).bearer(a.owner().accessToken()));
        String bToken = b.owner().accessToken();

        for (Map.Entry<String, Object> foreign : List.of(Map.entry("id", (Object) a.id().toString()),
                Map.entry("vendorId", (Object) a.id().toString()), Map.entry("code", (Object) a.code()),
                Map.entry("subdomain", (Object) a.code()))) {
            Map<String, Object> body = settings("Hijacked", "evil@evil.test");
            body.put(foreign.getKey(), foreign.getValue());
            assertFieldError(http.put(SETTINGS).bearer(bToken).json(body).send(), 400, "UNKNOWN_FIELD",
                    foreign.getKey());
        }
        // a valid change by B's owner changes B only
        JsonNode bNow = ok(http.put(SETTINGS).bearer(bToken).json(settings("B renamed", "b@b.test")));
        assertThat(bNow.get("code").asString()).isEqualTo(b.code());

        assertThat(ok(http.get(SETTINGS).bearer(a.owner().accessToken()))).isEqualTo(aBefore);
        assertThat(ok(http.get(SETTINGS).bearer(bToken)).get("subdomain").asString()).isNotEqualTo(a.code());
    }

    @Test
    void aCustomerAnAdminOrNoTokenIsRefused() {
        VendorAccount vendor = fixtures.vendor();
        Session customer = fixtures.customer(vendor);
        Session admin = fixtures.sharedAdmin();
        Map<String, Object> body = settings("Not yours", "x@x.test");

        for (String token : List.of(customer.accessToken(), admin.accessToken())) {
            assertProblem(http.get(SETTINGS).bearer(token).send(), 403, "ACCESS_DENIED");
            assertProblem(http.put(SETTINGS).bearer(token).json(body).send(), 403, "ACCESS_DENIED");
        }
        assertProblem(http.get(SETTINGS).send(), 401, "UNAUTHENTICATED");
        assertProblem(http.put(SETTINGS).json(body).send(), 401, "UNAUTHENTICATED");
        assertThat(ok(http.get(SETTINGS).bearer(vendor.owner().accessToken())).get("name").asString())
                .isNotEqualTo("Not yours");
    }

    @Test
    void badFieldsAre422NamingEachField_andChangeNothing() {
        VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        JsonNode before = ok(http.get(SETTINGS).bearer(token));

        Map<String, Object> badTheme = settings("Fine name", "fine@fine.test");
        badTheme.put("theme", theme("red", "#12345g", "javascript:alert(1)"));
        JsonNode problem = assertFieldError(http.put(SETTINGS).bearer(token).json(badTheme).send(), 422,
                "VALIDATION_FAILED", "theme.primaryColor");
        assertThat(fields(problem)).containsExactlyInAnyOrder("theme.primaryColor", "theme.accentColor",
                "theme.logoUrl");

        for (String logo : List.of("ftp://cdn.test/logo.png", "https://user:pw@cdn.test/logo.png", "/logo.png",
                "https://cdn.test/" + "l".repeat(500) + ".png", "https://cdn.test/a logo.png")) {
            Map<String, Object> body = settings("Fine name", "fine@fine.test");
            body.put("theme", theme("#000000", "#ffffff", logo));
            assertFieldError(http.put(SETTINGS).bearer(token).json(body).send(), 422, "VALIDATION_FAILED",
                    "theme.logoUrl");
        }
        for (String color : List.of("#fff", "#1234567", "1d4ed8", "rgb(0,0,0)", "#1d4ed8;x")) {
            Map<String, Object> body = settings("Fine name", "fine@fine.test");
            body.put("theme", theme(color, null, null));
            assertFieldError(http.put(SETTINGS).bearer(token).json(body).send(), 422, "VALIDATION_FAILED",
                    "theme.primaryColor");
        }

        Map<String, Object> badDetails = settings(" ", "not-an-email");
        badDetails.put("businessPhone", "1".repeat(51));
        badDetails.put("businessAddress", Map.of("postalCode", "9".repeat(21)));
        JsonNode details = assertFieldError(http.put(SETTINGS).bearer(token).json(badDetails).send(), 422,
                "VALIDATION_FAILED", "name");
        assertThat(fields(details)).contains("name", "businessEmail", "businessPhone", "businessAddress.postalCode");
        assertFieldError(http.put(SETTINGS).bearer(token).json(settings("n".repeat(201), "a@b.test")).send(), 422,
                "VALIDATION_FAILED", "name");
        Map<String, Object> noTheme = settings("Fine name", "fine@fine.test");
        noTheme.remove("theme");
        assertFieldError(http.put(SETTINGS).bearer(token).json(noTheme).send(), 422, "VALIDATION_FAILED", "theme");
        Map<String, Object> wrongType = settings("Fine name", "fine@fine.test");
        wrongType.put("theme", "blue");
        assertProblem(http.put(SETTINGS).bearer(token).json(wrongType).send(), 400, "INVALID_FIELD_TYPE");

        assertThat(ok(http.get(SETTINGS).bearer(token))).isEqualTo(before);
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    private static Map<String, Object> settings(String name, String email) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("businessEmail", email);
        body.put("theme", theme(null, null, null));
        return body;
    }

    private static Map<String, Object> theme(String primary, String accent, String logo) {
        Map<String, Object> theme = new LinkedHashMap<>();
        theme.put("primaryColor", primary);
        theme.put("accentColor", accent);
        theme.put("logoUrl", logo);
        return theme;
    }

    private static JsonNode ok(Http.Request request) {
        Http.Response response = request.send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }
}
