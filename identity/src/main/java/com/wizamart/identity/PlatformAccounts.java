package com.wizamart.identity;

/** Bootstrapping of platform accounts (first admin, demo data). */
public interface PlatformAccounts {

    /**
     * Creates a platform admin with this email and password unless a user with that email exists.
     *
     * @return {@literal true} when the admin was created.
     */
    boolean ensurePlatformAdmin(String email, String password, String firstName, String lastName);

    /** Sets a user's password outright (demo data only), activating the account. */
    void setPassword(String email, String password);
}
