package com.wizamart.media.config;

import java.net.URI;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where media's files are stored ({@code wizamart.media.*}): which store, and the settings of each.
 * {@link #toString()} never shows the S3 secret key.
 *
 * @param store      {@code filesystem} (default: files under {@code filesystem.root}) or {@code s3} (an S3-compatible
 *                   object store); environment variable {@code WIZAMART_MEDIA_STORE}.
 * @param filesystem the file system store's settings.
 * @param s3         the S3 store's settings.
 */
@ConfigurationProperties("wizamart.media")
public record MediaStorageProperties(@DefaultValue("filesystem") Store store,
                                     @DefaultValue Filesystem filesystem,
                                     @DefaultValue S3 s3) {

    public MediaStorageProperties {
        if (store == Store.S3 && (s3.bucket() == null || s3.bucket().isBlank())) {
            throw new IllegalArgumentException("wizamart.media.s3.bucket must be set when wizamart.media.store is s3");
        }
    }

    /** The stores there are adapters for. */
    public enum Store {
        /** Files under a root directory: one machine, or a shared volume for several. */
        FILESYSTEM,
        /** An S3-compatible object store, through the AWS SDK for Java v2. */
        S3
    }

    /**
     * The file system store's settings.
     *
     * @param root the directory objects are stored under, created when missing; relative paths resolve against the
     *             working directory like the platform's other data ({@code .wizamart/postgres},
     *             {@code .wizamart/feeds}); give an absolute path in production, a shared volume when several
     *             instances run.
     */
    public record Filesystem(@DefaultValue(".wizamart/media") Path root) {
    }

    /**
     * The S3 store's settings; {@link #toString()} hides the secret key.
     *
     * @param endpoint     the S3 API's address, e.g. {@code http://127.0.0.1:9000} for a local S3-compatible server;
     *                     unset: AWS's own endpoint for {@code region}.
     * @param region       the region requests are signed for ({@code us-east-1} suits most S3-compatible servers).
     * @param bucket       the bucket objects are stored in; it must exist. Required when {@code store} is {@code s3}.
     * @param accessKey    with {@code secretKey}: static credentials; both unset: the AWS SDK's default provider chain
     *                     (environment, system properties, profile, container or instance role).
     * @param secretKey    the secret of {@code accessKey}; never shown by {@link #toString()}.
     * @param pathStyle    address buckets in the path ({@code endpoint/bucket/key}), as most S3-compatible servers
     *                     need, rather than as a sub-domain ({@code bucket.endpoint/key}).
     * @param listPageSize keys asked for per listing request (S3 answers at most 1,000).
     */
    public record S3(URI endpoint,
                     @DefaultValue("us-east-1") String region,
                     String bucket,
                     String accessKey,
                     String secretKey,
                     @DefaultValue("true") boolean pathStyle,
                     @DefaultValue("1000") int listPageSize) {

        public S3 {
            if ((accessKey == null || accessKey.isBlank()) != (secretKey == null || secretKey.isBlank())) {
                throw new IllegalArgumentException(
                        "wizamart.media.s3.access-key and wizamart.media.s3.secret-key are set together or not at all");
            }
            if (listPageSize < 1 || listPageSize > 1000) {
                throw new IllegalArgumentException("wizamart.media.s3.list-page-size must be between 1 and 1000");
            }
        }

        /** @return whether static credentials are configured (else the AWS SDK's default provider chain is used). */
        public boolean hasStaticCredentials() {
            return accessKey != null && !accessKey.isBlank();
        }

        @Override
        public String toString() {
            return "S3[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", accessKey=" + accessKey
                    + ", secretKey=" + (secretKey == null ? null : "******") + ", pathStyle=" + pathStyle
                    + ", listPageSize=" + listPageSize + "]";
        }
    }
}
