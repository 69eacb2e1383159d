package com.wizamart.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;

/**
 * Reads the audit trail the way an admin does, through {@code GET /api/v1/admin/audit-log}, and checks what every
 * entry must carry: who, which vendor, the target by name, the client address and request id, and no secret.
 */
public final class AuditLog {

    /** The client address of every test request (the client runs on the same machine). */
    public static final String LOCAL = "127.0.0.1";

    private final Http http;
    private final String adminToken;

    public AuditLog(Http http, String adminToken) {
        this.http = http;
        this.adminToken = adminToken;
    }

    /** A fresh request id to send as {@code X-Request-Id} and to find again in the entry. */
    public static String requestId() {
        return Fixtures.unique("req");
    }

    /** The entries matching the query string (e.g. {@code action=X&targetId=Y}), newest first. */
    public List<JsonNode> entries(String query) {
        Http.Response response = http.get("/api/v1/admin/audit-log?size=200&" + query).bearer(adminToken).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> entries = new ArrayList<>();
        response.json().get("content").forEach(entries::add);
        return entries;
    }

    /** The one entry of {@code action} about {@code targetId}. */
    public JsonNode entry(String action, Object targetId) {
        List<JsonNode> found = entries("action=" + action + "&targetId=" + targetId);
        assertThat(found).as(action + " of " + targetId).hasSize(1);
        return found.get(0);
    }

    /** The one entry of {@code action} written while handling the request {@code requestId}. */
    public JsonNode entryOfRequest(String action, String requestId, String query) {
        List<JsonNode> found = entries("action=" + action + "&" + query).stream()
                .filter(e -> requestId.equals(e.path("requestId").asString(null))).toList();
        assertThat(found).as(action + " of request " + requestId).hasSize(1);
        return found.get(0);
    }

    /**
     * Asserts the entry's action, actor, vendor, target name, client address and request id, and that none of the
     * given secrets (passwords, tokens) nor anything named like one appears in it.
     *
     * @param vendorId {@literal null} for entries about no vendor.
     * @param actorEmail {@code "system"} for the platform itself.
     */
    public static void assertEntry(JsonNode entry, String action, String actorEmail, Object vendorId,
                                   String targetType, String targetName, String requestId, String... secrets) {
        assertThat(entry.get("action").asString()).isEqualTo(action);
        assertThat(entry.get("actorEmail").asString()).isEqualTo(actorEmail);
        if (vendorId == null) {
            assertThat(entry.get("vendorId").isNull()).as("no vendor: " + entry).isTrue();
        } else {
            assertThat(entry.get("vendorId").asString()).isEqualTo(vendorId.toString());
            assertThat(entry.get("vendorName").asString()).as("vendor name of " + entry).isNotBlank();
        }
        assertThat(entry.get("targetType").asString()).isEqualTo(targetType);
        assertThat(entry.get("targetName").asString()).isEqualTo(targetName);
        assertThat(entry.get("clientAddress").asString()).isEqualTo(LOCAL);
        assertThat(entry.get("requestId").asString()).isEqualTo(requestId);
        assertNoSecrets(entry, secrets);
    }

    /** No given secret in the entry's text, no password hash, and no key naming a secret in before/after. */
    public static void assertNoSecrets(JsonNode entry, String... secrets) {
        String text = entry.toString();
        for (String secret : secrets) {
            assertThat(text).as("the entry holds a secret").doesNotContain(secret);
        }
        assertThat(text).as("a password hash").doesNotContainPattern("\\$(2[aby]|argon2)");
        for (String side : List.of("before", "after")) {
            entry.get(side).propertyNames().forEach(key -> assertThat(key.toLowerCase(Locale.ROOT))
                    .doesNotContain("password").doesNotContain("hash").doesNotContain("token")
                    .doesNotContain("secret"));
        }
    }
}
