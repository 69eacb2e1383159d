package com.wizamart.marketplace.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.UUID;

/**
 * One import of one feed (one marketplace, one language) for one vendor: the source of truth for status, progress
 * and counts. The job engine only decides when and where it runs.
 *
 * @param sourceUrl     the URL fetched, for URL imports; it may carry credentials (in its query string), so it is
 *                      shown only {@linkplain #shownUrl(String) without them}.
 * @param sourceFile    the stored feed (uploads, or a fetched URL once downloaded), relative to the storage.
 * @param bytesRead     bytes of the feed consumed so far; with {@code bytesTotal} this gives progress.
 * @param rowsTotal     known only once the feed was read to its end.
 * @param errorCount    row errors in total (the stored ones are capped): rows not imported, and ids that appear twice.
 * @param warningCount  warnings in total: optional values dropped from rows that were imported (listed with the row
 *                      errors, under the same cap).
 * @param message       why the job failed or was cancelled.
 * @param catalogRefresh what the catalog did with the import's published products; {@literal null} until it reports.
 */
public record ImportJob(UUID id, UUID vendorId, String marketplace, String language, Source source,
                        String sourceUrl, String sourceFile, String sourceName, ImportStatus status,
                        ImportCounts counts, Long rowsTotal, long bytesRead, Long bytesTotal, long errorCount,
                        String message, boolean cancelRequested, UUID requestedBy, Instant createdAt,
                        Instant startedAt, Instant finishedAt, long warningCount, CatalogRefresh catalogRefresh) {

    /** A job the catalog has not reported on. */
    public ImportJob(UUID id, UUID vendorId, String marketplace, String language, Source source, String sourceUrl,
                     String sourceFile, String sourceName, ImportStatus status, ImportCounts counts, Long rowsTotal,
                     long bytesRead, Long bytesTotal, long errorCount, String message, boolean cancelRequested,
                     UUID requestedBy, Instant createdAt, Instant startedAt, Instant finishedAt, long warningCount) {
        this(id, vendorId, marketplace, language, source, sourceUrl, sourceFile, sourceName, status, counts,
                rowsTotal, bytesRead, bytesTotal, errorCount, message, cancelRequested, requestedBy, createdAt,
                startedAt, finishedAt, warningCount, null);
    }

    /** The source URL as it may be shown to anyone who may see the job: {@link #shownUrl(String)}. */
    public String shownSourceUrl() {
        return shownUrl(sourceUrl);
    }

    /**
     * What the job shows as its source: for a URL import, its name without credentials (jobs stored before
     * {@code sourceName} said where the URL came from named the URL itself); an upload's file name as it is.
     */
    public String shownSourceName() {
        return source == Source.URL ? shownUrl(sourceName) : sourceName;
    }

    /**
     * A feed URL as it may be shown: scheme, host, port and path, without user info, query string (its presence shown
     * as {@code ?…}) and fragment, where a feed URL keeps its credentials. A text that does not parse is cut the same
     * way by hand.
     *
     * @param url may be {@literal null}, or a name that is no URL ({@code feed source letzshop/en}): kept as it is.
     */
    public static String shownUrl(String url) {
        if (url == null || !url.contains("://")) {
            return url;
        }
        try {
            URI uri = new URI(url);
            if (uri.getScheme() != null && uri.getHost() != null) {
                return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                        + (uri.getRawPath() == null ? "" : uri.getRawPath())
                        + (uri.getRawQuery() == null && uri.getRawFragment() == null ? "" : "?…");
            }
        } catch (URISyntaxException e) {
            // cut by hand below
        }
        int end = indexOfAny(url, "?#");
        String cut = end < 0 ? url : url.substring(0, end);
        int authority = cut.indexOf("://") + 3;
        int pathStart = cut.indexOf('/', authority);
        String host = pathStart < 0 ? cut.substring(authority) : cut.substring(authority, pathStart);
        host = host.substring(host.lastIndexOf('@') + 1);
        return cut.substring(0, authority) + host + (pathStart < 0 ? "" : cut.substring(pathStart))
                + (end < 0 ? "" : "?…");
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Where the feed comes from. */
    public enum Source { URL, UPLOAD }

    public static ImportJob pending(UUID vendorId, String marketplace, String language, Source source, String url,
                                    String file, String name, Long bytesTotal, UUID requestedBy) {
        return new ImportJob(UUID.randomUUID(), vendorId, marketplace, language, source, url, file, name,
                ImportStatus.PENDING, ImportCounts.ZERO, null, 0, bytesTotal, 0, null, false, requestedBy,
                Instant.now(), null, null, 0);
    }
}
