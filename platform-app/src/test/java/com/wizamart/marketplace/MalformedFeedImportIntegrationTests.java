package com.wizamart.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Feeds;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Imports;

import tools.jackson.databind.JsonNode;

/**
 * Broken feeds through the whole stack (upload, job engine, adapter, staging): each ends in the right status with a
 * message a vendor understands, and the application stays healthy. The adapter's own corpus (marketplace/letzshop
 * MalformedFeedsTests) covers every case in detail; this checks the outcomes reach the job.
 */
class MalformedFeedImportIntegrationTests extends ApiTest {

    private static final String ROW = "\tTitle\t\t\t\t\tin_stock\t9.99 EUR\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t1\t17\t";

    record Case(byte[] feed, String status, String messageOrError) {
    }

    @Test
    void everyBrokenFeedEndsInTheRightStatusWithAClearMessage() {
        Map<String, Case> cases = new LinkedHashMap<>();
        cases.put("empty file", new Case(new byte[0], "FAILED", "empty"));
        cases.put("binary junk", new Case(new byte[] {0, 1, 2, 3, (byte) 0xff, (byte) 0xfe, 0, 0, 7, 8, 9, 0},
                "FAILED", "not text"));
        cases.put("missing required columns", new Case(Feeds.text("sku\tname\nA\tB\n"), "FAILED", "sku"));
        cases.put("no delimiter in the header", new Case(Feeds.text("just one column\nvalue\n"), "FAILED", ""));
        cases.put("header only", new Case(Feeds.text(Feeds.HEADER + "\n"), "COMPLETED", null));
        cases.put("unbalanced quote at the end", new Case(Feeds.text(Feeds.HEADER + "\nQ-1" + ROW + "\nQ-2\t\"Broken"),
                "COMPLETED_WITH_ERRORS", "Q-"));
        cases.put("truncated last line", new Case(Feeds.text(Feeds.HEADER + "\nT-1" + ROW + "\nT-2\tCut\t"),
                "COMPLETED_WITH_ERRORS", null));
        // an optional value that is malformed is dropped with a warning: the row imports, the job completes
        cases.put("spreadsheet-mangled gtin", new Case(Feeds.text(Feeds.HEADER + "\n" + Feeds.line(Map.of("id", "G-1",
                "title", "Mangled", "price", "9.99 EUR", "gtin", "4.01235E+12")) + "\n"), "COMPLETED", "WARNING"));
        cases.put("formula-like and html cells", new Case(Feeds.text(Feeds.HEADER + "\n" + Feeds.line(Map.of("id", "F-1",
                "title", "=SUM(A1)", "description", "<script>x()</script>", "price", "9.99 EUR")) + "\n"),
                "COMPLETED", null));
        cases.put("latin-1 file", new Case((Feeds.HEADER + "\nL-1\tCafé crème" + ROW.substring(ROW.indexOf("\t", 1))
                + "\n").getBytes(StandardCharsets.ISO_8859_1), "COMPLETED", null));
        cases.put("bom and crlf", new Case(("\uFEFF" + Feeds.HEADER + "\r\nB-1" + ROW + "\r\n")
                .getBytes(StandardCharsets.UTF_8), "COMPLETED", null));
        cases.put("comma separated", new Case(Feeds.text("id,title,price\nC-1,\"Coffee, roasted\",\"19,99 EUR\"\n"),
                "COMPLETED", null));

        Map<String, Started> started = new LinkedHashMap<>();
        cases.forEach((name, c) -> {
            Fixtures.VendorAccount vendor = fixtures.vendor();
            Imports imports = new Imports(http, vendor.owner().accessToken());
            Http.Response upload = imports.upload("en", c.feed().length == 0 ? new byte[] {} : c.feed());
            if (c.feed().length == 0) {
                // an empty multipart file is refused before any job exists
                assertThat(upload.status()).as(name).isEqualTo(422);
                return;
            }
            assertThat(upload.status()).as(name + ": " + upload).isEqualTo(202);
            started.put(name, new Started(imports, upload.json().get("id").asString(), vendor));
        });
        started.forEach((name, s) -> {
            Case c = cases.get(name);
            JsonNode job = s.imports().await(s.jobId());
            assertThat(job.get("status").asString()).as(name + ": " + job).isEqualTo(c.status());
            if (c.status().equals("FAILED")) {
                assertThat(job.get("message").asString()).as(name).isNotBlank().containsIgnoringCase(c.messageOrError());
            } else if (c.messageOrError() != null) {
                String errors = http.get("/api/v1/vendor/marketplace/jobs/" + s.jobId() + "/errors")
                        .bearer(s.vendor().owner().accessToken()).send().body();
                assertThat(errors).as(name).contains(c.messageOrError());
            }
        });
        JsonNode latin = http.get("/api/v1/vendor/marketplace/products?search=L-1")
                .bearer(started.get("latin-1 file").vendor().owner().accessToken()).send().json();
        assertThat(latin.get("content").get(0).get("title").asString()).isEqualTo("Café crème");

        assertThat(http.get("/actuator/health").send().json().get("status").asString()).isEqualTo("UP");
    }

    record Started(Imports imports, String jobId, Fixtures.VendorAccount vendor) {
    }
}
