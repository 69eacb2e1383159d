package com.wizamart.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;

import tools.jackson.databind.JsonNode;

/**
 * No list answers more than {@code spring.data.web.pageable.max-page-size} (200) items per page, however large the
 * {@code size} a client asks for: the page is clamped, as Spring Data's own resolver does.
 */
class PageSizeLimitIntegrationTests extends ApiTest {

    private static final int MAX_PAGE_SIZE = 200;

    /** Paged operations whose path names a resource of its own; their cap is the same resolver's, shown by the document. */
    private static final Set<String> NEEDING_A_RESOURCE = Set.of(
            "/api/v1/vendor/catalog/refreshes/{id}/changes", "/api/v1/vendor/marketplace/jobs/{id}/errors",
            "/api/v1/admin/marketplace-import-jobs/{id}/errors");

    @Test
    void everyListClampsAHugePageSize() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Fixtures.Session customer = fixtures.customer(vendor);
        String admin = fixtures.sharedAdmin().accessToken();
        String owner = vendor.owner().accessToken();
        String shop = "/api/v1/public/vendors/" + vendor.code();
        Map<String, String> lists = new LinkedHashMap<>();
        lists.put("/api/v1/admin/vendors", admin);
        lists.put("/api/v1/admin/users", admin);
        lists.put("/api/v1/admin/audit-log", admin);
        lists.put("/api/v1/admin/marketplace-import-jobs", admin);
        lists.put("/api/v1/admin/notifications", admin);
        lists.put("/api/v1/admin/payments/mismatches", admin);
        lists.put("/api/v1/vendor/team/members", owner);
        lists.put("/api/v1/vendor/products", owner);
        lists.put("/api/v1/vendor/catalog/refreshes", owner);
        lists.put("/api/v1/vendor/inventory", owner);
        lists.put("/api/v1/vendor/inventory/movements", owner);
        lists.put("/api/v1/vendor/inventory/locations", owner);
        lists.put("/api/v1/vendor/marketplace/jobs", owner);
        lists.put("/api/v1/vendor/marketplace/products", owner);
        lists.put("/api/v1/vendor/orders", owner);
        lists.put("/api/v1/vendor/customers", owner);
        lists.put("/api/v1/vendor/notifications", owner);
        lists.put(shop + "/products", null);
        lists.put(shop + "/products/search?q=shirt", null);
        lists.put(shop + "/customers/me/orders", customer.accessToken());
        lists.put(shop + "/customers/" + customer.userId() + "/orders", customer.accessToken());

        lists.forEach((path, token) -> {
            Http.Request request = http.get(path + (path.contains("?") ? "&" : "?") + "size=100000");
            Http.Response response = (token == null ? request : request.bearer(token)).send();
            assertThat(response.status()).as(path + ": " + response).isEqualTo(200);
            JsonNode page = response.json().get("page");
            assertThat(page.get("size").asInt()).as(path + " page size").isEqualTo(MAX_PAGE_SIZE);
            assertThat(response.json().get("content").size()).as(path + " items").isLessThanOrEqualTo(MAX_PAGE_SIZE);
        });

        Set<String> tested = new TreeSet<>(NEEDING_A_RESOURCE);
        lists.keySet().forEach(path -> tested.add(path.replace(shop, "/api/v1/public/vendors/{vendorCode}")
                .replace(customer.userId().toString(), "{customerId}").replaceAll("\\?.*", "")));
        assertThat(tested).as("every paged operation is tried").containsAll(pagedOperations().keySet());
    }

    @Test
    void theContractStatesTheLargestPageOfEveryList() {
        Map<String, JsonNode> paged = pagedOperations();
        assertThat(paged).hasSizeGreaterThan(15);
        paged.forEach((path, size) -> assertThat(size.path("schema").path("maximum").asInt())
                .as("maximum size of " + path).isEqualTo(MAX_PAGE_SIZE));
    }

    /** @return the {@code size} parameter of each GET operation that takes a {@code page}, by path. */
    private Map<String, JsonNode> pagedOperations() {
        JsonNode paths = http.get("/v3/api-docs").send().json().get("paths");
        Map<String, JsonNode> paged = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            JsonNode size = null;
            boolean page = false;
            for (JsonNode parameter : path.getValue().path("get").path("parameters")) {
                page |= parameter.path("name").asString().equals("page");
                size = parameter.path("name").asString().equals("size") ? parameter : size;
            }
            if (page && size != null) {
                paged.put(path.getKey(), size);
            }
        }
        return paged;
    }
}
