package com.wizamart.dashboard;

import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Shop;

import tools.jackson.databind.JsonNode;

/** The vendor dashboard composes ordering, inventory, catalog and marketplace figures of its own vendor only. */
class VendorDashboardIntegrationTests extends ApiTest {

    @Test
    void showsOrdersRevenueTopProductsAndLowStockOfTheVendor() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Shop shop = new Shop(http, vendor);
        UUID plenty = shop.product("Plenty", "10.00", "17", 100);
        UUID scarce = shop.product("Scarce", "3.00", "17", 3);
        Fixtures.Session customer = fixtures.customer(vendor);
        assertThat(shop.buy(customer, plenty, 4).status()).isEqualTo(201);
        assertThat(shop.buy(customer, scarce, 1).status()).isEqualTo(201);
        Http.Response third = shop.buy(customer, plenty, 1);
        shop.moveTo(UUID.fromString(third.json().get("id").asString()), "CANCELLED");
        // another vendor's orders never show
        Fixtures.VendorAccount other = fixtures.vendor();
        Shop otherShop = new Shop(http, other);
        assertThat(otherShop.buy(fixtures.customer(other), otherShop.product("X", "1.00", "17", 5), 1).status())
                .isEqualTo(201);

        Http.Response response = http.get("/api/v1/vendor/dashboard/stats").bearer(vendor.owner().accessToken()).send();
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode stats = response.json();
        assertThat(stats.get("ordersByStatus").get("PENDING").asLong()).isEqualTo(2);
        assertThat(stats.get("ordersByStatus").get("CANCELLED").asLong()).isEqualTo(1);
        assertThat(stats.get("ordersByStatus").get("REFUNDED").asLong()).isZero();
        JsonNode today = stats.get("revenuePerDay").get(0);
        assertThat(today.get("day").asString()).isEqualTo(LocalDate.now(ZoneOffset.UTC).toString());
        assertThat(today.get("orders").asLong()).as("the cancelled order does not count").isEqualTo(2);
        assertThat(today.get("revenue").decimalValue()).isEqualByComparingTo("43.00");
        assertThat(stats.get("topProducts").get(0).get("productId").asString()).isEqualTo(plenty.toString());
        assertThat(stats.get("topProducts").get(0).get("units").asLong()).isEqualTo(4);
        assertThat(stats.get("lowStockProducts")).hasSize(1);
        assertThat(stats.get("lowStockProducts").get(0).get("name").asString()).isEqualTo("Scarce");
        assertThat(stats.get("lowStockProducts").get(0).get("available").asInt()).isEqualTo(2);
        assertThat(stats.get("lastImports").isArray()).isTrue();

        Fixtures.Session editor = fixtures.member(vendor, "Editor");
        assertProblem(http.get("/api/v1/vendor/dashboard/stats").bearer(editor.accessToken()).send(), 403,
                "ACCESS_DENIED");
    }
}
