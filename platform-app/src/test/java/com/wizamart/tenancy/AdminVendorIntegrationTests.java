package com.wizamart.tenancy;

import static com.wizamart.support.ProblemAssertions.assertFieldError;
import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Fixtures.Session;
import com.wizamart.support.Fixtures.VendorAccount;
import com.wizamart.support.Http;
import com.wizamart.tenancy.config.TenancyProperties;

import tools.jackson.databind.JsonNode;

/** Platform admins open, list, edit, verify, switch off and delete vendors, import them in bulk, and manage users. */
class AdminVendorIntegrationTests extends ApiTest {

    private static final String VENDORS = "/api/v1/admin/vendors";

    private Session admin;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private TenancyProperties tenancy;

    @BeforeEach
    void signIn() {
        admin = fixtures.sharedAdmin();
    }

    // --- create ---------------------------------------------------------------------------------------------

    @Test
    void creatingAVendorAnswers201WithLocationOwnerAndAOneTimeActivationLink() {
        Map<String, Object> request = newVendor(Fixtures.unique("new").toLowerCase());
        request.put("businessPhone", "+352 123 456");
        request.put("businessAddress", Map.of("street", "1 Rue de la Gare", "city", "Luxembourg",
                "postalCode", "L-1616", "country", "LU"));
        request.put("feedSources", List.of(feed("letzshop", "fr", "https://feeds.test/fr.csv"),
                feed("letzshop", "en", "https://feeds.test/en.csv")));
        Http.Response created = http.post(VENDORS).bearer(admin.accessToken()).json(request).send();

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode vendor = created.json();
        String id = vendor.get("id").asString();
        assertThat(URI.create(created.header("Location")).getPath()).isEqualTo(VENDORS + "/" + id);
        assertThat(vendor.get("code").asString()).isEqualTo(request.get("code"));
        assertThat(vendor.get("subdomain").asString()).isEqualTo(request.get("subdomain"));
        assertThat(vendor.get("active").asBoolean()).isTrue();
        assertThat(vendor.get("verified").asBoolean()).isFalse();
        assertThat(vendor.get("businessAddress").get("city").asString()).isEqualTo("Luxembourg");
        assertThat(vendor.get("feedSources").size()).isEqualTo(2);
        assertThat(vendor.get("feedSources").get(1).get("language").asString()).isEqualTo("fr");
        assertThat(vendor.get("feedSources").get(1).get("url").asString()).isEqualTo("https://feeds.test/fr.csv");
        JsonNode owner = vendor.get("owner");
        String ownerEmail = ((Map<?, ?>) request.get("owner")).get("email").toString();
        assertThat(owner.get("email").asString()).isEqualTo(ownerEmail);
        assertThat(owner.get("existingUser").asBoolean()).isFalse();
        assertThat(owner.get("mustChangePassword").asBoolean()).isFalse();
        String activationUrl = vendor.get("ownerActivationUrl").asString();
        assertThat(activationUrl).contains("/api/v1/auth/activation/")
                .endsWith(vendor.get("ownerActivationToken").asString());

        Http.Response fetched = http.get(created.header("Location")).bearer(admin.accessToken()).send();
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.json().get("counts").get("teamMembers").asLong()).isEqualTo(1);
        assertThat(fetched.json().get("name").asString()).isEqualTo(request.get("name"));

        // the activation link sets the owner's first password, who may then log in as Owner
        assertThat(http.post(URI.create(activationUrl).getPath()).json(Map.of("password", Fixtures.PASSWORD)).send()
                .status()).isEqualTo(204);
        assertThat(fixtures.loginMember(ownerEmail, request.get("code").toString()).role()).isEqualTo("Owner");
    }

    @Test
    void aTakenCodeOrSubdomainIs409AndCreatesNothing() {
        VendorAccount existing = fixtures.vendor();
        String fresh = Fixtures.unique("dup").toLowerCase();

        Map<String, Object> sameCode = newVendor(fresh);
        sameCode.put("code", existing.code().toUpperCase());
        assertProblem(http.post(VENDORS).bearer(admin.accessToken()).json(sameCode).send(), 409,
                "VENDOR_ALREADY_EXISTS");

        Map<String, Object> sameSubdomain = newVendor(fresh);
        sameSubdomain.put("subdomain", existing.code());
        assertProblem(http.post(VENDORS).bearer(admin.accessToken()).json(sameSubdomain).send(), 409,
                "VENDOR_ALREADY_EXISTS");

        assertThat(search("?search=" + fresh).get("page").get("totalElements").asLong()).isZero();
        assertThat(http.get("/api/v1/admin/users?search=owner-" + fresh).bearer(admin.accessToken()).send().json()
                .get("page").get("totalElements").asLong()).isZero();
    }

    @Test
    void aVendorWithAnInitialPasswordHasAnOwnerWhoMustChangeItFirst() {
        String code = Fixtures.unique("temp").toLowerCase();
        Map<String, Object> request = newVendor(code);
        request.put("initialPassword", "Temporary-Secret-1");
        Http.Response created = http.post(VENDORS).bearer(admin.accessToken()).json(request).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("owner").get("mustChangePassword").asBoolean()).isTrue();
        assertThat(created.json().hasNonNull("ownerActivationUrl")).isFalse();

        assertOwnerMustChangePassword("owner-" + code + "@shop.test", code, "Temporary-Secret-1");
    }

    @Test
    void anInitialPasswordBreakingThePolicyIs422AndCreatesNothing() {
        String code = Fixtures.unique("weak").toLowerCase();
        Map<String, Object> request = newVendor(code);
        request.put("initialPassword", "short");
        assertFieldError(http.post(VENDORS).bearer(admin.accessToken()).json(request).send(), 422,
                "VALIDATION_FAILED", "initialPassword");
        assertThat(search("?search=" + code).get("page").get("totalElements").asLong()).isZero();
    }

    /** The admin's vendor form checks feed sources as the vendor's own API does: each bad one named, nothing made. */
    @Test
    void aNewVendorsBadFeedSourcesAre422NamingEachField_andCreateNothing() {
        String code = Fixtures.unique("feeds").toLowerCase();
        Map<String, Object> request = newVendor(code);
        request.put("feedSources", List.of(feed("no-such-market", "en", "https://feeds.test/a.csv"),
                feed("letzshop", "pt", "https://feeds.test/b.csv"),
                feed("letzshop", "en", "javascript:alert(1)"),
                feed("letzshop", "fr", "https://feeds.test/fr.csv"),
                feed("letzshop", "FR", "https://feeds.test/fr-again.csv")));

        JsonNode problem = assertFieldError(http.post(VENDORS).bearer(admin.accessToken()).json(request).send(), 422,
                "VALIDATION_FAILED", "feedSources[0].marketplace");
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("feedSources[0].marketplace",
                "feedSources[1].language", "feedSources[2].url", "feedSources[4]");
        assertThat(search("?search=" + code).get("page").get("totalElements").asLong()).isZero();

        request.put("feedSources", List.of(Map.of("marketplace", "letzshop", "language", "en")));
        assertFieldError(http.post(VENDORS).bearer(admin.accessToken()).json(request).send(), 422,
                "VALIDATION_FAILED", "feedSources[0].url");
        assertThat(search("?search=" + code).get("page").get("totalElements").asLong()).isZero();
    }

    // --- list, get, edit, verify, status -------------------------------------------------------------------------

    @Test
    void theListFiltersBySearchActiveAndVerifiedAndAnswersPages() {
        String marker = Fixtures.unique("mark").toLowerCase();
        UUID verified = create(marker + "-verified");
        UUID inactive = create(marker + "-inactive");
        UUID plain = create(marker + "-plain");
        ok(http.put(VENDORS + "/" + verified + "/verify").bearer(admin.accessToken()).json(Map.of("verified", true)));
        ok(http.put(VENDORS + "/" + inactive + "/status").bearer(admin.accessToken()).json(Map.of("active", false)));

        JsonNode all = search("?search=" + marker.toUpperCase());
        assertThat(ids(all)).containsExactlyInAnyOrder(verified, inactive, plain);
        assertThat(ids(search("?search=" + marker + "&active=false"))).containsExactly(inactive);
        assertThat(ids(search("?search=" + marker + "&verified=true"))).containsExactly(verified);
        assertThat(ids(search("?search=" + marker + "&active=true&verified=false"))).containsExactly(plain);
        assertThat(ids(search("?search=%25" + marker))).isEmpty();

        JsonNode first = search("?search=" + marker + "&size=2&page=0&sort=name,asc");
        assertThat(first.get("content").size()).isEqualTo(2);
        JsonNode page = first.get("page");
        assertThat(page.get("size").asInt()).isEqualTo(2);
        assertThat(page.get("number").asInt()).isZero();
        assertThat(page.get("totalElements").asLong()).isEqualTo(3);
        assertThat(page.get("totalPages").asInt()).isEqualTo(2);
        assertThat(ids(first)).containsExactly(inactive, plain);
        JsonNode second = search("?search=" + marker + "&size=2&page=1&sort=name,asc");
        assertThat(ids(second)).containsExactly(verified);
        assertThat(second.get("page").get("number").asInt()).isEqualTo(1);
    }

    @Test
    void theDetailCountsTheTeam() {
        VendorAccount vendor = fixtures.vendor();
        assertThat(detail(vendor.id()).get("counts").get("teamMembers").asLong()).isEqualTo(1);
        fixtures.member(vendor, "Editor");
        fixtures.member(vendor, "Viewer");
        JsonNode detail = detail(vendor.id());
        assertThat(detail.get("counts").get("teamMembers").asLong()).isEqualTo(3);
        assertThat(detail.get("code").asString()).isEqualTo(vendor.code());
    }

    @Test
    void editingChangesOnlyTheGivenDetails() {
        VendorAccount vendor = fixtures.vendor();
        Http.Response edited = http.put(VENDORS + "/" + vendor.id()).bearer(admin.accessToken()).json(Map.of(
                "name", "Renamed " + vendor.code(), "businessEmail", "new@" + vendor.code() + ".test",
                "businessAddress", Map.of("city", "Esch"),
                "feedSources", List.of(feed("letzshop", "de", "https://feeds.test/de.csv")),
                "vatNumber", "LU12345678")).send();
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        JsonNode detail = detail(vendor.id());
        assertThat(detail.get("name").asString()).isEqualTo("Renamed " + vendor.code());
        assertThat(detail.get("businessEmail").asString()).isEqualTo("new@" + vendor.code() + ".test");
        assertThat(detail.get("businessAddress").get("city").asString()).isEqualTo("Esch");
        assertThat(detail.get("vatNumber").asString()).isEqualTo("LU12345678");
        assertThat(detail.get("feedSources").get(0).get("url").asString()).isEqualTo("https://feeds.test/de.csv");
        assertThat(detail.get("subdomain").asString()).isEqualTo(vendor.code());
        assertThat(detail.get("code").asString()).isEqualTo(vendor.code());

        VendorAccount other = fixtures.vendor();
        assertProblem(http.put(VENDORS + "/" + vendor.id()).bearer(admin.accessToken())
                .json(Map.of("subdomain", other.code())).send(), 409, "VENDOR_ALREADY_EXISTS");
        assertFieldError(http.put(VENDORS + "/" + vendor.id()).bearer(admin.accessToken())
                .json(Map.of("feedSources", List.of(feed("letzshop", "xx", "https://feeds.test/x.csv")))).send(), 422,
                "VALIDATION_FAILED", "feedSources[0].language");
        assertThat(detail(vendor.id()).get("feedSources").get(0).get("language").asString()).isEqualTo("de");
        assertProblem(http.put(VENDORS + "/" + UUID.randomUUID()).bearer(admin.accessToken())
                .json(Map.of("name", "Ghost")).send(), 404, "VENDOR_NOT_FOUND");
    }

    @Test
    void verifyingAndSwitchingAVendorOffAndOnShowsInItsDetail() {
        VendorAccount vendor = fixtures.vendor();
        JsonNode verified = ok(http.put(VENDORS + "/" + vendor.id() + "/verify").bearer(admin.accessToken())
                .json(Map.of("verified", true))).json();
        assertThat(verified.get("verified").asBoolean()).isTrue();
        JsonNode off = ok(http.put(VENDORS + "/" + vendor.id() + "/status").bearer(admin.accessToken())
                .json(Map.of("active", false))).json();
        assertThat(off.get("active").asBoolean()).isFalse();
        JsonNode detail = detail(vendor.id());
        assertThat(detail.get("verified").asBoolean()).isTrue();
        assertThat(detail.get("active").asBoolean()).isFalse();
        assertThat(ok(http.put(VENDORS + "/" + vendor.id() + "/status").bearer(admin.accessToken())
                .json(Map.of("active", true))).json().get("active").asBoolean()).isTrue();
        assertFieldError(http.put(VENDORS + "/" + vendor.id() + "/verify").bearer(admin.accessToken())
                .json(Map.of()).send(), 422, "VALIDATION_FAILED", "verified");
    }

    @Test
    void aShopJustVisitedClosesTheMomentItsVendorIsSwitchedOffAndReopensWithIt() {
        VendorAccount vendor = fixtures.vendor();
        String shop = "/api/v1/public/vendors/" + vendor.code() + "/products";
        // visited: routing remembers the vendor for a while (TenancyProperties.vendorLookupTtl)
        assertThat(http.get(shop).send().status()).isEqualTo(200);
        ok(http.put(VENDORS + "/" + vendor.id() + "/status").bearer(admin.accessToken()).json(Map.of("active", false)));
        assertThat(http.get(shop).send().status()).isEqualTo(404);
        ok(http.put(VENDORS + "/" + vendor.id() + "/status").bearer(admin.accessToken()).json(Map.of("active", true)));
        assertThat(http.get(shop).send().status()).isEqualTo(200);
        assertThat(http.delete(VENDORS + "/" + vendor.id()).bearer(admin.accessToken()).send().status()).isEqualTo(204);
        assertThat(http.get(shop).send().status()).isEqualTo(404);
    }

    @Test
    void aShopSwitchedOffByAnotherInstanceClosesHereWithinTheVendorLookupTimeToLive() {
        VendorAccount vendor = fixtures.vendor();
        String shop = "/api/v1/public/vendors/" + vendor.code() + "/products";
        Duration ttl = tenancy.vendorLookupTtl();
        long remembered = System.nanoTime();
        assertThat(http.get(shop).send().status()).isEqualTo(200);

        // another instance switches it off: the row changes, this instance is not told
        jdbc.update("update tenancy_vendors set active = false where id = ?", vendor.id());
        int meanwhile = http.get(shop).send().status();
        if (Duration.ofNanos(System.nanoTime() - remembered).compareTo(ttl.dividedBy(2)) < 0) {
            // (only when this machine was quick enough for the lookup to be still remembered for sure)
            assertThat(meanwhile).as("remembered here for a while").isEqualTo(200);
        }

        // (the margin covers one lookup's own duration, which the time to live counts from its end, and a slow machine)
        await().atMost(ttl.plusMillis(1500)).pollInterval(Duration.ofMillis(50))
                .until(() -> http.get(shop).send().status() == 404);
    }

    // --- delete ---------------------------------------------------------------------------------------------

    @Test
    void aDeletedVendorIsUnreachableButItsDataIsKept() {
        VendorAccount vendor = fixtures.vendor();
        Session customer = fixtures.customer(vendor);
        Http.Response deleted = http.delete(VENDORS + "/" + vendor.id()).bearer(admin.accessToken()).send();
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertThat(deleted.body()).isEmpty();

        // admins still find its record by id (soft delete), marked deleted and inactive, but not in the list
        JsonNode detail = detail(vendor.id());
        assertThat(detail.get("deleted").asBoolean()).isTrue();
        assertThat(detail.get("active").asBoolean()).isFalse();
        assertThat(detail.get("counts").get("teamMembers").asLong()).isEqualTo(1);
        assertThat(ids(search("?search=" + vendor.code()))).doesNotContain(vendor.id());

        // nobody reaches it any more
        assertProblem(http.get("/api/v1/public/vendors/" + vendor.code() + "/products").send(), 404,
                "VENDOR_NOT_FOUND");
        assertProblem(http.get("/api/v1/vendor/team/members").bearer(vendor.owner().accessToken()).send(), 404,
                "VENDOR_NOT_FOUND");
        assertProblem(http.get("/api/v1/public/vendors/" + vendor.code() + "/products")
                .bearer(customer.accessToken()).send(), 404, "VENDOR_NOT_FOUND");
        assertProblem(http.post("/api/v1/vendor/auth/login").json(Map.of("email", vendor.owner().email(),
                "password", Fixtures.PASSWORD, "vendorCode", vendor.code())).send(), 404, "VENDOR_NOT_FOUND");
        assertProblem(http.post("/api/v1/auth/refresh").json(Map.of("refreshToken", vendor.owner().refreshToken()))
                .send(), 401, "INVALID_REFRESH_TOKEN");

        // it cannot be deleted or switched on again
        assertProblem(http.delete(VENDORS + "/" + vendor.id()).bearer(admin.accessToken()).send(), 404,
                "VENDOR_NOT_FOUND");
        assertProblem(http.put(VENDORS + "/" + vendor.id() + "/status").bearer(admin.accessToken())
                .json(Map.of("active", true)).send(), 404, "VENDOR_NOT_FOUND");

        // its subdomain is free again, its code stays taken
        Map<String, Object> reuse = newVendor(Fixtures.unique("re").toLowerCase());
        reuse.put("subdomain", vendor.code());
        assertThat(http.post(VENDORS).bearer(admin.accessToken()).json(reuse).send().status()).isEqualTo(201);
        Map<String, Object> sameCode = newVendor(Fixtures.unique("re").toLowerCase());
        sameCode.put("code", vendor.code());
        assertProblem(http.post(VENDORS).bearer(admin.accessToken()).json(sameCode).send(), 409,
                "VENDOR_ALREADY_EXISTS");
    }

    // --- bulk import --------------------------------------------------------------------------------------------

    @Test
    void aBulkImportCreatesTheGoodRowsAndReportsEachBadRowWithoutWritingIt() {
        String m = Fixtures.unique("bulk").toLowerCase();
        String csv = String.join("\n",
                "vendor_name,subdomain,owner_name,owner_email,owner_phone,business_address,business_city,"
                        + "business_postal_code,business_country,feed_url.letzshop.en,initial_password",
                "Bulk Activate " + m + "," + m + "-a,Anna Alpha,anna-" + m + "@bulk.test,+352 1,1 Main St,Luxembourg,"
                        + "L-1111,LU,https://feeds.test/a.csv,",
                "Bulk Temporary " + m + "," + m + "-b,Bob Beta,bob-" + m + "@bulk.test,,\"2 Side St, Apt 3\",Esch,"
                        + "L-4000,LU,,Temporary-Secret-2",
                "Bulk Bad Subdomain " + m + "," + m + "_bad!,Carl Gamma,carl-" + m + "@bulk.test,,,,,,,",
                "Bulk Weak Password " + m + "," + m + "-d,Dora Delta,dora-" + m + "@bulk.test,,,,,,,short",
                "Bulk Duplicate " + m + "," + m + "-a,Eve Epsilon,eve-" + m + "@bulk.test,,,,,,,",
                "Bulk Bad Email " + m + "," + m + "-f,Finn Phi,not-an-email,,,,,,,",
                "Bulk Bad Feed " + m + "," + m + "-g,Gus Gamma,gus-" + m + "@bulk.test,,,,,,ftp://feeds.test/g.csv,");
        Http.Response response = http.post(VENDORS + "/bulk-import").bearer(admin.accessToken())
                .multipartFile("file", "vendors.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)).send();

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode result = response.json();
        assertThat(result.get("total").asInt()).isEqualTo(7);
        assertThat(result.get("created").asInt()).isEqualTo(2);
        assertThat(result.get("failed").asInt()).isEqualTo(5);
        JsonNode rows = result.get("rows");
        List<Long> lines = new ArrayList<>();
        rows.forEach(r -> lines.add(r.get("row").asLong()));
        assertThat(lines).as("file line of each row").containsExactly(2L, 3L, 4L, 5L, 6L, 7L, 8L);

        JsonNode activate = rows.get(0);
        assertThat(activate.get("status").asString()).isEqualTo("CREATED");
        assertThat(activate.get("code").asString()).isEqualTo(m + "-a");
        assertThat(activate.get("ownerActivationUrl").asString()).contains("/api/v1/auth/activation/");
        assertThat(rows.get(1).get("status").asString()).isEqualTo("CREATED");
        assertThat(rows.get(1).hasNonNull("ownerActivationUrl")).isFalse();
        assertFailed(rows.get(2), "subdomain");
        assertFailed(rows.get(3), "initial_password");
        assertFailed(rows.get(4), null);
        assertFailed(rows.get(5), "owner_email");
        assertFailed(rows.get(6), "feed_url.letzshop.en");

        // the good rows are whole vendors with their owners ...
        UUID a = UUID.fromString(activate.get("vendorId").asString());
        JsonNode vendorA = detail(a);
        assertThat(vendorA.get("name").asString()).isEqualTo("Bulk Activate " + m);
        assertThat(vendorA.get("businessAddress").get("postalCode").asString()).isEqualTo("L-1111");
        assertThat(vendorA.get("feedSources").get(0).get("url").asString()).isEqualTo("https://feeds.test/a.csv");
        assertThat(vendorA.get("counts").get("teamMembers").asLong()).isEqualTo(1);
        assertThat(detail(UUID.fromString(rows.get(1).get("vendorId").asString())).get("businessAddress")
                .get("street").asString()).isEqualTo("2 Side St, Apt 3");
        assertThat(http.post(URI.create(activate.get("ownerActivationUrl").asString()).getPath())
                .json(Map.of("password", Fixtures.PASSWORD)).send().status()).isEqualTo(204);
        assertThat(fixtures.loginMember("anna-" + m + "@bulk.test", m + "-a").role()).isEqualTo("Owner");

        // ... and nothing of the bad rows was written
        assertThat(ids(search("?search=" + m))).hasSize(2);
        for (String owner : List.of("carl-", "dora-", "eve-", "gus-")) {
            assertThat(users("?search=" + owner + m).get("page").get("totalElements").asLong()).as(owner).isZero();
        }
        assertThat(users("?search=bob-" + m).get("page").get("totalElements").asLong()).isEqualTo(1);

        // the owner given an initial password must change it before logging in
        assertOwnerMustChangePassword("bob-" + m + "@bulk.test", m + "-b", "Temporary-Secret-2");
    }

    @Test
    void aBulkImportReadsASpreadsheetExportWithByteOrderMarkSemicolonsAndCrlf() {
        String m = Fixtures.unique("xls").toLowerCase();
        String csv = "\uFEFFVendor_Name;Subdomain;Owner_Name;Owner_Email;Owner_Phone;Business_Address;Business_City;"
                + "Business_Postal_Code;Business_Country;Feed_URL.Letzshop.EN;Initial_Password\r\n"
                + "\"Caf\u00e9 M\u00fcller; Söhne\";" + m + ";Zo\u00eb Z\u00e9ta;zoe-" + m + "@bulk.test;;;;;;;\r\n";
        Http.Response response = http.post(VENDORS + "/bulk-import").bearer(admin.accessToken())
                .multipartFile("file", "vendors.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode row = response.json().get("rows").get(0);
        assertThat(row.get("status").asString()).as(row.toString()).isEqualTo("CREATED");
        JsonNode vendor = detail(UUID.fromString(row.get("vendorId").asString()));
        assertThat(vendor.get("name").asString()).isEqualTo("Caf\u00e9 M\u00fcller; Söhne");
        JsonNode owner = users("?search=zoe-" + m).get("content").get(0);
        assertThat(owner.get("firstName").asString()).isEqualTo("Zo\u00eb");
        assertThat(owner.get("lastName").asString()).isEqualTo("Z\u00e9ta");

        // a file of the former shape, its feed column dropped unread otherwise, is refused whole
        Http.Response former = http.post(VENDORS + "/bulk-import").bearer(admin.accessToken())
                .multipartFile("file", "vendors.csv", "text/csv", ("vendor_name,subdomain,owner_email,letzshop_csv_url\n"
                        + "Former," + m + "-f,former-" + m + "@bulk.test,https://feeds.test/f.csv\n")
                        .getBytes(StandardCharsets.UTF_8)).send();
        assertThat(com.wizamart.support.ProblemAssertions.assertFieldError(former, 422, "VALIDATION_FAILED", "file")
                .toString()).contains("letzshop_csv_url", "feed_url.<marketplace>.<language>");
        assertThat(users("?search=former-" + m).get("page").get("totalElements").asLong()).isZero();
    }

    @Test
    void aBulkRowWithValuesTooLongToStoreFailsNamingTheColumnAndLeavesNothingBehind() {
        String m = Fixtures.unique("late").toLowerCase();
        String longName = "N".repeat(150);
        String csv = "vendor_name,subdomain,owner_name,owner_email,owner_phone\n"
                + "Late Failure " + m + "," + m + "-a," + longName + ",late-" + m + "@bulk.test,\n"
                + "Long Phone " + m + "," + m + "-b,Pat Long,phone-" + m + "@bulk.test," + "1".repeat(60) + "\n"
                + "Fine " + m + "," + m + "-c,Fay Fine,fine-" + m + "@bulk.test,\n";
        Http.Response response = http.post(VENDORS + "/bulk-import").bearer(admin.accessToken())
                .multipartFile("file", "vendors.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode rows = response.json().get("rows");
        assertFailed(rows.get(0), "owner_name");
        assertFailed(rows.get(1), "owner_phone");
        assertThat(rows.get(2).get("status").asString()).isEqualTo("CREATED");
        assertThat(ids(search("?search=" + m))).hasSize(1);
        assertThat(users("?search=late-" + m).get("page").get("totalElements").asLong()).isZero();
        assertThat(users("?search=phone-" + m).get("page").get("totalElements").asLong()).isZero();
        // the failed rows' subdomains are free
        assertThat(create(m + "-a")).isNotNull();
    }

    @Test
    void aBulkImportFileWithoutTheRequiredColumnsIs422() {
        assertFieldError(http.post(VENDORS + "/bulk-import").bearer(admin.accessToken())
                .multipartFile("file", "vendors.csv", "text/csv", "name,email\nx,y@z.test\n".getBytes(StandardCharsets.UTF_8))
                .send(), 422, "VALIDATION_FAILED", "file");
        assertFieldError(http.post(VENDORS + "/bulk-import").bearer(admin.accessToken())
                .multipartFile("file", "vendors.csv", "text/csv", new byte[0]).send(), 422, "VALIDATION_FAILED", "file");
    }

    // --- audit log ------------------------------------------------------------------------------------------

    @Test
    void theAuditLogShowsWhoDidWhatToWhichVendor() {
        VendorAccount vendor = fixtures.vendor();
        ok(http.put(VENDORS + "/" + vendor.id()).bearer(admin.accessToken()).json(Map.of("name", "Audited")));
        ok(http.put(VENDORS + "/" + vendor.id() + "/verify").bearer(admin.accessToken()).json(Map.of("verified", true)));
        ok(http.put(VENDORS + "/" + vendor.id() + "/status").bearer(admin.accessToken()).json(Map.of("active", false)));
        assertThat(http.delete(VENDORS + "/" + vendor.id()).bearer(admin.accessToken()).send().status()).isEqualTo(204);

        JsonNode log = audit("?vendorId=" + vendor.id() + "&targetType=vendor");
        List<String> actions = new ArrayList<>();
        log.get("content").forEach(e -> actions.add(e.get("action").asString()));
        assertThat(actions).containsExactly("VENDOR_DELETED", "VENDOR_DEACTIVATED", "VENDOR_VERIFIED",
                "VENDOR_UPDATED", "VENDOR_CREATED");
        for (JsonNode entry : log.get("content")) {
            assertThat(entry.get("vendorId").asString()).isEqualTo(vendor.id().toString());
            assertThat(entry.get("actorEmail").asString()).isEqualTo(admin.email());
            assertThat(entry.get("actorId").asString()).isEqualTo(admin.userId().toString());
            assertThat(entry.hasNonNull("at")).isTrue();
        }
        JsonNode updated = log.get("content").get(3);
        assertThat(updated.get("before").get("name").asString()).isEqualTo("Shop " + vendor.code());
        assertThat(updated.get("after").get("name").asString()).isEqualTo("Audited");
        assertThat(log.get("page").get("totalElements").asLong()).isEqualTo(5);

        JsonNode created = audit("?vendorId=" + vendor.id() + "&action=VENDOR_CREATED");
        assertThat(created.get("content").size()).isEqualTo(1);
        assertThat(created.get("content").get(0).get("after").get("code").asString()).isEqualTo(vendor.code());
        JsonNode byActor = audit("?actor=" + admin.email() + "&action=VENDOR_VERIFIED&size=200");
        assertThat(byActor.get("content").findValuesAsString("vendorId")).contains(vendor.id().toString());
        assertThat(audit("?vendorId=" + UUID.randomUUID()).get("page").get("totalElements").asLong()).isZero();
    }

    // --- users ----------------------------------------------------------------------------------------------

    @Test
    void theUserListShowsTeamMembersWithTheirMemberships() {
        VendorAccount vendor = fixtures.vendor();
        JsonNode users = users("?search=" + vendor.owner().email());
        assertThat(users.get("page").get("totalElements").asLong()).isEqualTo(1);
        JsonNode owner = users.get("content").get(0);
        assertThat(owner.get("id").asString()).isEqualTo(vendor.owner().userId().toString());
        assertThat(owner.get("active").asBoolean()).isTrue();
        assertThat(owner.get("activated").asBoolean()).isTrue();
        assertThat(owner.get("platformAdmin").asBoolean()).isFalse();
        assertThat(owner.has("passwordHash")).isFalse();
        assertThat(owner.get("memberships").get(0).get("vendorId").asString()).isEqualTo(vendor.id().toString());
        assertThat(owner.get("memberships").get(0).get("role").asString()).isEqualTo("Owner");
        assertThat(users("?platformAdmin=true&search=" + admin.email()).get("page").get("totalElements").asLong())
                .isEqualTo(1);
        assertThat(users("?platformAdmin=true&search=" + vendor.owner().email()).get("page").get("totalElements")
                .asLong()).isZero();
    }

    @Test
    void deactivatingAUserBlocksLoginAndRefreshUntilReactivated() {
        VendorAccount vendor = fixtures.vendor();
        Session member = fixtures.member(vendor, "Editor");
        JsonNode off = ok(http.put("/api/v1/admin/users/" + member.userId() + "/status").bearer(admin.accessToken())
                .json(Map.of("active", false))).json();
        assertThat(off.get("active").asBoolean()).isFalse();
        assertThat(users("?active=false&search=" + member.email()).get("page").get("totalElements").asLong())
                .isEqualTo(1);

        assertProblem(http.post("/api/v1/vendor/auth/login").json(Map.of("email", member.email(),
                "password", Fixtures.PASSWORD, "vendorCode", vendor.code())).send(), 401, "INVALID_CREDENTIALS");
        assertProblem(http.post("/api/v1/auth/refresh").json(Map.of("refreshToken", member.refreshToken())).send(),
                401, "INVALID_REFRESH_TOKEN");
        JsonNode audited = audit("?action=USER_DEACTIVATED&size=200");
        assertThat(audited.get("content").findValuesAsString("targetId")).contains(member.userId().toString());

        ok(http.put("/api/v1/admin/users/" + member.userId() + "/status").bearer(admin.accessToken())
                .json(Map.of("active", true)));
        assertThat(fixtures.loginMember(member.email(), vendor.code()).role()).isEqualTo("Editor");
    }

    @Test
    void aDeactivatedAdminCannotLogInAndNoAdminCanDeactivateThemselves() {
        Session other = fixtures.admin();
        ok(http.put("/api/v1/admin/users/" + other.userId() + "/status").bearer(admin.accessToken())
                .json(Map.of("active", false)));
        assertProblem(http.post("/api/v1/admin/auth/login").json(Map.of("email", other.email(),
                "password", Fixtures.PASSWORD)).send(), 401, "INVALID_CREDENTIALS");
        assertProblem(http.post("/api/v1/auth/refresh").json(Map.of("refreshToken", other.refreshToken())).send(),
                401, "INVALID_REFRESH_TOKEN");

        Session self = fixtures.admin();
        assertProblem(http.put("/api/v1/admin/users/" + self.userId() + "/status").bearer(self.accessToken())
                .json(Map.of("active", false)).send(), 409, "CANNOT_DEACTIVATE_SELF");
        assertProblem(http.put("/api/v1/admin/users/" + UUID.randomUUID() + "/status").bearer(admin.accessToken())
                .json(Map.of("active", false)).send(), 404, "USER_NOT_FOUND");
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private void assertOwnerMustChangePassword(String email, String vendorCode, String temporary) {
        Map<String, Object> login = Map.of("email", email, "password", temporary, "vendorCode", vendorCode);
        assertProblem(http.post("/api/v1/vendor/auth/login").json(login).send(), 403, "PASSWORD_CHANGE_REQUIRED");
        assertFieldError(http.post("/api/v1/auth/password").json(Map.of("email", email, "currentPassword", temporary,
                "newPassword", temporary)).send(), 422, "VALIDATION_FAILED", "newPassword");
        assertProblem(http.post("/api/v1/auth/password").json(Map.of("email", email, "currentPassword", "wrong-password",
                "newPassword", Fixtures.PASSWORD)).send(), 401, "INVALID_CREDENTIALS");
        Http.Response changed = http.post("/api/v1/auth/password").json(Map.of("email", email,
                "currentPassword", temporary, "newPassword", Fixtures.PASSWORD)).send();
        assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
        assertProblem(http.post("/api/v1/vendor/auth/login").json(login).send(), 401, "INVALID_CREDENTIALS");
        assertThat(fixtures.loginMember(email, vendorCode).role()).isEqualTo("Owner");
    }

    private static void assertFailed(JsonNode row, String field) {
        assertThat(row.get("status").asString()).as(row.toString()).isEqualTo("FAILED");
        assertThat(row.hasNonNull("vendorId")).as(row.toString()).isFalse();
        JsonNode errors = row.get("errors");
        assertThat(errors.size()).as(row.toString()).isPositive();
        assertThat(errors.get(0).hasNonNull("message")).isTrue();
        if (field != null) {
            assertThat(errors.findValuesAsString("field")).as(row.toString()).contains(field);
        }
    }

    private static Map<String, Object> feed(String marketplace, String language, String url) {
        return Map.of("marketplace", marketplace, "language", language, "url", url);
    }

    private static Map<String, Object> newVendor(String code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", "Shop " + code);
        body.put("subdomain", code);
        body.put("businessEmail", "hello@" + code + ".test");
        body.put("owner", Map.of("email", "owner-" + code + "@shop.test", "firstName", "Olga", "lastName", "Owner"));
        return body;
    }

    private UUID create(String code) {
        Http.Response created = http.post(VENDORS).bearer(admin.accessToken()).json(newVendor(code)).send();
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return UUID.fromString(created.json().get("id").asString());
    }

    private Http.Response ok(Http.Request request) {
        Http.Response response = request.send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response;
    }

    private JsonNode detail(UUID vendorId) {
        return ok(http.get(VENDORS + "/" + vendorId).bearer(admin.accessToken())).json();
    }

    private JsonNode search(String query) {
        return ok(http.get(VENDORS + query).bearer(admin.accessToken())).json();
    }

    private JsonNode users(String query) {
        return ok(http.get("/api/v1/admin/users" + query).bearer(admin.accessToken())).json();
    }

    private JsonNode audit(String query) {
        return ok(http.get("/api/v1/admin/audit-log" + query).bearer(admin.accessToken())).json();
    }

    private static List<UUID> ids(JsonNode page) {
        List<UUID> ids = new ArrayList<>();
        page.get("content").forEach(v -> ids.add(UUID.fromString(v.get("id").asString())));
        return ids;
    }
}
