package com.wizamart.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.wizamart.support.ApiTest;
import com.wizamart.tenancy.FeedSourceRules;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The published contract at {@code /v3/api-docs} is one a client generator can use: query parameters are the
 * individual values a client sends (never a required object), every operation has a unique {@code operationId}, and
 * every 4xx answer is described as the problem details it is ({@code application/problem+json} with an
 * {@code errorCode}).
 */
class OpenApiContractIntegrationTests extends ApiTest {

    @Autowired
    private FeedSourceRules rules;

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Test
    void thePublishedContractHasNoViolations() {
        JsonNode document = apiDocs();
        assertThat(document.get("paths").size()).as("paths in the document").isGreaterThan(50);
        assertThat(document.get("paths").has("/error")).as("the container's error page is no operation").isFalse();
        assertThat(violations(document)).isEmpty();
    }

    @Test
    void theContractCheckFindsPlantedViolations() {
        ObjectNode document = (ObjectNode) apiDocs();
        ObjectNode products = (ObjectNode) document.get("paths").get("/api/v1/vendor/products").get("get");
        products.remove("operationId");
        ((ArrayNode) products.get("parameters")).addObject().put("name", "filters").put("in", "query")
                .put("required", true).putObject("schema").put("type", "object");
        ObjectNode members = (ObjectNode) document.get("paths").get("/api/v1/vendor/team/members").get("get");
        ((ObjectNode) members.get("responses")).putObject("418").put("description", "teapot")
                .putObject("content").putObject("application/json").putObject("schema").put("type", "string");
        ObjectNode roles = (ObjectNode) document.get("paths").get("/api/v1/vendor/team/roles").get("get");
        roles.put("operationId", members.get("operationId").asString());

        assertThat(violations(document)).anySatisfy(v -> assertThat(v).contains("GET /api/v1/vendor/products")
                        .contains("no operationId"))
                .anySatisfy(v -> assertThat(v).contains("required object query parameter filters"))
                .anySatisfy(v -> assertThat(v).contains("GET /api/v1/vendor/team/members").contains("418"))
                .anySatisfy(v -> assertThat(v).contains("operationId " + members.get("operationId").asString())
                        .contains("used twice"));
    }

    @Test
    void theStreamedFeedUploadDescribesItsQueryParametersAndItsFile() {
        JsonNode upload = apiDocs().get("paths").get("/api/v1/vendor/marketplace/import/upload").get("post");
        List<String> required = new ArrayList<>();
        upload.get("parameters").forEach(p -> {
            if (p.get("in").asString().equals("query") && p.get("required").asBoolean()) {
                required.add(p.get("name").asString());
            }
        });
        assertThat(required).containsExactlyInAnyOrder("marketplace", "language");
        JsonNode body = upload.get("requestBody").get("content").get("multipart/form-data").get("schema");
        assertThat(body.get("properties").get("file").get("format").asString()).isEqualTo("binary");
        assertThat(upload.get("responses").has("413")).isTrue();
    }

    @Test
    void ordersDescribeTheirPaymentAndTheVendorsListItsPaymentStatusFilter() {
        JsonNode document = apiDocs();
        JsonNode list = document.get("paths").get("/api/v1/vendor/orders").get("get");
        List<String> parameters = new ArrayList<>();
        list.get("parameters").forEach(p -> parameters.add(p.get("name").asString()));
        assertThat(parameters).contains("paymentStatus");
        JsonNode schemas = document.get("components").get("schemas");
        assertThat(schemas.get("OrderResponse").get("properties").has("paymentHistory")).isTrue();
        assertThat(schemas.get("OrderResponse").get("properties").has("paymentStatus")).isTrue();
        assertThat(schemas.get("OrderSummaryResponse").get("properties").has("paymentMethod")).isTrue();
        assertThat(schemas.get("PlaceOrderRequest").get("properties").has("paymentMethod")).isTrue();
    }

    /**
     * A {@code marketplace} names the installed adapters: an enum where no other is taken (the upload, an import), the
     * list in the description elsewhere (the job filter, a feed source, which may be of an adapter removed since).
     */
    @Test
    void everyMarketplaceTheApiReadsNamesTheInstalledOnes() {
        List<String> installed = rules.marketplaces().stream().sorted().toList();
        assertThat(installed).contains("letzshop");
        JsonNode document = apiDocs();

        JsonNode upload = parameter(document, "/api/v1/vendor/marketplace/import/upload", "post", "marketplace");
        assertThat(strings(upload.get("schema").get("enum"))).isEqualTo(installed);
        JsonNode trigger = document.get("components").get("schemas").get("TriggerRequest").get("properties")
                .get("marketplace");
        assertThat(strings(trigger.get("enum"))).isEqualTo(installed);
        JsonNode filter = parameter(document, "/api/v1/vendor/marketplace/jobs", "get", "marketplace");
        assertThat(filter.get("schema").has("enum")).isFalse();
        assertThat(filter.get("description").asString()).contains("Installed marketplaces: " + String.join(", ", installed));
        JsonNode feedSource = document.get("components").get("schemas").get("FeedSource").get("properties")
                .get("marketplace");
        assertThat(feedSource.has("enum")).isFalse();
        assertThat(feedSource.get("description").asString()).contains(String.join(", ", installed));
        for (String list : List.of("/api/v1/vendor/marketplaces", "/api/v1/admin/marketplaces")) {
            assertThat(document.get("paths").get(list).get("get").get("description").asString()).as(list)
                    .contains("languageGivenByVendor", "Installed marketplaces: " + String.join(", ", installed));
        }
    }

    private static JsonNode parameter(JsonNode document, String path, String method, String name) {
        for (JsonNode p : document.get("paths").get(path).get(method).get("parameters")) {
            if (p.get("name").asString().equals(name)) {
                return p;
            }
        }
        throw new AssertionError("no parameter " + name + " on " + method + " " + path);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        assertThat(array).as("an enum").isNotNull();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    private JsonNode apiDocs() {
        var response = http.get("/v3/api-docs").send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    /** @return one line per broken rule, naming the operation. */
    static List<String> violations(JsonNode document) {
        List<String> violations = new ArrayList<>();
        Map<String, String> operationIds = new HashMap<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> entry : path.getValue().properties()) {
                if (!METHODS.contains(entry.getKey())) {
                    continue;
                }
                String name = entry.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = entry.getValue();
                JsonNode id = operation.get("operationId");
                if (id == null || id.asString().isBlank()) {
                    violations.add(name + ": no operationId");
                } else {
                    String earlier = operationIds.putIfAbsent(id.asString(), name);
                    if (earlier != null) {
                        violations.add(name + ": operationId " + id.asString() + " used twice (also " + earlier + ")");
                    }
                }
                for (JsonNode parameter : operation.path("parameters")) {
                    if ("query".equals(parameter.path("in").asString()) && parameter.path("required").asBoolean()
                            && isObject(document, parameter.path("schema"))) {
                        violations.add(name + ": required object query parameter " + parameter.path("name").asString());
                    }
                }
                for (Map.Entry<String, JsonNode> response : operation.path("responses").properties()) {
                    if (response.getKey().startsWith("4") && !isProblem(document, response.getValue())) {
                        violations.add(name + ": response " + response.getKey()
                                + " is not application/problem+json with an errorCode");
                    }
                }
            }
        }
        return violations;
    }

    private static boolean isObject(JsonNode document, JsonNode schema) {
        JsonNode resolved = resolve(document, schema);
        return "object".equals(resolved.path("type").asString()) || resolved.has("properties");
    }

    private static boolean isProblem(JsonNode document, JsonNode response) {
        JsonNode resolved = resolve(document, response);
        JsonNode content = resolved.path("content");
        if (content.isEmpty() || !content.has("application/problem+json")) {
            return false;
        }
        for (JsonNode media : content) {
            if (!resolve(document, media.path("schema")).path("properties").has("errorCode")) {
                return false;
            }
        }
        return true;
    }

    /** Follows a local {@code $ref} ({@code #/components/...}). */
    private static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            current = document.at(current.get("$ref").asString().substring(1));
        }
        return current;
    }
}
