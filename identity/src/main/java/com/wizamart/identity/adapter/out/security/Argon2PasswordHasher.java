package com.wizamart.identity.adapter.out.security;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import com.wizamart.identity.application.port.out.PasswordHasher;

/**
 * Argon2id (Spring Security's current recommended parameters) behind a delegating encoder, so stored hashes carry
 * their algorithm ({@code {argon2}...}) and a future algorithm can take over without a migration.
 */
@Component
class Argon2PasswordHasher implements PasswordHasher {

    private static final String ID = "argon2";
    private final PasswordEncoder encoder;
    private final String dummyHash;

    Argon2PasswordHasher() {
        this.encoder = new DelegatingPasswordEncoder(ID,
                java.util.Map.of(ID, Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8()));
        this.dummyHash = encoder.encode("not-a-real-password-" + System.nanoTime());
    }

    @Override
    public String hash(String rawPassword) {
        return encoder.encode(rawPassword);
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        return hash != null && encoder.matches(rawPassword, hash);
    }

    @Override
    public void simulateCheck() {
        encoder.matches("x", dummyHash);
    }
}
