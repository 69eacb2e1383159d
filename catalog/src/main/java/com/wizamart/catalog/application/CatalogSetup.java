package com.wizamart.catalog.application;

import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.catalog.application.port.out.CatalogSettingsStore;
import com.wizamart.catalog.application.port.out.ProductStore;
import com.wizamart.catalog.domain.CatalogException;
import com.wizamart.catalog.domain.CatalogSettings;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.AuditEntry;
import com.wizamart.tenancy.AuditTrail;
import com.wizamart.tenancy.VendorContext;

/**
 * The bound vendor's catalog settings: default language, default VAT rate, the shop's currency, who owns stock and
 * prices of products published from feeds, and which import refreshes wait for the vendor's approval.
 */
@Service
public class CatalogSetup {

    private final CatalogSettingsStore settings;
    private final ProductStore products;
    private final AuditTrail audit;

    CatalogSetup(CatalogSettingsStore settings, ProductStore products, AuditTrail audit) {
        this.settings = settings;
        this.products = products;
        this.audit = audit;
    }

    /** @return the vendor's settings, or the defaults when it never saved any. */
    @Transactional(readOnly = true)
    public CatalogSettings current() {
        return settings.load().orElse(CatalogSettings.DEFAULTS);
    }

    /**
     * Saves the settings. A new default language becomes the default of every product that has a name in it; the
     * others keep theirs until they get one. The currency changes only while no product is priced in another one
     * (prices are never converted).
     *
     * @throws com.wizamart.catalog.domain.CatalogException {@code SHOP_CURRENCY_IN_USE}.
     */
    @Transactional
    public CatalogSettings update(CatalogSettings next, Actor actor) {
        CatalogSettings previous = current();
        if (!previous.currency().equals(next.currency())) {
            long others = products.countPricedOtherThan(next.currency());
            if (others > 0) {
                throw CatalogException.shopCurrencyInUse(next.currency(), others);
            }
        }
        settings.save(next);
        if (!previous.defaultLanguage().equals(next.defaultLanguage())) {
            products.useDefaultLanguage(next.defaultLanguage());
        }
        audit.record(new AuditEntry(actor, "CATALOG_SETTINGS_CHANGED", VendorContext.require(), "catalog_settings",
                null, "Catalog settings", snapshot(previous), snapshot(next)));
        return next;
    }

    private static Map<String, Object> snapshot(CatalogSettings s) {
        return Map.of("defaultLanguage", s.defaultLanguage(), "defaultTaxRate", s.defaultTaxRate().toPlainString(),
                "currency", s.currency(), "stockOwner", s.stockOwner().name(), "priceOwner", s.priceOwner().name(),
                "refreshReview", s.refreshReview().name());
    }
}
