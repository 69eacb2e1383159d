package com.wizamart.marketplace.application;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;

import com.wizamart.marketplace.application.port.in.MarketplaceView;
import com.wizamart.marketplace.spi.MarketplaceAdapter;

/** The installed marketplaces, described from their adapters (the SPI's {@link MarketplaceAdapter}). */
@Service
public class MarketplaceViews {

    private final MarketplaceAdapters adapters;

    MarketplaceViews(MarketplaceAdapters adapters) {
        this.adapters = adapters;
    }

    /** @return every installed marketplace, by name. */
    public List<MarketplaceView> installed() {
        return adapters.all().stream().map(MarketplaceViews::view).toList();
    }

    static MarketplaceView view(MarketplaceAdapter adapter) {
        return new MarketplaceView(adapter.name(), adapter.displayName(), sorted(adapter.supportedFormats()),
                sorted(MarketplaceAdapters.acceptedLanguages(adapter)), adapter.languages().isEmpty(),
                sorted(adapter.fields()));
    }

    private static List<String> sorted(Collection<String> values) {
        return values.stream().sorted().toList();
    }
}
