package com.wizamart.media.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import com.wizamart.media.domain.MediaQuota;

/**
 * Products' images ({@code wizamart.media.images.*}): each vendor's quota, how long unused files are kept, where the
 * files' URLs point, and how often a fetched link is checked again.
 *
 * @param maxImagesPerVendor  distinct images a vendor stores (unused ones until collected), at most.
 * @param maxBytesPerVendor   bytes of a vendor's stored images (originals and variants), at most.
 * @param maxImagesPerProduct images of one product, at most.
 * @param maxFilesPerUpload   files in one upload request, at most.
 * @param collectAfter        how long a file no product uses is kept before it is deleted (a page or a cache that
 *                            still shows its URL keeps working meanwhile); at least a minute.
 * @param recheckAfter        a fetched link is asked again (with its {@code ETag}) when its product is published or
 *                            refreshed and it was last fetched longer ago than this.
 * @param publicBaseUrl       what image URLs start with: empty for paths on this platform ({@code /media/...}), or a
 *                            CDN's address in front of it (e.g. {@code https://cdn.example.com}), without a trailing
 *                            {@code /}.
 */
@ConfigurationProperties("wizamart.media.images")
public record MediaImagesProperties(@DefaultValue("5000") long maxImagesPerVendor,
                                    @DefaultValue("2GB") DataSize maxBytesPerVendor,
                                    @DefaultValue("30") int maxImagesPerProduct,
                                    @DefaultValue("10") int maxFilesPerUpload,
                                    @DefaultValue("24h") Duration collectAfter,
                                    @DefaultValue("24h") Duration recheckAfter,
                                    @DefaultValue("") String publicBaseUrl) {

    public MediaImagesProperties {
        if (collectAfter.compareTo(Duration.ofMinutes(1)) < 0) {
            throw new IllegalArgumentException("wizamart.media.images.collect-after must be at least 1 minute");
        }
        if (recheckAfter.isNegative()) {
            throw new IllegalArgumentException("wizamart.media.images.recheck-after must not be negative");
        }
        publicBaseUrl = publicBaseUrl == null ? "" : publicBaseUrl.strip();
        if (publicBaseUrl.endsWith("/")) {
            throw new IllegalArgumentException("wizamart.media.images.public-base-url must not end with '/'");
        }
        quota(maxImagesPerVendor, maxBytesPerVendor, maxImagesPerProduct, maxFilesPerUpload);
    }

    /** @return the quota every vendor has. */
    public MediaQuota quota() {
        return quota(maxImagesPerVendor, maxBytesPerVendor, maxImagesPerProduct, maxFilesPerUpload);
    }

    private static MediaQuota quota(long images, DataSize bytes, int perProduct, int perUpload) {
        return new MediaQuota(images, bytes.toBytes(), perProduct, perUpload);
    }
}
