package com.wizamart.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jobrunr.jobs.states.FailedState;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import com.wizamart.support.ApiTest;
import com.wizamart.support.AsOwner;
import com.wizamart.support.Feeds;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Imports;

import tools.jackson.databind.JsonNode;

/**
 * Imports never wedge: a required value staging cannot hold is a row error (an optional one is dropped with a
 * warning), a failure the database will not get over ends the
 * job in {@code FAILED} at once (and the next import of the same feed is accepted), a failure it gets over is retried,
 * and a feed that breaks mid-file keeps, and counts, the rows read before the break.
 */
class ImportFailureIntegrationTests extends ApiTest {

    /** Longer than the retries of a failure (about a minute) would take, shorter than the patience of a vendor. */
    private static final Duration PROMPTLY = Duration.ofSeconds(45);

    @Autowired
    Environment environment;

    @Autowired
    StorageProvider jobEngine;

    @Test
    void requiredValuesLongerThanStagingKeepsAreRowErrorsOptionalOnesWarningsAndTheRestOfTheFeedImports() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Imports imports = new Imports(http, vendor.owner().accessToken());
        String longId = "L-" + "i".repeat(199);
        String longBrand = "B" + "b".repeat(200);
        String longMpn = "M" + "m".repeat(100);
        StringBuilder feed = new StringBuilder(Feeds.HEADER).append('\n');
        feed.append(Feeds.line(Map.of("id", "OK-1", "title", "Fine", "price", "9.99 EUR"))).append('\n');
        feed.append(Feeds.line(Map.of("id", longId, "title", "Id too long", "price", "9.99 EUR"))).append('\n');
        feed.append(Feeds.line(Map.of("id", "OK-2", "title", "Fine", "price", "9.99 EUR", "brand", longBrand)))
                .append('\n');
        feed.append(Feeds.line(Map.of("id", "OK-3", "title", "Fine", "price", "9.99 EUR", "mpn", longMpn)))
                .append('\n');
        feed.append(Feeds.line(Map.of("id", "OK-4", "title", "Fine", "price", "9.99 EUR", "brand", "b".repeat(200),
                "mpn", "m".repeat(100)))).append('\n');

        Http.Response started = imports.upload("en", Feeds.text(feed.toString()));
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        JsonNode job = imports.await(started.json().get("id").asString(), PROMPTLY);

        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("COMPLETED_WITH_ERRORS");
        assertThat(job.get("rowsProcessed").asLong()).isEqualTo(5);
        assertThat(job.get("created").asLong()).as("every row but the one whose id is too long").isEqualTo(4);
        assertThat(job.get("failed").asLong()).isEqualTo(1);
        assertThat(job.get("errorCount").asLong()).isEqualTo(1);
        assertThat(job.get("warningCount").asLong()).isEqualTo(2);
        JsonNode errors = http.get("/api/v1/vendor/marketplace/jobs/" + job.get("id").asString() + "/errors")
                .bearer(vendor.owner().accessToken()).send().json().get("content");
        assertThat(errors).hasSize(3);
        assertRowError(errors.get(0), 3, "id", longId, "ERROR");
        assertRowError(errors.get(1), 4, "brand", longBrand, "WARNING");
        assertRowError(errors.get(2), 5, "mpn", longMpn, "WARNING");
        JsonNode staged = http.get("/api/v1/vendor/marketplace/products?search=OK-2")
                .bearer(vendor.owner().accessToken()).send().json().get("content").get(0);
        assertThat(staged.get("brand").isNull()).as("dropped, never cut").isTrue();
        JsonNode longest = http.get("/api/v1/vendor/marketplace/products?search=OK-4")
                .bearer(vendor.owner().accessToken()).send().json().get("content").get(0);
        assertThat(longest.get("brand").asString()).as("the longest that fits is kept").hasSize(200);

        Http.Response next = imports.upload("en", Feeds.generated("N", 3, 0));
        assertThat(next.status()).as("the next import of the feed is accepted: " + next).isEqualTo(202);
        assertThat(imports.await(next.json().get("id").asString()).get("status").asString()).isEqualTo("COMPLETED");
    }

    /**
     * A NUL character the encoding check did not see (it looks at the first 64 KB) in the first cell of a row cut
     * short: the row error names the row by that cell, and it must be storable like any other.
     */
    @Test
    void aRowErrorWhoseValueHoldsANulCharacterIsStoredAndTheRestOfTheFeedImports() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Imports imports = new Imports(http, vendor.owner().accessToken());
        StringBuilder feed = new StringBuilder(new String(Feeds.generated("Z", 1000, 0), StandardCharsets.UTF_8));
        feed.append("Z-\u0000-cut\tCut short\n");
        feed.append(Feeds.line(Map.of("id", "Z-LAST", "title", "After", "price", "9.99 EUR"))).append('\n');

        JsonNode job = imports.uploadAndWait("en", Feeds.text(feed.toString()));

        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("COMPLETED_WITH_ERRORS");
        assertThat(job.get("created").asLong()).isEqualTo(1001);
        assertThat(job.get("failed").asLong()).isEqualTo(1);
        JsonNode errors = http.get("/api/v1/vendor/marketplace/jobs/" + job.get("id").asString() + "/errors")
                .bearer(vendor.owner().accessToken()).send().json().get("content");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("position").asLong()).isEqualTo(1002);
        assertThat(errors.get(0).get("value").asString()).doesNotContain("\u0000").startsWith("Z-").endsWith("-cut");
    }

    private static void assertRowError(JsonNode error, long row, String column, String value, String severity) {
        assertThat(error.get("position").asLong()).as(error.toString()).isEqualTo(row);
        assertThat(error.get("severity").asString()).as(error.toString()).isEqualTo(severity);
        assertThat(error.get("field").asString()).as(error.toString()).isEqualTo(column);
        assertThat(error.get("value").asString()).as("the first characters of the value")
                .isEqualTo(value.substring(0, 99) + "…");
        assertThat(error.get("message").asString()).as(error.toString())
                .contains(column, "longer than " + (value.length() - 1) + " characters");
    }

    @Test
    void aFailureTheDatabaseWillNotGetOverFailsTheImportAtOnceAndTheNextImportIsAccepted() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Imports imports = new Imports(http, vendor.owner().accessToken());
        String refused = Fixtures.unique("REFUSED");
        String trigger = refuse(refused, "check_violation", "new row violates check constraint \"plausible_product\"",
                false);
        try {
            StringBuilder feed = new StringBuilder(new String(Feeds.generated("F", 20, 0), StandardCharsets.UTF_8));
            feed.append(Feeds.line(Map.of("id", refused, "title", "Refused", "price", "9.99 EUR"))).append('\n');
            Http.Response started = imports.upload("en", Feeds.text(feed.toString()));
            assertThat(started.status()).as(started.toString()).isEqualTo(202);
            String jobId = started.json().get("id").asString();

            JsonNode job = imports.await(jobId, PROMPTLY);

            assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("FAILED");
            assertThat(job.get("message").asString()).as(job.toString())
                    .contains("stopped", "rows imported so far are kept")
                    .doesNotContain("Exception", "plausible_product", "SQL");
            assertThat(jobEngine.getJobById(UUID.fromString(jobId)).getJobStatesOfType(FailedState.class))
                    .as("the job engine did not retry it").isEmpty();
        } finally {
            dropRefusal(trigger);
        }
        Http.Response next = imports.upload("en", Feeds.generated("F", 20, 0));
        assertThat(next.status()).as("the next import of the feed is accepted: " + next).isEqualTo(202);
        JsonNode again = imports.await(next.json().get("id").asString());
        assertThat(again.get("status").asString()).as(again.toString()).isEqualTo("COMPLETED");
    }

    @Test
    void aFailureTheDatabaseGetsOverIsRetriedAndTheImportCompletes() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Imports imports = new Imports(http, vendor.owner().accessToken());
        String unlucky = Fixtures.unique("UNLUCKY");
        // only the first attempt fails (counted by a sequence, outside the transaction the failure rolls back)
        String trigger = refuse(unlucky, "serialization_failure",
                "could not serialize access due to concurrent update", true);
        try {
            StringBuilder feed = new StringBuilder(new String(Feeds.generated("S", 20, 0), StandardCharsets.UTF_8));
            feed.append(Feeds.line(Map.of("id", unlucky, "title", "Unlucky", "price", "9.99 EUR"))).append('\n');

            JsonNode job = imports.uploadAndWait("en", Feeds.text(feed.toString()));

            assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("COMPLETED");
            assertThat(job.get("created").asLong()).isEqualTo(21);
            assertThat(jobEngine.getJobById(UUID.fromString(job.get("id").asString()))
                    .getJobStatesOfType(FailedState.class)).as("retried once").hasSize(1);
        } finally {
            dropRefusal(trigger);
        }
    }

    @Test
    void aFeedThatBreaksMidFileKeepsAndCountsTheRowsReadBeforeTheBreak() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Imports imports = new Imports(http, vendor.owner().accessToken());
        // UTF-8 (the accent on line 2 decides it), then, well past what the encoding was decided on, a Latin-1 byte
        // on line 32: the file mixes encodings
        ByteArrayOutputStream feed = new ByteArrayOutputStream();
        feed.writeBytes((Feeds.HEADER + "\n").getBytes(StandardCharsets.UTF_8));
        List<String> rows = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            rows.add(Feeds.line(Map.of("id", "M-" + i, "title", "Café " + i, "price", "9.99 EUR",
                    "description", "A long story. ".repeat(200))));
        }
        feed.writeBytes((String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8));
        feed.writeBytes((Feeds.line(Map.of("id", "M-31", "title", "Café crème", "price", "9.99 EUR")) + "\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        feed.writeBytes((Feeds.line(Map.of("id", "M-32", "title", "Never read", "price", "9.99 EUR")) + "\n")
                .getBytes(StandardCharsets.UTF_8));

        JsonNode job = imports.uploadAndWait("en", feed.toByteArray());

        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("FAILED");
        assertThat(job.get("rowsProcessed").asLong()).as(job.toString()).isEqualTo(30);
        assertThat(job.get("created").asLong()).isEqualTo(30);
        assertThat(job.get("message").asString()).as(job.toString()).contains("line 32", "30 rows");
        assertThat(http.get("/api/v1/vendor/marketplace/products").bearer(vendor.owner().accessToken()).send().json()
                .get("page").get("totalElements").asLong()).isEqualTo(30);
    }

    /**
     * Makes staging refuse the row of {@code externalId} with a database error of {@code errcode} (only its first
     * write when {@code firstWriteOnly}): a trigger, installed as the tables' owner. Answers its name for
     * {@link #dropRefusal(String)}.
     */
    private String refuse(String externalId, String errcode, String message, boolean firstWriteOnly) {
        String trigger = "test_refuse_" + Math.abs(externalId.hashCode());
        owner("""
                create sequence %1$s_writes;
                create function %1$s() returns trigger language plpgsql security definer as $f$
                begin
                  if new.external_id = '%2$s' and (not %3$s or nextval('%1$s_writes') = 1) then
                    raise exception '%4$s' using errcode = '%5$s';
                  end if;
                  return new;
                end $f$;
                create trigger %1$s before insert or update on marketplace_staged_products
                  for each row execute function %1$s()""".formatted(trigger, externalId, firstWriteOnly, message,
                errcode));
        return trigger;
    }

    private void dropRefusal(String trigger) {
        owner("drop trigger %1$s on marketplace_staged_products; drop function %1$s(); drop sequence %1$s_writes"
                .formatted(trigger));
    }

    private void owner(String sql) {
        AsOwner.run(environment, sql);
    }
}
