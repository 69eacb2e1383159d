package com.wizamart.adminapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

/**
 * The admin app's Alpine.js is the official CSP build, shipped as a file (no WebJar of it exists): the file is the
 * one its README names by version and checksum, unchanged, and its licence goes with it.
 */
class AlpineCspBuildTests {

    private static final String DIR = "/static/shared/lib/alpinejs-csp/";

    @Test
    void theShippedFileIsTheOneItsReadmeRecordsWithItsLicence() throws Exception {
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(read("module.esm.js")));
        String readme = new String(read("README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains("`@alpinejs/csp`").contains("SHA-256 of `module.esm.js`: `" + sha256 + "`");
        assertThat(new String(read("LICENSE.md"), StandardCharsets.UTF_8)).contains("MIT License", "Caleb Porzio");
    }

    private static byte[] read(String name) throws IOException {
        try (InputStream in = AlpineCspBuildTests.class.getResourceAsStream(DIR + name)) {
            assertThat(in).as(DIR + name).isNotNull();
            return in.readAllBytes();
        }
    }
}
