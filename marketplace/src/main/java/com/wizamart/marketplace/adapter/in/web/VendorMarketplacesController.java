package com.wizamart.marketplace.adapter.in.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.marketplace.application.MarketplaceViews;

/**
 * The marketplaces a vendor's team may import from and name in feed sources: any member may read them (they are the
 * platform's, not the vendor's).
 */
@RestController
@RequestMapping("/api/v1/vendor/marketplaces")
class VendorMarketplacesController {

    private final MarketplaceViews marketplaces;

    VendorMarketplacesController(MarketplaceViews marketplaces) {
        this.marketplaces = marketplaces;
    }

    @GetMapping
    MarketplaceList list() {
        return new MarketplaceList(marketplaces.installed());
    }
}
