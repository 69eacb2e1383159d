package com.wizamart.sharedkernel.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.wizamart.sharedkernel.net.RefusedRequestException.Reason;

class OutboundAddressPolicyTests {

    private final OutboundAddressPolicy policy = OutboundAddressPolicy.refusingInternalAddresses();

    @ParameterizedTest
    @ValueSource(strings = {"127.0.0.1", "127.255.0.1", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
            "169.254.169.254", "169.254.0.1", "100.64.0.1", "100.127.255.254", "0.0.0.0", "224.0.0.1",
            "255.255.255.255", "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "::ffff:127.0.0.1",
            "::ffff:169.254.169.254", "::ffff:10.0.0.1", "64:ff9b::a9fe:a9fe", "ff02::1", "192.0.0.8", "198.18.0.1",
            "240.0.0.1"})
    void refusesAddressesInsideOurNetwork(String address) throws Exception {
        assertThat(OutboundAddressPolicy.isInternal(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "100.128.0.1", "172.32.0.1", "2a00:1450:4001:80b::200e",
            "::ffff:8.8.8.8", "192.0.1.1", "198.20.0.1"})
    void letsPublicAddressesThrough(String address) throws Exception {
        assertThat(OutboundAddressPolicy.isInternal(InetAddress.getByName(address))).isFalse();
    }

    // IPv4-translated ::ffff:0:0/96 (RFC 2765): the IPv4 address in the last 32 bits
    @ParameterizedTest
    @ValueSource(strings = {"::ffff:0:127.0.0.1", "::ffff:0:10.0.0.1", "::ffff:0:169.254.169.254",
            "::ffff:0:192.168.1.1", "::ffff:0:100.64.0.1"})
    void refusesIpv4TranslatedFormsOfInternalAddresses(String address) throws Exception {
        assertThat(OutboundAddressPolicy.isInternal(InetAddress.getByName(address))).isTrue();
    }

    // NAT64 well-known prefix 64:ff9b::/96 (RFC 6052): the IPv4 address in the last 32 bits
    @ParameterizedTest
    @ValueSource(strings = {"64:ff9b::127.0.0.1", "64:ff9b::10.0.0.1", "64:ff9b::172.16.0.1",
            "64:ff9b::169.254.169.254", "64:ff9b::192.168.1.1"})
    void refusesNat64FormsOfInternalAddresses(String address) throws Exception {
        assertThat(OutboundAddressPolicy.isInternal(InetAddress.getByName(address))).isTrue();
    }

    // NAT64 local-use prefix 64:ff9b:1::/48 (RFC 8215): our own translator, whatever it translates to
    @ParameterizedTest
    @ValueSource(strings = {"64:ff9b:1::808:808", "64:ff9b:1::1", "64:ff9b:1:ffff:ffff:ffff:ffff:ffff",
            "64:ff9b:1:808:8:800::", "64:ff9b:1::a00:1"})
    void refusesEveryNat64LocalUseAddress(String address) throws Exception {
        assertThat(OutboundAddressPolicy.isInternal(InetAddress.getByName(address))).isTrue();
    }

    // 6to4 2002::/16 (RFC 3056): the IPv4 address in bits 16-47
    @ParameterizedTest
    @ValueSource(strings = {"2002:7f00:1::1", "2002:a00:1::1", "2002:a9fe:a9fe::1", "2002:c0a8:101::1",
            "2002:ac10:1::", "2002:6440:1:1::1"})
    void refuses6to4FormsOfInternalAddresses(String address) throws Exception {
        assertThat(OutboundAddressPolicy.isInternal(InetAddress.getByName(address))).isTrue();
    }

    // Teredo 2001::/32 (RFC 4380): the server's IPv4 address in bits 32-63, the client's inverted in the last 32 bits
    @ParameterizedTest
    @ValueSource(strings = {
            "2001:0:808:808::80ff:fffe",         // client 127.0.0.1
            "2001:0:808:808::f5ff:fffe",         // client 10.0.0.1
            "2001:0:808:808::5601:5601",         // client 169.254.169.254
            "2001:0:808:808:8000:ffff:3f57:fefe", // client 192.168.1.1, with flags and port
            "2001:0:a00:1::f7f7:f7f7",           // server 10.0.0.1, client 8.8.8.8
            "2001:0:7f00:1::f7f7:f7f7"})         // server 127.0.0.1
    void refusesTeredoAddressesWithAnInternalServerOrClient(String address) throws Exception {
        assertThat(OutboundAddressPolicy.isInternal(InetAddress.getByName(address))).isTrue();
    }

    // the same forms around public IPv4 addresses stay public, as do addresses next to these prefixes
    @ParameterizedTest
    @ValueSource(strings = {"::ffff:0:8.8.8.8", "64:ff9b::8.8.8.8", "2002:808:808::1", "2001:0:808:808::f7f7:f7f7",
            "2001:4860:a00:1::1", "2003:a00:1::1", "64:ff9b:2::808:808"})
    void letsTheseFormsOfPublicAddressesThrough(String address) throws Exception {
        assertThat(OutboundAddressPolicy.isInternal(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/a.jpg", "file:///etc/passwd", "gopher://example.com/",
            "jar:http://example.com/a.jar!/", "data:image/png;base64,iVBORw0KGgo=", "mailto:a@example.com",
            "//example.com/a.jpg", "/relative/a.jpg"})
    void refusesOtherSchemes(String url) {
        assertThatThrownBy(() -> policy.check(url)).isInstanceOf(RefusedRequestException.class)
                .extracting(e -> ((RefusedRequestException) e).reason()).isEqualTo(Reason.SCHEME_NOT_ALLOWED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http:///nohost", "http://user:pw@example.com/", "https://user@example.com/"})
    void refusesUrlsWithoutHostOrWithCredentials(String url) {
        assertThatThrownBy(() -> policy.check(url)).isInstanceOf(RefusedRequestException.class)
                .extracting(e -> ((RefusedRequestException) e).reason()).isEqualTo(Reason.NO_HOST_OR_CREDENTIALS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/a", "http://localhost:8080/a", "http://[::1]/a",
            "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/", "http://[::ffff:127.0.0.1]/",
            "http://2130706433/", "http://[::ffff:0:127.0.0.1]/",
            "http://[64:ff9b::a9fe:a9fe]/", "http://[64:ff9b:1::808:808]/", "http://[2002:7f00:1::1]/",
            "http://[2001:0:808:808::80ff:fffe]/", "HTTPS://192.168.0.1/"})
    void refusesUrlsThatPointInside(String url) {
        assertThatThrownBy(() -> policy.check(url)).isInstanceOf(RefusedRequestException.class)
                .extracting(e -> ((RefusedRequestException) e).reason()).isEqualTo(Reason.ADDRESS_NOT_ALLOWED);
    }

    @Test
    void anInvalidUrlIsRefusedWithoutQuotingIt() {
        assertThatThrownBy(() -> policy.check("https://example.com/a.jpg?key=secret|x"))
                .isInstanceOf(RefusedRequestException.class)
                .satisfies(e -> assertThat(((RefusedRequestException) e).reason()).isEqualTo(Reason.INVALID_URL))
                .message().doesNotContain("secret");
    }

    @Test
    void letsPublicLiteralAddressesThrough() throws Exception {
        assertThat(policy.check("https://8.8.8.8/a.jpg?v=1")).hasHost("8.8.8.8").hasPath("/a.jpg");
        assertThat(policy.check("http://[2a00:1450:4001:80b::200e]/")).hasScheme("http");
    }

    @Test
    void allowedHostsLetOnlyThemselvesThrough() throws Exception {
        OutboundAddressPolicy local = OutboundAddressPolicy.allowing(List.of("127.0.0.1", "LocalHost"));

        assertThat(local.check("http://127.0.0.1:8080/a.jpg")).hasPort(8080);
        assertThat(local.resolve("localhost")).isNotEmpty();
        assertThat(local.resolve("127.0.0.1")).containsExactly(InetAddress.getByName("127.0.0.1"));
        for (String inside : List.of("10.0.0.1", "169.254.169.254", "127.0.0.2", "192.168.1.1", "[::ffff:10.0.0.1]")) {
            assertThatThrownBy(() -> local.resolve(inside)).isInstanceOf(RefusedAddressException.class)
                    .extracting(e -> ((RefusedAddressException) e).host()).isEqualTo(inside);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.1", "198.51.100.7", "203.0.113.255", "192.88.99.1", "2001:db8::1",
            "2001:db8:ffff::1", "100::1", "100::ffff:ffff:ffff:ffff", "2001:2::1", "2001:2:0:ffff::1", "2001:10::1",
            "2001:1f:ffff::1", "::ffff:192.0.2.1", "64:ff9b::203.0.113.9"})
    void refusesDocumentationBenchmarkingDiscardAndOrchidRanges(String address) throws Exception {
        assertThat(OutboundAddressPolicy.isInternal(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.0.3.1", "198.51.101.1", "203.0.114.1", "192.88.100.1", "2001:db9::1", "100:0:0:1::1",
            "2001:3::1", "2001:4860:4860::8888"})
    void letsTheNeighboursOfThoseRangesThrough(String address) throws Exception {
        assertThat(OutboundAddressPolicy.isInternal(InetAddress.getByName(address))).isFalse();
    }

    @Test
    void refusesTheRangesAnOperatorAddsOnTopOfTheInternalOnes() throws Exception {
        OutboundAddressPolicy operators = OutboundAddressPolicy.allowing(List.of(),
                List.of("2a00:1450::/32", " 8.8.8.0/24 ", "93.184.216.32/27"));

        for (String refused : List.of("[2a00:1450:4001:80b::200e]", "8.8.8.8", "93.184.216.34", "10.0.0.1")) {
            assertThatThrownBy(() -> operators.resolve(refused)).as(refused)
                    .isInstanceOf(RefusedAddressException.class);
        }
        assertThat(operators.resolve("8.8.4.4")).hasSize(1);
        assertThat(operators.resolve("93.184.216.64")).hasSize(1);
        assertThat(operators.resolve("[2a01::1]")).hasSize(1);
        assertThatThrownBy(() -> operators.check("https://8.8.8.8/a.jpg"))
                .satisfies(e -> assertThat(((RefusedRequestException) e).reason())
                        .isEqualTo(Reason.ADDRESS_NOT_ALLOWED));
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "8.8.8.0/33", "2a00::/129", "example.com/24", "8.8.8.0/x", "/8"})
    void refusesARangeThatIsNotInCidrNotation(String range) {
        assertThatThrownBy(() -> OutboundAddressPolicy.allowing(List.of(), List.of(range)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void comparesAllowedAddressesAsAddressesNotAsText() throws Exception {
        OutboundAddressPolicy local = OutboundAddressPolicy.allowing(List.of("::1", "[0:0:0:0:0:0:0:2]"));

        assertThat(local.resolve("0:0:0:0:0:0:0:1")).hasSize(1);
        assertThat(local.resolve("[::1]")).hasSize(1);
        assertThat(local.check("http://[0::1]:8080/a.jpg")).hasPort(8080);
        assertThat(local.resolve("::2")).as("allowed in brackets and in full").hasSize(1);
        assertThatThrownBy(() -> local.resolve("127.0.0.1")).isInstanceOf(RefusedAddressException.class);
    }
}
