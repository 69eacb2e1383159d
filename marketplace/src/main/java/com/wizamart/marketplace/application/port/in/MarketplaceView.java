package com.wizamart.marketplace.application.port.in;

import java.util.List;

/**
 * An installed marketplace, as the API describes it: what its adapter reads and fills.
 *
 * @param name                 the {@code marketplace} value of the import API and of feed sources.
 * @param displayName          how people call the marketplace.
 * @param formats              the feed formats its adapter reads, e.g. {@code csv}, {@code tsv}.
 * @param languages            the languages a feed may be imported for (and a feed source named), sorted.
 * @param languageGivenByVendor {@literal true} when the feed does not tell its language: the vendor gives it (then
 *                             {@code languages} are the platform's content languages); {@literal false} when the
 *                             marketplace has one feed per language of {@code languages}.
 * @param fields               the product fields and attributes its feeds fill, sorted.
 */
public record MarketplaceView(String name, String displayName, List<String> formats, List<String> languages,
                              boolean languageGivenByVendor, List<String> fields) {
}
