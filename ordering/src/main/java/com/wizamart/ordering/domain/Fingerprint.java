package com.wizamart.ordering.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What tells a replayed request from another one reusing its idempotency key: a SHA-256 over what it asks for. */
public final class Fingerprint {

    private Fingerprint() {
    }

    /** @return the hex SHA-256 of the parts joined by a unit separator. */
    public static String of(String... parts) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(String.join("\u001f", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
