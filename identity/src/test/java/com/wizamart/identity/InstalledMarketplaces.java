package com.wizamart.identity;

import java.util.Map;
import java.util.Set;

import org.springframework.boot.test.context.TestConfiguration;

import com.wizamart.tenancy.FeedSourceRules;

/**
 * The marketplaces identity's module tests treat as installed (in the deployable, the marketplace module's adapters
 * are): "north-market" in English, French and German, "south-market" in English.
 */
@TestConfiguration(proxyBeanMethods = false)
class InstalledMarketplaces implements FeedSourceRules {

    private static final Map<String, Set<String>> INSTALLED = Map.of("north-market", Set.of("en", "fr", "de"),
            "south-market", Set.of("en"));

    @Override
    public Set<String> marketplaces() {
        return INSTALLED.keySet();
    }

    @Override
    public Set<String> languages(String marketplace) {
        return INSTALLED.getOrDefault(marketplace, Set.of());
    }
}
