package com.wizamart.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.servlet.Filter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.test.util.ReflectionTestUtils;

import com.wizamart.support.ApiTest;

/**
 * The security chain's firewall is Spring Security's strict one with {@link FirewallCharacters}, and it refuses
 * control characters in the values of headers the application reads (a tab is fine); sent as raw bytes, as HTTP
 * clients refuse to send them. The trivial endpoint ignores a {@code Basic} authorization, but the bearer token
 * resolver reads the header, and so the firewall checks it.
 */
class FirewallIntegrationTests extends ApiTest {

    @Autowired
    @Qualifier("springSecurityFilterChain")
    Filter securityFilterChain;

    @Test
    void theChainsFirewallChecksCharactersWithFirewallCharacters() throws IllegalAccessException {
        List<StrictHttpFirewall> found = new ArrayList<>();
        findFirewalls(securityFilterChain, 4, found);
        assertThat(found).isNotEmpty().allSatisfy(firewall -> {
            assertThat(ReflectionTestUtils.getField(firewall, "allowedHeaderNames")).isSameAs(FirewallCharacters.NAMES);
            assertThat(ReflectionTestUtils.getField(firewall, "allowedHeaderValues"))
                    .isSameAs(FirewallCharacters.VALUES);
            assertThat(ReflectionTestUtils.getField(firewall, "allowedParameterNames"))
                    .isSameAs(FirewallCharacters.NAMES);
        });
    }

    /**
     * The firewalls of the {@link FilterChainProxy} instances among a filter and the filters it holds. Spring
     * Security nests the proxy in composites, which extend {@code FilterChainProxy} and so carry a default firewall
     * they never use: theirs are left out.
     */
    private static void findFirewalls(Object filter, int depth, List<StrictHttpFirewall> found)
            throws IllegalAccessException {
        for (Class<?> type = filter.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || field.getType().isPrimitive()
                        || !field.trySetAccessible()) {
                    continue;
                }
                Object value = field.get(filter);
                if (value instanceof StrictHttpFirewall firewall && filter.getClass() == FilterChainProxy.class) {
                    found.add(firewall);
                }
                else if (depth > 0 && value instanceof Filter nested) {
                    findFirewalls(nested, depth - 1, found);
                }
                else if (depth > 0 && value instanceof Collection<?> filters) {
                    for (Object nested : filters) {
                        if (nested instanceof Filter) {
                            findFirewalls(nested, depth - 1, found);
                        }
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
        "'Authorization: Basic plain', 200",
        "'Authorization: Basic with\ta tab', 200",
        "'Authorization: Basic café', 200", // Latin-1 on the wire
        "'Authorization: Basic a\u0085b', 400", // NEL, a C1 control character: the firewall refuses it
        "'Authorization: Basic a\u009Fb', 400",
        "'Authorization: Basic a\u0007b', 400", // Tomcat refuses this one already
    })
    void controlCharactersInHeadersAreRefused(String header, int status) throws IOException {
        String request = "GET /.well-known/jwks.json HTTP/1.1\r\nHost: localhost\r\n" + header
                + "\r\nConnection: close\r\n\r\n";
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            in.transferTo(response);
            String statusLine = response.toString(StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
            assertThat(statusLine).startsWith("HTTP/1.1 " + status);
        }
    }
}
