package com.wizamart.tenancy;

/**
 * One of a vendor's feed sources: the URL the platform fetches the vendor's product feed of a marketplace in a
 * language from. A vendor has at most one per marketplace and language. Tenancy keeps them and checks them when they
 * change (shape here, what is installed through {@link FeedSourceRules}); a record built from input is not checked
 * until it is handed to {@link Vendors}.
 *
 * @param marketplace the marketplace's name, e.g. as listed by {@code GET /api/v1/vendor/marketplaces}.
 * @param language    the language the feed's texts are in, e.g. {@code en}.
 * @param url         an http(s) URL of at most 2,000 characters ({@link #normalisedUrl(String)}); it may carry a
 *                    credential in its query string (shown without it in the audit trail and import jobs).
 */
public record FeedSource(String marketplace, String language, String url) {

    /**
     * The rule every feed URL follows, a feed source's or one an import is given: it parses as a URI, its scheme is
     * {@code http} or {@code https} in any case, it has a host, no user info, no white space or space character of any
     * kind, and at most 2,000 characters.
     *
     * @param url the URL, stripped; may be {@literal null}.
     * @return the URL with its scheme in lower case, or empty when the rule refuses it.
     */
    public static java.util.Optional<String> normalisedUrl(String url) {
        return com.wizamart.tenancy.domain.FeedSources.normalisedUrl(url);
    }

    /** How a refused URL's violation says the rule. */
    public static final String URL_RULE = com.wizamart.tenancy.domain.FeedSources.URL_RULE;
}
