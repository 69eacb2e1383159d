package com.wizamart.tenancy;

import java.util.Set;

/**
 * What the installed marketplaces accept as feed sources. Tenancy declares it and checks every change of a vendor's
 * feed sources against it; the module that knows the marketplaces implements it (tenancy depends on no marketplace).
 * Without an implementation no marketplace is installed, and every new feed source is refused.
 */
public interface FeedSourceRules {

    /** @return the names of the installed marketplaces. */
    Set<String> marketplaces();

    /**
     * @param marketplace the name of an installed marketplace.
     * @return the languages a feed of that marketplace may be in; empty for a marketplace that is not installed.
     */
    Set<String> languages(String marketplace);
}
