package com.wizamart.catalog.application;

import java.util.UUID;

import org.springframework.stereotype.Service;

import com.wizamart.catalog.domain.CatalogSettings;
import com.wizamart.ordering.spi.ShopCurrency;

/**
 * Ordering's view of the currency a shop sells in ({@link ShopCurrency}): the catalog's shop currency, which is the
 * euro for every shop ({@link CatalogSettings#SHOP_CURRENCY}).
 */
@Service
class ShopCurrencyFromCatalog implements ShopCurrency {

    @Override
    public String of(UUID vendorId) {
        return CatalogSettings.SHOP_CURRENCY;
    }
}
