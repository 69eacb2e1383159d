package com.wizamart.catalog.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Catalog settings ({@code wizamart.catalog.*}).
 *
 * @param refresh       how imports refresh published products.
 * @param maxPublishIds most staged product ids one bulk publish request may name.
 */
@ConfigurationProperties("wizamart.catalog")
public record CatalogProperties(@DefaultValue Refresh refresh, @DefaultValue("500") int maxPublishIds) {

    /**
     * @param maxChangedShare      hold a refresh that would change more than this share of the vendor's published
     *                             products (0 to 1).
     * @param maxZeroedStockShare  hold a refresh that would set the stock of more than this share of them to zero.
     * @param minPublishedProducts never hold refreshes of catalogs with fewer published products than this.
     * @param pageSize             products planned or applied per round trip.
     */
    public record Refresh(@DefaultValue("0.5") double maxChangedShare, @DefaultValue("0.5") double maxZeroedStockShare,
                          @DefaultValue("10") int minPublishedProducts, @DefaultValue("500") int pageSize) {
    }
}
