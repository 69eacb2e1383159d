package com.wizamart.marketplace.adapter.in.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.marketplace.application.MarketplaceViews;

/** The installed marketplaces, for the admin app's vendor form and bulk import (feed sources name them). */
@RestController
@RequestMapping("/api/v1/admin/marketplaces")
class AdminMarketplacesController {

    private final MarketplaceViews marketplaces;

    AdminMarketplacesController(MarketplaceViews marketplaces) {
        this.marketplaces = marketplaces;
    }

    @GetMapping
    MarketplaceList list() {
        return new MarketplaceList(marketplaces.installed());
    }
}
