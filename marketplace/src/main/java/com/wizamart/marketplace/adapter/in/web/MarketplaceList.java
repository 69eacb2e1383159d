package com.wizamart.marketplace.adapter.in.web;

import java.util.List;

import com.wizamart.marketplace.application.port.in.MarketplaceView;

/**
 * The installed marketplaces, by name.
 *
 * @param marketplaces one per adapter module on the platform's classpath.
 */
record MarketplaceList(List<MarketplaceView> marketplaces) {
}
