package com.wizamart.marketplace.application;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.wizamart.marketplace.domain.MarketplaceException;
import com.wizamart.marketplace.spi.MarketplaceAdapter;
import com.wizamart.sharedkernel.ContentLanguages;
import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.tenancy.FeedSourceRules;

/**
 * The marketplace adapters on the classpath, by name: adding an adapter module adds a marketplace. As tenancy's
 * {@link FeedSourceRules} it tells which marketplaces a vendor's feed sources may name, and in which languages.
 */
@Component
public class MarketplaceAdapters implements FeedSourceRules {

    private final Map<String, MarketplaceAdapter> byName;

    private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("[a-z0-9-]{1,32}");
    private static final java.util.regex.Pattern LANGUAGE = java.util.regex.Pattern.compile("[a-z]{2,3}");

    /**
     * @throws IllegalStateException at start-up, when an adapter's name or languages could never be imported or
     *                               configured as a feed source (or two adapters share a name).
     */
    MarketplaceAdapters(List<MarketplaceAdapter> adapters) {
        for (MarketplaceAdapter adapter : adapters) {
            if (adapter.name() == null || !NAME.matcher(adapter.name()).matches()) {
                throw new IllegalStateException(adapter.getClass().getName() + ": an adapter's name is lower-case "
                        + "letters, digits and hyphens, at most 32 characters, not " + adapter.name());
            }
            for (String language : adapter.languages()) {
                if (!LANGUAGE.matcher(language).matches()) {
                    throw new IllegalStateException(adapter.getClass().getName() + ": a language is an ISO 639 "
                            + "code in lower case (en, fr, de), not " + language);
                }
            }
        }
        this.byName = adapters.stream().collect(Collectors.toUnmodifiableMap(MarketplaceAdapter::name, Function.identity()));
    }

    public MarketplaceAdapter get(String name) {
        MarketplaceAdapter adapter = name == null ? null : byName.get(name.strip().toLowerCase(Locale.ROOT));
        if (adapter == null) {
            throw MarketplaceException.unknownMarketplace(name);
        }
        return adapter;
    }

    /**
     * The languages a feed of this adapter may be imported for: its own, or, when the vendor gives the language
     * (the adapter lists none), the platform's content languages.
     */
    public static Set<String> acceptedLanguages(MarketplaceAdapter adapter) {
        return adapter.languages().isEmpty() ? Set.copyOf(ContentLanguages.SUPPORTED) : adapter.languages();
    }

    /** @throws ValidationException when the adapter does not import this language. */
    public String language(MarketplaceAdapter adapter, String language) {
        String lang = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        Set<String> accepted = acceptedLanguages(adapter);
        if (!accepted.contains(lang)) {
            throw ValidationException.of("language", "must be one of " + accepted.stream().sorted().toList());
        }
        return lang;
    }

    public Set<String> names() {
        return byName.keySet();
    }

    /** @return the adapters, by name. */
    public List<MarketplaceAdapter> all() {
        return byName.values().stream().sorted(java.util.Comparator.comparing(MarketplaceAdapter::name)).toList();
    }

    @Override
    public Set<String> marketplaces() {
        return names();
    }

    /** The {@linkplain #acceptedLanguages(MarketplaceAdapter) accepted languages}; none for an unknown marketplace. */
    @Override
    public Set<String> languages(String marketplace) {
        MarketplaceAdapter adapter = marketplace == null ? null : byName.get(marketplace);
        return adapter == null ? Set.of() : acceptedLanguages(adapter);
    }
}
