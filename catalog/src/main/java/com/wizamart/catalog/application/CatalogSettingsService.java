package com.wizamart.catalog.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.catalog.application.port.out.CatalogSettingsStore;
import com.wizamart.catalog.application.port.out.ProductStore;
import com.wizamart.catalog.domain.CatalogSettings;

/** The bound vendor's catalog settings: default language and default VAT rate. */
@Service
public class CatalogSettingsService {

    private final CatalogSettingsStore settings;
    private final ProductStore products;

    CatalogSettingsService(CatalogSettingsStore settings, ProductStore products) {
        this.settings = settings;
        this.products = products;
    }

    /** @return the vendor's settings, or the defaults when it never saved any. */
    @Transactional(readOnly = true)
    public CatalogSettings current() {
        return settings.load().orElse(CatalogSettings.DEFAULTS);
    }

    /**
     * Saves the settings. A new default language becomes the default of every product that has a name in it; the
     * others keep theirs until they get one.
     */
    @Transactional
    public CatalogSettings update(CatalogSettings next) {
        CatalogSettings previous = current();
        settings.save(next);
        if (!previous.defaultLanguage().equals(next.defaultLanguage())) {
            products.useDefaultLanguage(next.defaultLanguage());
        }
        return next;
    }
}
