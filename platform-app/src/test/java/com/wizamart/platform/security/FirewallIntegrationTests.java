package com.wizamart.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.wizamart.support.ApiTest;

/**
 * The security chain's firewall refuses control characters in the values of headers the application reads (a tab is
 * fine); sent as raw bytes, as HTTP clients refuse to send them. The trivial endpoint ignores a {@code Basic}
 * authorization, but the bearer token resolver reads the header, and so the firewall checks it.
 */
class FirewallIntegrationTests extends ApiTest {

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
