package com.wizamart.identity;

/** Bootstrapping of platform accounts (first admin, demo data). */
public interface PlatformAccounts {

    /**
     * Creates a platform admin with this email and password unless a user with that email exists.
     *
     * @return {@literal true} when the admin was created.
     */
    boolean ensurePlatformAdmin(String email, String password, String firstName, String lastName);

    /**
     * Completes a pending account through its own one-time activation token, as the activation link does (demo data
     * uses it with the token onboarding answered). Nothing sets the password of an existing account outright.
     */
    void activate(String activationToken, String password);
}
