package com.wizamart.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.wizamart.identity.application.BulkVendorImport;
import com.wizamart.identity.application.BulkVendorImport.Result;
import com.wizamart.identity.application.BulkVendorImport.RowResult;
import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.BusinessDetails;
import com.wizamart.tenancy.FeedSource;
import com.wizamart.tenancy.Owner;
import com.wizamart.tenancy.RegisterVendor;
import com.wizamart.tenancy.Vendors;

/**
 * Opening vendors from a CSV file with their feed sources, in columns {@code feed_url.<marketplace>.<language>}:
 * checked as every vendor's feed sources are (tenancy's rules), each error named by its column.
 */
@IdentityModuleTest
class BulkVendorImportModuleTests {

    private static final Actor ADMIN = new Actor(UUID.randomUUID(), "admin@wizamart.test");

    @Autowired
    BulkVendorImport bulk;

    @Autowired
    VendorOnboarding onboarding;

    @Autowired
    Vendors vendors;

    @Test
    void aRowOpensItsVendorWithTheFeedsOfItsFeedColumns() {
        String a = Teams.label();
        String b = Teams.label();

        Result result = run("vendor_name,subdomain,owner_email,feed_url.north-market.en,Feed_URL.North-Market.FR,"
                + "feed_url.south-market.en\n"
                + "Shop A," + a + ",owner@" + a + ".example,https://feeds.test/a-en.csv,https://feeds.test/a-fr.csv,\n"
                + "Shop B," + b + ",owner@" + b + ".example,,,https://feeds.test/b.csv?key=k\n");

        assertThat(result.created()).isEqualTo(2);
        assertThat(vendors.detailsWithFeedSources(result.rows().get(0).vendorId()).feedSources()).containsExactly(
                new FeedSource("north-market", "en", "https://feeds.test/a-en.csv"),
                new FeedSource("north-market", "fr", "https://feeds.test/a-fr.csv"));
        assertThat(vendors.detailsWithFeedSources(result.rows().get(1).vendorId()).feedSources()).containsExactly(
                new FeedSource("south-market", "en", "https://feeds.test/b.csv?key=k"));
    }

    @Test
    void aBadFeedFailsItsRowOnly_namingItsColumn() {
        String good = Teams.label();
        String unknown = Teams.label();
        String language = Teams.label();
        String url = Teams.label();

        Result result = run("vendor_name,subdomain,owner_email,feed_url.south-market.en,feed_url.west-market.en,"
                + "feed_url.south-market.de\n"
                + "Good," + good + ",owner@" + good + ".example,https://feeds.test/good.csv,,\n"
                + "Unknown," + unknown + ",owner@" + unknown + ".example,,https://feeds.test/w.csv,\n"
                + "Language," + language + ",owner@" + language + ".example,,,https://feeds.test/de.csv\n"
                + "Url," + url + ",owner@" + url + ".example,ftp://feeds.test/x.csv,,\n");

        assertThat(result.rows()).extracting(RowResult::status)
                .containsExactly("CREATED", "FAILED", "FAILED", "FAILED");
        assertThat(result.rows().subList(1, 4)).extracting(r -> r.errors().getFirst())
                .containsExactly(
                        new FieldViolation("feed_url.west-market.en", "must be one of [north-market, south-market]"),
                        new FieldViolation("feed_url.south-market.de", "must be one of [en] for south-market"),
                        new FieldViolation("feed_url.south-market.en",
                                com.wizamart.tenancy.FeedSource.URL_RULE));
        assertThat(vendors.findByCode(unknown)).isEmpty();
        assertThat(vendors.findByCode(url)).isEmpty();
    }

    @Test
    void aFeedColumnNamedOtherwiseFailsTheFile() {
        assertFileRefused("vendor_name,subdomain,owner_email,feed_url.north-market\n",
                "has the column feed_url.north-market; feed columns are named feed_url.<marketplace>.<language>");
        assertFileRefused("vendor_name,subdomain,owner_email,feed_url.a.b.c\n",
                "has the column feed_url.a.b.c; feed columns are named feed_url.<marketplace>.<language>");
        assertFileRefused("vendor_name,subdomain,owner_email,feed_url.north-market.en,FEED_URL.north-market.en\n",
                "has the column feed_url.north-market.en twice");
    }

    /** A column the import does not know (an older file's feed column, a typo) would be dropped: it refuses the file. */
    @Test
    void anUnknownColumnFailsTheFile_namingItAndTheColumnsThereAre() {
        String label = Teams.label();
        String accepted = "; the columns are vendor_name, subdomain, owner_name, owner_email, owner_phone, "
                + "business_address, business_city, business_postal_code, business_country, initial_password, "
                + "attach_existing_owner and feed_url.<marketplace>.<language>";
        assertFileRefused("vendor_name,subdomain,owner_email,north_market_csv_url\nShop," + label + ",o@" + label
                + ".example,https://feeds.test/en.csv\n", "has the unknown column north_market_csv_url" + accepted);
        assertFileRefused("Vendor_Name,subdomain,owner_email,Notes,owner_mail\n",
                "has the unknown columns notes, owner_mail" + accepted);
        assertThat(vendors.findByCode(label)).isEmpty();
    }

    /** The admin's form and the CSV file are checked alike: the form's errors name the request's fields. */
    @Test
    void onboardingOneVendorChecksItsFeedSourcesAsTheFileDoes() {
        String label = Teams.label();
        RegisterVendor command = new RegisterVendor(null, "Shop", label, BusinessDetails.empty(), List.of(
                new FeedSource("north-market", "en", "https://feeds.test/en.csv"),
                new FeedSource("north-market", "en", "https://feeds.test/en-again.csv")),
                new Owner("owner@" + label + ".example", null, null, null));

        assertThatThrownBy(() -> onboarding.open(command, null, false, ADMIN))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("feedSources[1]"));
        assertThat(vendors.findByCode(label)).isEmpty();
    }

    private Result run(String csv) {
        return bulk.run(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), ADMIN);
    }

    private void assertFileRefused(String csv, String message) {
        assertThatThrownBy(() -> run(csv)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).containsExactly(new FieldViolation("file", message)));
    }
}
