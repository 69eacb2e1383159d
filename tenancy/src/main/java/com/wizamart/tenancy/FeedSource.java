package com.wizamart.tenancy;

/**
 * One of a vendor's feed sources: the URL the platform fetches the vendor's product feed of a marketplace in a
 * language from. A vendor has at most one per marketplace and language. Tenancy keeps them and checks them when they
 * change (shape here, what is installed through {@link FeedSourceRules}); a record built from input is not checked
 * until it is handed to {@link Vendors}.
 *
 * @param marketplace the marketplace's name, e.g. as listed by {@code GET /api/v1/vendor/marketplaces}.
 * @param language    the language the feed's texts are in, e.g. {@code en}.
 * @param url         an http(s) URL of at most 2,000 characters; it may carry a credential (shown without it in
 *                    the audit trail).
 */
public record FeedSource(String marketplace, String language, String url) {
}
