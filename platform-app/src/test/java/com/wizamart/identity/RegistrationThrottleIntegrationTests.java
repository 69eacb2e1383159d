package com.wizamart.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Fixtures.VendorAccount;
import com.wizamart.support.Http;

/**
 * Customer registration is throttled per client address and per shop. Clients here connect from different loopback
 * addresses (127.0.0.x), so each has its own address budget; the limits are small in this context only.
 */
@TestPropertySource(properties = {
        "wizamart.identity.throttle.max-registrations-per-address=3",
        "wizamart.identity.throttle.max-registrations-per-shop=6"})
class RegistrationThrottleIntegrationTests extends ApiTest {

    private int register(String source, String vendorCode, String email) throws Exception {
        HttpClient client = HttpClient.newBuilder().localAddress(InetAddress.getByName(source)).build();
        try (client) {
            HttpRequest request = HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/v1/public/vendors/" + vendorCode + "/auth/register"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(Http.json(Map.of("email", email,
                            "password", Fixtures.PASSWORD, "firstName", "Reg"))))
                    .build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 429) {
                assertThat(response.headers().firstValue("Retry-After")).isPresent();
                assertThat(response.body()).contains("TOO_MANY_ATTEMPTS");
            }
            return response.statusCode();
        }
    }

    @Test
    void oneClientAddressRegistersOnlySoManyAccountsAcrossShops() throws Exception {
        VendorAccount one = fixtures.vendor();
        VendorAccount two = fixtures.vendor();
        String source = "127.0.0.21";
        assertThat(register(source, one.code(), Fixtures.unique("a") + "@mail.test")).isEqualTo(202);
        assertThat(register(source, two.code(), Fixtures.unique("b") + "@mail.test")).isEqualTo(202);
        assertThat(register(source, one.code(), Fixtures.unique("c") + "@mail.test")).isEqualTo(202);
        // the fourth attempt from that address, at either shop, is refused; a known email counts like a new one
        assertThat(register(source, two.code(), Fixtures.unique("d") + "@mail.test")).isEqualTo(429);
        assertThat(register(source, one.code(), Fixtures.unique("e") + "@mail.test")).isEqualTo(429);
        // another client is not held back
        assertThat(register("127.0.0.22", one.code(), Fixtures.unique("f") + "@mail.test")).isEqualTo(202);
    }

    @Test
    void oneShopTakesOnlySoManyRegistrationsFromEverywhere() throws Exception {
        VendorAccount shop = fixtures.vendor();
        VendorAccount other = fixtures.vendor();
        for (int i = 0; i < 6; i++) {
            assertThat(register("127.0.0." + (40 + i), shop.code(), Fixtures.unique("s") + "@mail.test"))
                    .isEqualTo(202);
        }
        assertThat(register("127.0.0.50", shop.code(), Fixtures.unique("s") + "@mail.test")).isEqualTo(429);
        // other shops register on
        assertThat(register("127.0.0.51", other.code(), Fixtures.unique("o") + "@mail.test")).isEqualTo(202);
    }
}
