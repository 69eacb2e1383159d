package com.wizamart.media.adapter.out.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.s3.model.BucketAlreadyExistsException;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;

import com.wizamart.media.application.port.out.ObjectStore;
import com.wizamart.media.application.port.out.ObjectStore.ListedObject;
import com.wizamart.media.config.MediaStorageProperties;
import com.wizamart.media.domain.MediaException;
import com.wizamart.media.domain.ObjectKey;

/**
 * The S3 store against a real S3-compatible server: S3Mock, started from its jar (named by {@code -Ds3mock.jar},
 * which the module's surefire configuration sets), or any other server named by
 * {@code -Dwizamart.media.test.s3.endpoint} (with {@code .bucket}, {@code .access-key}, {@code .secret-key},
 * {@code .region}). Without either (e.g. run from an IDE without the Maven settings) the tests are skipped, saying so.
 */
class S3ObjectStoreTests extends ObjectStoreContract {

    private static final String EXTERNAL = "wizamart.media.test.s3.";
    private static final AtomicInteger listRequests = new AtomicInteger();

    private static S3MockServer server;
    private static MediaStorageProperties.S3 settings;
    private static S3ObjectStore store;

    @BeforeAll
    static void startServer() throws Exception {
        String external = System.getProperty(EXTERNAL + "endpoint", "");
        if (external.isBlank()) {
            String jar = System.getProperty("s3mock.jar", "");
            assumeFalse(jar.isBlank(), "No S3-compatible server to test against: run the tests with Maven (the media "
                    + "module's surefire configuration names S3Mock's jar in -Ds3mock.jar) or name a server with -D"
                    + EXTERNAL + "endpoint=http://127.0.0.1:9000 (and .bucket, .access-key, .secret-key, "
                    + ".region)");
            assertThat(Path.of(jar)).as("S3Mock's executable jar (-Ds3mock.jar)").isRegularFile();
            server = S3MockServer.start(Path.of(jar));
            System.out.println("S3Mock answered " + server.startup().toMillis() + " ms after its process started, at "
                    + server.endpoint());
            settings = new MediaStorageProperties.S3(server.endpoint(), "us-east-1", "wizamart-media-test",
                    "s3mock-access-key", "s3mock-secret-key", true, LIST_PAGE_SIZE);
        } else {
            settings = new MediaStorageProperties.S3(URI.create(external),
                    System.getProperty(EXTERNAL + "region", "us-east-1"),
                    System.getProperty(EXTERNAL + "bucket", "wizamart-media-test"),
                    System.getProperty(EXTERNAL + "access-key"), System.getProperty(EXTERNAL + "secret-key"),
                    true, LIST_PAGE_SIZE);
        }
        store = S3ObjectStore.create(settings, builder -> builder.overrideConfiguration(configuration -> configuration
                .addExecutionInterceptor(new ExecutionInterceptor() {
                    @Override
                    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
                        if (context.request() instanceof ListObjectsV2Request) {
                            listRequests.incrementAndGet();
                        }
                    }
                })));
        try {
            store.client().createBucket(request -> request.bucket(settings.bucket()));
        } catch (BucketAlreadyOwnedByYouException | BucketAlreadyExistsException existing) {
            // a server of one's own may have it from an earlier run: every test works in a folder of its own
        }
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (store != null) {
            store.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected ObjectStore store() {
        return store;
    }

    @Test
    void storesTheContentTypeAsTheObjectsMetadata() {
        ObjectKey key = key("3a7b/thumbnail.webp");

        store.put(key, randomBytes(1_000, 11), "image/webp");

        assertThat(store.client().headObject(request -> request.bucket(settings.bucket()).key(key.value()))
                .contentType()).isEqualTo("image/webp");
    }

    @Test
    void listsPageByPageAndOnlyAsFarAsItIsRead() {
        for (int i = 0; i < 3 * LIST_PAGE_SIZE; i++) {
            store.put(key("paged/" + i + ".jpg"), new byte[] { (byte) i }, "image/jpeg");
        }

        listRequests.set(0);
        try (Stream<ListedObject> listed = store.list(vendor + "paged/")) {
            assertThat(listed.limit(2)).hasSize(2);
        }
        assertThat(listRequests).hasValue(1);

        listRequests.set(0);
        try (Stream<ListedObject> listed = store.list(vendor + "paged/")) {
            assertThat(listed).hasSize(3 * LIST_PAGE_SIZE);
        }
        assertThat(listRequests.get()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aMissingBucketIsAFailureNotAnEmptyAnswer() {
        MediaStorageProperties.S3 elsewhere = new MediaStorageProperties.S3(settings.endpoint(), settings.region(),
                "no-such-bucket-" + UUID.randomUUID(), settings.accessKey(), settings.secretKey(), true, 1000);
        try (S3ObjectStore missing = S3ObjectStore.create(elsewhere)) {
            assertThatThrownBy(() -> missing.get(key("3a7b/original.jpg")))
                    .isInstanceOfSatisfying(MediaException.class,
                            e -> assertThat(e.errorCode()).isEqualTo("MEDIA_STORE_UNAVAILABLE"));
            assertThatThrownBy(() -> missing.put(key("3a7b/original.jpg"), new byte[] { 1 }, "image/jpeg"))
                    .isInstanceOfSatisfying(MediaException.class,
                            e -> assertThat(e.errorCode()).isEqualTo("MEDIA_STORE_UNAVAILABLE"));
        }
    }

    @Test
    void anUnreachableEndpointIsAFailure() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        MediaStorageProperties.S3 nowhere = new MediaStorageProperties.S3(
                URI.create("http://127.0.0.1:" + closedPort), "us-east-1", "media", "a", "b", true, 1000);
        try (S3ObjectStore unreachable = S3ObjectStore.create(nowhere)) {
            assertThatThrownBy(() -> unreachable.stat(key("3a7b/original.jpg")))
                    .isInstanceOfSatisfying(MediaException.class,
                            e -> assertThat(e.errorCode()).isEqualTo("MEDIA_STORE_UNAVAILABLE"));
        }
    }
}
