package com.wizamart.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/** Starting marketplace imports through the API and waiting for them. */
public final class Imports {

    private static final Set<String> FINAL = Set.of("COMPLETED", "COMPLETED_WITH_ERRORS", "FAILED", "CANCELLED");

    private final Http http;
    private final String token;

    public Imports(Http http, String token) {
        this.http = http;
        this.token = token;
    }

    public Http.Response upload(String language, byte[] feed) {
        return http.post("/api/v1/vendor/marketplace/import/upload?marketplace=letzshop&language=" + language)
                .bearer(token).multipartFile("file", "feed-" + language + ".tsv", "text/tab-separated-values", feed)
                .send();
    }

    public Http.Response fromUrl(String language, String url) {
        return http.post("/api/v1/vendor/marketplace/import").bearer(token)
                .json(Map.of("marketplace", "letzshop", "language", language, "sourceUrl", url)).send();
    }

    /** Uploads and waits for the job to end; answers the final job. */
    public JsonNode uploadAndWait(String language, byte[] feed) {
        Http.Response started = upload(language, feed);
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        return await(started.json().get("id").asString());
    }

    public JsonNode await(String jobId) {
        return await(jobId, Duration.ofSeconds(90));
    }

    /** Waits at most {@code within} for the job to end; answers the final job. */
    public JsonNode await(String jobId, Duration within) {
        JsonNode[] last = new JsonNode[1];
        try {
            org.awaitility.Awaitility.await().atMost(within).pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        last[0] = job(jobId);
                        return FINAL.contains(last[0].get("status").asString());
                    });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("The import did not end within " + within + ": " + last[0], e);
        }
        return last[0];
    }

    public JsonNode job(String jobId) {
        Http.Response job = http.get("/api/v1/vendor/marketplace/jobs/" + jobId).bearer(token).send();
        assertThat(job.status()).as(job.toString()).isEqualTo(200);
        return job.json();
    }

}
