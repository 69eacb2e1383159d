package com.wizamart.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;

/**
 * Percent-encoded path segments, against every API route: the vendor context filter reads the path decoded, as
 * Spring Security and Spring MVC match it, so an escaped vendor code is the same vendor, an escaped letter elsewhere
 * cannot slip a request past the check that token and path agree, and no escape makes the server fail (5xx): those
 * it cannot take answer 400 before any route is looked at.
 */
class EncodedPathIntegrationTests extends ApiTest {

    /** Path variables are replaced by each; {@code %ZZ} is not an escape at all, {@code %00} decodes to NUL. */
    private static final List<String> VALUES = List.of("%61cme", "a%2Fb", "%00", "%ZZ", "%E2%82%AC", "%25", "%20",
            "a%3Bb=c", "..%2F..", "%C0%AE");
    /** Refused by the server before any route is looked at (Tomcat, then Spring Security's firewall): 400. */
    private static final Set<String> REFUSED = Set.of("a%2Fb", "%00", "%ZZ", "%25", "a%3Bb=c", "..%2F..");
    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void noEncodedPathVariableOfAnyApiRouteMakesTheServerFail() throws IOException {
        Fixtures.Session admin = fixtures.admin();
        Fixtures.VendorAccount vendor = fixtures.vendor(admin);
        Fixtures.Session customer = fixtures.customer(vendor);
        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/") && pattern.contains("{"))
                .forEach(pattern -> {
                    Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                    (methods.isEmpty() ? Set.of(RequestMethod.GET) : methods)
                            .forEach(method -> routes.add(method + " " + pattern));
                }));
        assertThat(routes).as("routes with path variables").hasSizeGreaterThan(30)
                .anyMatch(r -> r.contains("/api/v1/admin/")).anyMatch(r -> r.contains("/api/v1/vendor/"))
                .anyMatch(r -> r.contains("/api/v1/public/vendors/{vendorCode}"));

        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (String route : routes) {
            String method = route.substring(0, route.indexOf(' '));
            String pattern = route.substring(route.indexOf(' ') + 1);
            List<String> tokens = pattern.startsWith("/api/v1/admin/") ? List.of(admin.accessToken())
                    : pattern.startsWith("/api/v1/vendor/") ? List.of(vendor.owner().accessToken())
                    : List.of("", customer.accessToken());
            List<String> values = new ArrayList<>(VALUES);
            values.add(escapeFirst(vendor.code()));
            for (String value : values) {
                String path = VARIABLE.matcher(pattern).replaceAll(java.util.regex.Matcher.quoteReplacement(value));
                for (String token : tokens) {
                    int status = send(method, path, token);
                    sent++;
                    if (status >= 500 || (REFUSED.contains(value) && status != 400)) {
                        failures.add(status + " " + method + " " + path + (token.isEmpty() ? "" : " (with token)"));
                    }
                }
            }
        }
        assertThat(sent).isGreaterThan(300);
        assertThat(failures).as("server errors, or refused escapes not answered 400").isEmpty();
    }

    @Test
    void anEscapedVendorCodeIsTheSameVendorAsThePlainOne() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Http.Response plain = http.get("/api/v1/public/vendors/" + vendor.code() + "/products").send();
        Http.Response escaped = http.get("/api/v1/public/vendors/" + escapeFirst(vendor.code()) + "/products").send();
        assertThat(plain.status()).as(plain.toString()).isEqualTo(200);
        assertThat(escaped.status()).as(escaped.toString()).isEqualTo(200);
        assertThat(escaped.json().get("content")).isEqualTo(plain.json().get("content"));

        Fixtures.Session customer = fixtures.customer(vendor);
        Http.Response orders = http.get("/api/v1/public/vendors/" + escapeFirst(vendor.code()) + "/customers/me/orders")
                .bearer(customer.accessToken()).send();
        assertThat(orders.status()).as(orders.toString()).isEqualTo(200);
    }

    @Test
    void anEscapedPathCannotPassTheCheckThatTokenAndPathNameTheSameVendor() {
        Fixtures.VendorAccount acme = fixtures.vendor();
        Fixtures.VendorAccount bistro = fixtures.vendor();
        Fixtures.Session customer = fixtures.customer(acme);
        for (String path : List.of(
                "/api/v1/public/vendors/" + bistro.code() + "/customers/me/orders",
                "/api/v1/public/vendors/" + escapeFirst(bistro.code()) + "/customers/me/orders",
                "/api/v1/%70ublic/vendors/" + bistro.code() + "/customers/me/orders",
                "/api/v1/public/%76endors/" + escapeFirst(bistro.code()) + "/customers/me/orders")) {
            Http.Response response = http.get(path).bearer(customer.accessToken()).send();
            assertThat(response.status()).as(path + " -> " + response).isEqualTo(403);
            assertThat(response.errorCode()).as(path).isEqualTo("UNAUTHORIZED_VENDOR_ACCESS");
        }
    }

    @Test
    void anEscapedAdminPathIsAnAdminRequestThatIgnoresTheHost() {
        Fixtures.Session admin = fixtures.admin();
        String host = Fixtures.unique("nosuch") + ".wizamart.localhost";
        for (String path : List.of("/api/v1/admin/vendors", "/api/v1/%61dmin/vendors")) {
            Http.Response response = http.get(path).bearer(admin.accessToken()).header("Host", host).send();
            assertThat(response.status()).as(path + " -> " + response).isEqualTo(200);
        }
    }

    /** The code with its first character percent-encoded ({@code acme} -> {@code %61cme}). */
    private static String escapeFirst(String code) {
        return String.format("%%%02X", (int) code.charAt(0)) + code.substring(1);
    }

    /**
     * One request over a plain socket to the local server, the path sent exactly as given (an HTTP client would
     * refuse or re-encode {@code %ZZ}); answers the status.
     */
    private int send(String method, String path, String token) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(30_000);
            boolean body = method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
            StringBuilder request = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                    .append("Host: localhost\r\nConnection: close\r\nAccept: application/json\r\n");
            if (!token.isEmpty()) {
                request.append("Authorization: Bearer ").append(token).append("\r\n");
            }
            if (body) {
                request.append("Content-Type: application/json\r\nContent-Length: 2\r\n\r\n{}");
            } else {
                request.append("\r\n");
            }
            OutputStream out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            String head = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
            assertThat(head).as(method + " " + path).startsWith("HTTP/1.1 ");
            return Integer.parseInt(head.substring(9, 12));
        }
    }
}
