package com.wizamart.identity.application.port.out;

/** One-way, adaptive password hashing. */
public interface PasswordHasher {

    String hash(String rawPassword);

    boolean matches(String rawPassword, String hash);

    /** Spends the time of a hash check without a hash, so unknown accounts answer as slowly as known ones. */
    void simulateCheck();
}
