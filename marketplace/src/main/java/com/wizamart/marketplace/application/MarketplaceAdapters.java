package com.wizamart.marketplace.application;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import com.wizamart.marketplace.domain.MarketplaceException;
import com.wizamart.marketplace.spi.MarketplaceAdapter;
import com.wizamart.sharedkernel.ContentLanguages;
import com.wizamart.sharedkernel.ValidationException;

/** The marketplace adapters on the classpath, by name: adding an adapter module adds a marketplace. */
@Component
public class MarketplaceAdapters {

    private final Map<String, MarketplaceAdapter> byName;

    MarketplaceAdapters(List<MarketplaceAdapter> adapters) {
        this.byName = adapters.stream().collect(Collectors.toUnmodifiableMap(MarketplaceAdapter::name, Function.identity()));
    }

    public MarketplaceAdapter get(String name) {
        MarketplaceAdapter adapter = name == null ? null : byName.get(name.strip().toLowerCase(java.util.Locale.ROOT));
        if (adapter == null) {
            throw MarketplaceException.unknownMarketplace(name);
        }
        return adapter;
    }

    /**
     * The languages a feed of this adapter may be imported for: its own, or, when the vendor gives the language
     * (the adapter lists none), the platform's content languages.
     */
    public static java.util.Set<String> acceptedLanguages(MarketplaceAdapter adapter) {
        return adapter.languages().isEmpty() ? java.util.Set.copyOf(ContentLanguages.SUPPORTED) : adapter.languages();
    }

    /** @throws ValidationException when the adapter does not import this language. */
    public String language(MarketplaceAdapter adapter, String language) {
        String lang = language == null ? "" : language.strip().toLowerCase(java.util.Locale.ROOT);
        java.util.Set<String> accepted = acceptedLanguages(adapter);
        if (!accepted.contains(lang)) {
            throw ValidationException.of("language", "must be one of " + accepted.stream().sorted().toList());
        }
        return lang;
    }

    public java.util.Set<String> names() {
        return byName.keySet();
    }
}
