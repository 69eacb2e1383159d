package com.wizamart.payments;

import static com.wizamart.support.ProblemAssertions.assertFieldError;
import static com.wizamart.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;

import tools.jackson.databind.JsonNode;

/** A vendor chooses the payment methods its shop offers; cards need the platform's keys and a connected account. */
class PaymentSettingsIntegrationTests extends PaymentsApiTest {

    static final String IBAN = "LU28 0019 4006 4475 0000";

    @Test
    void aShopThatConfiguredNothingOffersThePlatformDefault() {
        Fixtures.VendorAccount vendor = fixtures.vendor();

        JsonNode methods = http.get("/api/v1/public/vendors/" + vendor.code() + "/payment-methods").send().json();
        assertThat(methods.get("methods").toString()).as("no bank account: no bank transfer")
                .isEqualTo("[\"CASH_ON_DELIVERY\"]");
        assertThat(methods.get("default").asString()).isEqualTo("CASH_ON_DELIVERY");

        Http.Response settings = http.get("/api/v1/vendor/payments/settings").bearer(vendor.owner().accessToken())
                .send();
        assertThat(settings.status()).as(settings.toString()).isEqualTo(200);
        assertThat(settings.json().get("configured").asBoolean()).isFalse();
        assertThat(settings.json().get("card").get("available").asBoolean()).isFalse();
        assertThat(settings.json().get("card").get("connectedAccount").isNull()).isTrue();
    }

    @Test
    void cardsAreRefusedUntilAnAdminConnectsTheShopsAccount() {
        Fixtures.VendorAccount vendor = fixtures.vendor();

        assertProblem(putSettings(vendor.owner(), Map.of("methods", List.of("CARD"))), 422,
                "CARD_PAYMENTS_UNAVAILABLE");

        assertThat(connect(vendor, "acct_1Shop" + vendor.code().replaceAll("[^A-Za-z0-9]", "")).status())
                .isEqualTo(200);
        Http.Response chosen = putSettings(vendor.owner(), Map.of("methods", List.of("BANK_TRANSFER", "CARD"),
                "defaultMethod", "CARD", "bankTransfer", Map.of("accountHolder", "Shop Sàrl", "iban", IBAN)));
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
        assertThat(chosen.json().get("methods").toString()).isEqualTo("[\"CARD\",\"BANK_TRANSFER\"]");
        assertThat(chosen.json().get("bankTransfer").get("iban").asString()).isEqualTo("LU280019400644750000");
        assertThat(chosen.json().get("card").get("available").asBoolean()).isTrue();

        JsonNode offered = http.get("/api/v1/public/vendors/" + vendor.code() + "/payment-methods").send().json();
        assertThat(offered.get("default").asString()).isEqualTo("CARD");
        assertThat(chosen.body()).doesNotContain(SECRET_KEY, WEBHOOK_SECRET, OLD_WEBHOOK_SECRET, "sk_", "whsec_");
    }

    @Test
    void withoutItsConnectedAccountAShopStopsOfferingCards() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        connect(vendor, "acct_1Gone");
        putSettings(vendor.owner(), Map.of("methods", List.of("CARD", "CASH_ON_DELIVERY")));

        assertThat(connect(vendor, "").status()).isEqualTo(200);

        JsonNode offered = http.get("/api/v1/public/vendors/" + vendor.code() + "/payment-methods").send().json();
        assertThat(offered.get("methods").toString()).isEqualTo("[\"CASH_ON_DELIVERY\"]");
    }

    @Test
    void aCardOnlyShopThatLosesItsConnectedAccountFallsBackToCashOnDeliveryNotToATransferWithNoAccount() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        connect(vendor, "acct_1Lost" + vendor.code().replaceAll("[^A-Za-z0-9]", ""));
        assertThat(putSettings(vendor.owner(), Map.of("methods", List.of("CARD"))).status()).isEqualTo(200);

        assertThat(connect(vendor, "").status()).isEqualTo(200);

        JsonNode offered = http.get("/api/v1/public/vendors/" + vendor.code() + "/payment-methods").send().json();
        assertThat(offered.get("methods").toString()).isEqualTo("[\"CASH_ON_DELIVERY\"]");
        assertThat(offered.get("default").asString()).isEqualTo("CASH_ON_DELIVERY");
    }

    @Test
    void bankTransfersNeedAHolderAndAValidIban() {
        Fixtures.VendorAccount vendor = fixtures.vendor();

        assertFieldError(putSettings(vendor.owner(), Map.of("methods", List.of("BANK_TRANSFER"))), 422,
                "VALIDATION_FAILED", "bankTransfer.iban");
        assertFieldError(putSettings(vendor.owner(), Map.of("methods", List.of("BANK_TRANSFER"), "bankTransfer",
                Map.of("accountHolder", "Shop", "iban", "LU28 0019 4006 4475 0001"))), 422, "VALIDATION_FAILED",
                "bankTransfer.iban");
        assertFieldError(putSettings(vendor.owner(), Map.of("methods", List.of("CASH_ON_DELIVERY"),
                "defaultMethod", "BANK_TRANSFER")), 422, "VALIDATION_FAILED", "defaultMethod");
        assertThat(putSettings(vendor.owner(), Map.of("methods", List.of("PIGEON"))).status()).isIn(400, 422);
    }

    @Test
    void onlyTeamMembersWhoEditSettingsChangeThemAndOnlyAdminsConnectAccounts() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Fixtures.Session viewer = fixtures.member(vendor, "Viewer");

        assertProblem(putSettings(viewer, Map.of("methods", List.of("CASH_ON_DELIVERY"))), 403, "ACCESS_DENIED");
        assertProblem(http.put("/api/v1/admin/vendors/" + vendor.id() + "/payments/connected-account")
                .bearer(vendor.owner().accessToken()).json(Map.of("accountId", "acct_1Mine")).send(), 403,
                "ACCESS_DENIED");
        assertProblem(http.put("/api/v1/admin/vendors/" + UUID.randomUUID() + "/payments/connected-account")
                .bearer(fixtures.sharedAdmin().accessToken()).json(Map.of("accountId", "acct_1Mine")).send(), 404,
                "VENDOR_NOT_FOUND");
        assertFieldError(connect(vendor, "sk_live_not_an_account"), 422, "VALIDATION_FAILED", "accountId");
    }

    @Test
    void aVendorSeesOnlyItsOwnSettings() {
        Fixtures.VendorAccount a = fixtures.vendor();
        Fixtures.VendorAccount b = fixtures.vendor();
        putSettings(a.owner(), Map.of("methods", List.of("BANK_TRANSFER"), "bankTransfer",
                Map.of("accountHolder", "A Sàrl", "iban", IBAN)));

        JsonNode ofB = http.get("/api/v1/vendor/payments/settings").bearer(b.owner().accessToken()).send().json();
        assertThat(ofB.get("configured").asBoolean()).isFalse();
        assertThat(ofB.get("bankTransfer").get("iban").isNull()).isTrue();
    }
}
