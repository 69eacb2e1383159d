package com.wizamart.marketplace;

import static com.wizamart.support.ProblemAssertions.assertFieldError;
import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures.Session;
import com.wizamart.support.Fixtures.VendorAccount;
import com.wizamart.support.Http;

import tools.jackson.databind.JsonNode;

/**
 * A vendor's feed sources through the security chain ({@code GET/PUT /api/v1/vendor/marketplace/feed-sources}): the
 * whole set replaced at once, the vendor's own only, for members who may configure imports, every bad source a 422
 * naming its field and never a 500.
 */
class FeedSourcesIntegrationTests extends ApiTest {

    private static final String FEED_SOURCES = "/api/v1/vendor/marketplace/feed-sources";

    @Test
    void aPutReplacesTheWholeSet_andAGetShowsItByMarketplaceAndLanguage() {
        VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        assertThat(feedSources(token)).isEmpty();

        JsonNode put = ok(http.put(FEED_SOURCES).bearer(token).json(body(
                source("letzshop", "fr", "https://feeds.test/" + vendor.code() + "/fr.tsv"),
                source("LETZSHOP", "en", " https://feeds.test/" + vendor.code() + "/en.tsv "))));

        assertThat(put.get("feedSources").toString()).isEqualTo(feedSources(token).toString());
        assertThat(urls(feedSources(token))).containsExactly(
                "letzshop en https://feeds.test/" + vendor.code() + "/en.tsv",
                "letzshop fr https://feeds.test/" + vendor.code() + "/fr.tsv");

        ok(http.put(FEED_SOURCES).bearer(token).json(body(
                source("letzshop", "de", "https://feeds.test/" + vendor.code() + "/de.tsv"))));
        assertThat(urls(feedSources(token))).containsExactly(
                "letzshop de https://feeds.test/" + vendor.code() + "/de.tsv");

        ok(http.put(FEED_SOURCES).bearer(token).json(body()));
        assertThat(feedSources(token)).isEmpty();
    }

    /** No path names the vendor: the token does, so another vendor's team reaches its own sources only. */
    @Test
    void anotherVendorsTeamNeitherReadsNorChangesTheSources() {
        VendorAccount a = fixtures.vendor();
        VendorAccount b = fixtures.vendor();
        String secret = "https://feeds.test/" + a.code() + "/en.tsv?key=secret-" + a.code();
        ok(http.put(FEED_SOURCES).bearer(a.owner().accessToken()).json(body(source("letzshop", "en", secret))));

        Http.Response read = http.get(FEED_SOURCES).bearer(b.owner().accessToken()).send();
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).doesNotContain(a.code());
        ok(http.put(FEED_SOURCES).bearer(b.owner().accessToken()).json(body(
                source("letzshop", "en", "https://evil.test/replaced.tsv"))));
        ok(http.put(FEED_SOURCES).bearer(b.owner().accessToken()).json(body()));

        assertThat(urls(feedSources(a.owner().accessToken()))).containsExactly("letzshop en " + secret);
    }

    /** The permission is the one the old configuration endpoint asked for: {@code imports.configure}. */
    @Test
    void aViewerOrAnEditorMayNotReadNorChangeThem_aManagerMay() {
        VendorAccount vendor = fixtures.vendor();
        String url = "https://feeds.test/" + vendor.code() + "/en.tsv";
        ok(http.put(FEED_SOURCES).bearer(vendor.owner().accessToken()).json(body(source("letzshop", "en", url))));

        for (String role : List.of("Viewer", "Editor")) {
            Session member = fixtures.member(vendor, role);
            assertProblem(http.get(FEED_SOURCES).bearer(member.accessToken()).send(), 403, "ACCESS_DENIED");
            assertProblem(http.put(FEED_SOURCES).bearer(member.accessToken()).json(body(
                    source("letzshop", "en", "https://evil.test/" + role + ".tsv"))).send(), 403, "ACCESS_DENIED");
        }
        assertThat(urls(feedSources(vendor.owner().accessToken()))).containsExactly("letzshop en " + url);

        Session manager = fixtures.member(vendor, "Manager");
        assertThat(urls(feedSources(manager.accessToken()))).containsExactly("letzshop en " + url);
        assertProblem(http.get(FEED_SOURCES).bearer(fixtures.sharedAdmin().accessToken()).send(), 403,
                "ACCESS_DENIED");
        assertProblem(http.get(FEED_SOURCES).send(), 401, "UNAUTHENTICATED");
    }

    /**
     * The feed source's URL is the team's setting, its credentials in the query string: a member who may start and
     * watch imports, not configure them, sees neither in the job the import made, nor in its message.
     */
    @Test
    void anEditorsImportFromAFeedSourceShowsNeitherItsCredentialsNorItsQueryString() {
        VendorAccount vendor = fixtures.vendor();
        String url = "http://127.0.0.1:9/" + vendor.code() + "/en.tsv?key=secret-" + vendor.code();
        ok(http.put(FEED_SOURCES).bearer(vendor.owner().accessToken()).json(body(source("letzshop", "en", url))));
        Session editor = fixtures.member(vendor, "Editor");
        com.wizamart.support.Imports imports = new com.wizamart.support.Imports(http, editor.accessToken());

        Http.Response started = http.post("/api/v1/vendor/marketplace/import").bearer(editor.accessToken())
                .json(Map.of("marketplace", "letzshop", "language", "en")).send();
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.body()).doesNotContain("secret");
        assertThat(started.json().get("sourceUrl").asString())
                .isEqualTo("http://127.0.0.1:9/" + vendor.code() + "/en.tsv?…");
        assertThat(started.json().get("sourceName").asString()).isEqualTo("feed source letzshop/en");

        JsonNode job = imports.await(started.json().get("id").asString());
        assertThat(job.get("status").asString()).isEqualTo("FAILED");
        assertThat(job.toString()).doesNotContain("secret");
        Http.Response jobs = http.get("/api/v1/vendor/marketplace/jobs").bearer(editor.accessToken()).send();
        assertThat(jobs.status()).isEqualTo(200);
        assertThat(jobs.body()).contains(vendor.code()).doesNotContain("secret");
        Http.Response asAdmin = http.get("/api/v1/admin/marketplace-import-jobs/" + job.get("id").asString())
                .bearer(fixtures.sharedAdmin().accessToken()).send();
        assertThat(asAdmin.status()).isEqualTo(200);
        assertThat(asAdmin.body()).doesNotContain("secret");
    }

    @Test
    void badSourcesAre422NamingEachField_andChangeNothing() {
        VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        String kept = "https://feeds.test/" + vendor.code() + "/kept.tsv";
        ok(http.put(FEED_SOURCES).bearer(token).json(body(source("letzshop", "en", kept))));

        JsonNode problem = assertFieldError(http.put(FEED_SOURCES).bearer(token).json(body(
                        source("no-such-market", "en", "https://feeds.test/a.tsv"),
                        source("letzshop", "pt", "https://feeds.test/b.tsv"),
                        source("letzshop", "en", "file:///etc/passwd"),
                        source("letzshop", "fr", "https://feeds.test/fr.tsv"),
                        source("letzshop", "fr", "https://feeds.test/fr-again.tsv"),
                        source("Bad Name", "english", "https://feeds.test/x.tsv"))).send(),
                422, "VALIDATION_FAILED", "feedSources[0].marketplace");
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("feedSources[0].marketplace",
                "feedSources[1].language", "feedSources[2].url", "feedSources[4]", "feedSources[5].marketplace",
                "feedSources[5].language");

        assertFieldError(http.put(FEED_SOURCES).bearer(token).json(body(
                Map.<String, Object>of("marketplace", "letzshop", "language", "en"))).send(), 422, "VALIDATION_FAILED",
                "feedSources[0].url");
        List<Object> withNull = new ArrayList<>();
        withNull.add(null);
        assertFieldError(http.put(FEED_SOURCES).bearer(token).json(Map.of("feedSources", withNull)).send(), 422,
                "VALIDATION_FAILED", "feedSources[0]");
        assertFieldError(http.put(FEED_SOURCES).bearer(token).json(Map.of()).send(), 422, "VALIDATION_FAILED",
                "feedSources");
        assertFieldError(http.put(FEED_SOURCES).bearer(token).json(Map.of("feedSources", "https://feeds.test/a.tsv"))
                .send(), 400, "INVALID_FIELD_TYPE", "feedSources");
        assertFieldError(http.put(FEED_SOURCES).bearer(token).json(Map.of("feedSources", List.of(
                Map.of("marketplace", "letzshop", "language", "en", "url", "https://x.test/", "extra", 1)))).send(),
                400, "UNKNOWN_FIELD", "feedSources[0].extra");

        assertThat(urls(feedSources(token))).containsExactly("letzshop en " + kept);
    }

    /** One rule for every feed URL: a feed source's, an import's {@code sourceUrl}; its scheme in any case. */
    @Test
    void aUrlWithUserInfoSpacesOrCharactersAUriRefusesIs422_forAFeedSourceAndForAnImport() {
        VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        List<String> refused = List.of("https://user:pass@feeds.test/en.tsv", "https://feeds.test/a\u00a0b.tsv",
                "https://feeds.test/a|b.tsv", "https://feeds.test/{x}.tsv", "https://feeds.test/a%zz.tsv");
        for (String url : refused) {
            assertFieldError(http.put(FEED_SOURCES).bearer(token).json(body(source("letzshop", "en", url))).send(),
                    422, "VALIDATION_FAILED", "feedSources[0].url");
            assertFieldError(http.post("/api/v1/vendor/marketplace/import").bearer(token).json(Map.of(
                    "marketplace", "letzshop", "language", "en", "sourceUrl", url)).send(),
                    422, "VALIDATION_FAILED", "sourceUrl");
        }
        assertThat(feedSources(token)).isEmpty();

        ok(http.put(FEED_SOURCES).bearer(token).json(body(source("letzshop", "en",
                "HTTPS://feeds.test/" + vendor.code() + "/en.tsv?key=k"))));
        assertThat(urls(feedSources(token))).containsExactly(
                "letzshop en https://feeds.test/" + vendor.code() + "/en.tsv?key=k");
        Http.Response started = http.post("/api/v1/vendor/marketplace/import").bearer(token).json(Map.of(
                "marketplace", "letzshop", "language", "fr", "sourceUrl", "HTTP://127.0.0.1:9/fr.tsv")).send();
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.json().get("sourceUrl").asString()).isEqualTo("http://127.0.0.1:9/fr.tsv");
    }

    private List<String> urls(JsonNode sources) {
        List<String> urls = new ArrayList<>();
        sources.forEach(s -> urls.add(s.get("marketplace").asString() + " " + s.get("language").asString() + " "
                + s.get("url").asString()));
        return urls;
    }

    private JsonNode feedSources(String token) {
        return ok(http.get(FEED_SOURCES).bearer(token)).get("feedSources");
    }

    private static JsonNode ok(Http.Request request) {
        Http.Response response = request.send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    @SafeVarargs
    private static Map<String, Object> body(Map<String, Object>... sources) {
        return Map.of("feedSources", List.of(sources));
    }

    private static Map<String, Object> source(String marketplace, String language, String url) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("marketplace", marketplace);
        source.put("language", language);
        source.put("url", url);
        return source;
    }
}
