package com.wizamart.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;

/** {@code GET /api/v1/public/host-vendor}: the vendor of the request's host, and nothing more. */
class HostVendorIntegrationTests extends ApiTest {

    @Test
    void aVendorsSubdomainNamesItsCodeAndName() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Http.Response answer = http.get("/api/v1/public/host-vendor").header("Host", vendor.code() + ".wizamart.localhost")
                .send();
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("code").asString()).isEqualTo(vendor.code());
        assertThat(answer.json().propertyNames()).containsExactlyInAnyOrder("code", "name");
    }

    @Test
    void thePlatformsOwnHostsNameNoVendorAndAnUnknownSubdomainIsNotFound() {
        for (String host : new String[] {"localhost", "wizamart.localhost", "www.wizamart.localhost"}) {
            assertThat(http.get("/api/v1/public/host-vendor").header("Host", host).send().status()).as(host)
                    .isEqualTo(204);
        }
        Http.Response unknown = http.get("/api/v1/public/host-vendor")
                .header("Host", Fixtures.unique("nope").toLowerCase() + ".wizamart.localhost").send();
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("errorCode").asString()).isEqualTo("VENDOR_NOT_FOUND");
    }

    @Test
    void aTokenOnThePlatformsHostNamesNoVendor() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        assertThat(http.get("/api/v1/public/host-vendor").bearer(vendor.owner().accessToken()).send().status())
                .isEqualTo(204);
        assertThat(http.get("/api/v1/public/host-vendor").bearer(fixtures.customer(vendor).accessToken()).send()
                .status()).isEqualTo(204);
    }

    @Test
    void anotherVendorsTokenOnAVendorsHostIsRefused() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Fixtures.VendorAccount other = fixtures.vendor();
        Http.Response answer = http.get("/api/v1/public/host-vendor").bearer(other.owner().accessToken())
                .header("Host", vendor.code() + ".wizamart.localhost").send();
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().get("errorCode").asString()).isEqualTo("UNAUTHORIZED_VENDOR_ACCESS");
    }
}
