package com.wizamart.media.adapter.out.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

import com.wizamart.media.application.port.out.ObjectStore;
import com.wizamart.media.config.MediaStorageProperties;
import com.wizamart.media.domain.MediaException;
import com.wizamart.media.domain.ObjectKey;
import com.wizamart.sharedkernel.io.BoundedInputStream;

/**
 * Objects in a bucket of an S3-compatible object store, through the AWS SDK for Java v2's synchronous client (on the
 * JDK's URL connection, so neither Netty nor Apache's client is needed). The content type is the object's
 * {@code Content-Type} metadata; a missing key is an empty answer, not an error. S3 itself makes each {@code PUT}
 * whole or nothing. Listings ask for {@code list-page-size} keys per request, page after page as the stream is read.
 */
final class S3ObjectStore implements ObjectStore, AutoCloseable {

    private static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";

    private final S3Client client;
    private final AwsCredentialsProvider credentials;
    private final String bucket;
    private final int listPageSize;

    private S3ObjectStore(S3Client client, AwsCredentialsProvider credentials, String bucket, int listPageSize) {
        this.client = client;
        this.credentials = credentials;
        this.bucket = bucket;
        this.listPageSize = listPageSize;
    }

    /**
     * A store on the bucket and endpoint of {@code settings}; it owns its client and closes it with itself. Nothing is
     * sent before the first call.
     */
    static S3ObjectStore create(MediaStorageProperties.S3 settings) {
        return create(settings, builder -> {
        });
    }

    /** As {@link #create(MediaStorageProperties.S3)}, the client's builder adjusted last (tests count requests). */
    static S3ObjectStore create(MediaStorageProperties.S3 settings, Consumer<S3ClientBuilder> adjustment) {
        AwsCredentialsProvider credentials = settings.hasStaticCredentials()
                ? StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(settings.accessKey(), settings.secretKey()))
                : DefaultCredentialsProvider.builder().build();
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(10))
                        .socketTimeout(Duration.ofSeconds(60)))
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials)
                .forcePathStyle(settings.pathStyle())
                // S3-compatible servers differ in the newer (flexible) checksums the SDK sends by default; the ones S3
                // requires are still sent
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        adjustment.accept(builder);
        return new S3ObjectStore(builder.build(), credentials, settings.bucket(), settings.listPageSize());
    }

    /** The client, for tests that look at the bucket directly. */
    S3Client client() {
        return client;
    }

    @Override
    public void put(ObjectKey key, InputStream content, long length, String contentType) {
        String type = ContentTypes.check(contentType);
        BoundedInputStream exact = BoundedInputStream.exactly(content, length);
        RequestBody body;
        try {
            // the SDK reads nothing of an empty body: check it is empty here
            body = length == 0 && exact.read() == -1 ? RequestBody.empty()
                    // buffered: the SDK marks the stream and resets it for a retry (within its first 128 KiB)
                    : RequestBody.fromInputStream(new BufferedInputStream(exact, 8 * 1024), length);
        } catch (IOException e) {
            throw exact.violated() ? MediaException.contentLengthMismatch(length)
                    : MediaException.storeUnavailable("store an object", e);
        }
        upload(key, body, length, type, exact);
    }

    @Override
    public void put(ObjectKey key, byte[] content, String contentType) {
        upload(key, RequestBody.fromBytes(content), content.length, ContentTypes.check(contentType), null);
    }

    /**
     * @param exact the content being uploaded when it is a stream: whatever the SDK makes of its failure (an attempt
     *              that failed, a retry that could not read it again), the stream knows whether it was of another
     *              length than declared.
     */
    private void upload(ObjectKey key, RequestBody body, long length, String contentType,
                        BoundedInputStream exact) {
        try {
            client.putObject(request -> request.bucket(bucket).key(key.value()).contentType(contentType)
                    .contentLength(length), body);
        } catch (RuntimeException e) {
            if (exact != null && exact.violated()) {
                throw MediaException.contentLengthMismatch(length);
            }
            if (e instanceof SdkException) {
                throw MediaException.storeUnavailable("store an object", e);
            }
            throw e;
        }
    }

    @Override
    public Optional<StoredObject> get(ObjectKey key) {
        ResponseInputStream<GetObjectResponse> in;
        try {
            in = client.getObject(request -> request.bucket(bucket).key(key.value()));
        } catch (S3Exception e) {
            if (isMissingKey(e)) {
                return Optional.empty();
            }
            throw MediaException.storeUnavailable("read an object", e);
        } catch (SdkException e) {
            throw MediaException.storeUnavailable("read an object", e);
        }
        GetObjectResponse response = in.response();
        return Optional.of(new StoredObject(info(key, response.contentLength(), response.contentType(),
                response.lastModified()), in));
    }

    @Override
    public Optional<ObjectInfo> stat(ObjectKey key) {
        try {
            HeadObjectResponse response = client.headObject(request -> request.bucket(bucket).key(key.value()));
            return Optional.of(info(key, response.contentLength(), response.contentType(), response.lastModified()));
        } catch (S3Exception e) {
            if (isMissingKey(e)) {
                return Optional.empty();
            }
            throw MediaException.storeUnavailable("read an object", e);
        } catch (SdkException e) {
            throw MediaException.storeUnavailable("read an object", e);
        }
    }

    /** A missing key is a 404 (no body for a {@code HEAD}); a missing bucket is a 404 too, but a broken setup. */
    private static boolean isMissingKey(S3Exception e) {
        if (e instanceof NoSuchKeyException) {
            return true;
        }
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        return e.statusCode() == 404 && !"NoSuchBucket".equals(code);
    }

    private static ObjectInfo info(ObjectKey key, Long length, String contentType, Instant lastModified) {
        return new ObjectInfo(key, length == null ? 0 : length,
                contentType == null ? DEFAULT_CONTENT_TYPE : contentType,
                lastModified == null ? Instant.EPOCH : lastModified);
    }

    @Override
    public void delete(ObjectKey key) {
        try {
            client.deleteObject(request -> request.bucket(bucket).key(key.value()));
        } catch (SdkException e) {
            throw MediaException.storeUnavailable("delete an object", e);
        }
    }

    @Override
    public Stream<ListedObject> list(String prefix) {
        String checked = ObjectKey.checkPrefix(prefix);
        Iterator<S3Object> objects = client.listObjectsV2Paginator(request -> request.bucket(bucket)
                .prefix(checked.isEmpty() ? null : checked).maxKeys(listPageSize)).contents().iterator();
        Iterator<S3Object> failingClearly = new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return objects.hasNext();
                } catch (SdkException e) {
                    throw MediaException.storeUnavailable("list objects", e);
                }
            }

            @Override
            public S3Object next() {
                try {
                    return objects.next();
                } catch (SdkException e) {
                    throw MediaException.storeUnavailable("list objects", e);
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(failingClearly, Spliterator.NONNULL), false)
                .filter(object -> ObjectKey.isValid(object.key()))
                .map(object -> new ListedObject(ObjectKey.of(object.key()),
                        object.size() == null ? 0 : object.size(),
                        object.lastModified() == null ? Instant.EPOCH : object.lastModified()));
    }

    @Override
    public void close() {
        client.close();
        if (credentials instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // closing the default provider chain releases its refresh threads; nothing to do when it fails
            }
        }
    }
}
