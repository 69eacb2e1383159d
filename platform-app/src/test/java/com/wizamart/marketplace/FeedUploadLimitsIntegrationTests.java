package com.wizamart.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.servlet.ServletContext;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.wizamart.marketplace.config.MarketplaceProperties;
import com.wizamart.support.ApiTest;
import com.wizamart.support.FeedServer;
import com.wizamart.support.Feeds;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Imports;

import tools.jackson.databind.JsonNode;

/**
 * Feed uploads that try to fill the disk: larger than the limit, repeated while an import of the language runs or an
 * upload of it arrives, beyond the disk budget. Each is refused before anything is written, or (a body of unknown
 * length) as soon as it goes beyond the limit, and the servlet container spools nothing. Watched with the file
 * system's own notifications, which see a file even when it is deleted again at once.
 */
@TestPropertySource(properties = {"wizamart.marketplace.max-upload-size=256KB",
        "wizamart.marketplace.uploads.disk-budget=384KB", "wizamart.marketplace.uploads.retry-after=7s",
        "wizamart.marketplace.storage-directory=target/upload-limit-feeds/${random.uuid}",
        "jobrunr.database.table-prefix=jobrunr.upload_limits_"})
class FeedUploadLimitsIntegrationTests extends ApiTest {

    private static final String UPLOAD = "/api/v1/vendor/marketplace/import/upload?marketplace=letzshop&language=";
    private static final int LIMIT = 256 * 1024;

    @Autowired
    MarketplaceProperties properties;

    @Autowired
    ServletContext servletContext;

    private Path storage;
    private Path containerTemp;

    @BeforeEach
    void directories() {
        storage = properties.storageDirectory().toAbsolutePath();
        containerTemp = ((File) servletContext.getAttribute(ServletContext.TEMPDIR)).toPath();
        // the imports of earlier tests have consumed their feeds
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> files(storage).isEmpty());
    }

    @Test
    void anUploadOverTheLimitIsRefusedWithoutWritingItAndTheContainerSpoolsNothing() throws Exception {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Http.Multipart oversize = Http.multipart("file", "big.tsv", "text/tab-separated-values", bytes(4 * LIMIT));

        // declared: refused before a byte is read
        List<Path> created = createdDuring(() -> {
            Http.Response declared = http.post(UPLOAD + "en").bearer(vendor.owner().accessToken())
                    .bytes(oversize.body(), oversize.contentType()).send();
            assertThat(declared.status()).as(declared.toString()).isEqualTo(413);
            assertThat(declared.errorCode()).isEqualTo("PAYLOAD_TOO_LARGE");
        });
        assertThat(created).as("files created").isEmpty();

        // chunked: counted as it arrives, refused at the limit, the partial feed deleted
        List<Long> sizes = new ArrayList<>();
        created = createdDuring(() -> {
            CompletableFuture<Http.Response> sending = http.post(UPLOAD + "en").bearer(vendor.owner().accessToken())
                    .streamed(() -> new java.io.ByteArrayInputStream(oversize.body()), oversize.contentType())
                    .sendAsync();
            while (!sending.isDone()) {
                sizes.add(feedBytesInStorage());
            }
            Http.Response chunked = sending.join();
            assertThat(chunked.status()).as(chunked.toString()).isEqualTo(413);
            assertThat(chunked.errorCode()).isEqualTo("PAYLOAD_TOO_LARGE");
        });
        assertThat(created).as("the container spools nothing").noneMatch(p -> p.startsWith(containerTemp));
        assertThat(sizes).as("bytes stored while the upload arrived").allMatch(size -> size <= LIMIT);
        assertThat(files(storage)).as("nothing left in storage").isEmpty();
        assertThat(http.get("/api/v1/vendor/marketplace/jobs").bearer(vendor.owner().accessToken()).send().json()
                .get("page").get("totalElements").asLong()).isZero();
    }

    @Test
    void anUploadOfALanguageWhoseImportRunsIsRefusedBeforeAnythingIsWritten() throws Exception {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Imports imports = new Imports(http, vendor.owner().accessToken());
        String running;
        try (FeedServer server = new FeedServer().stall("/slow.tsv", Feeds.text(Feeds.HEADER + "\n"))) {
            Http.Response first = imports.fromUrl("en", server.url("/slow.tsv"));
            assertThat(first.status()).isEqualTo(202);
            running = first.json().get("id").asString();

            List<Path> created = createdDuring(() -> {
                Http.Response second = imports.upload("en", bytes(LIMIT / 2));
                assertThat(second.status()).as(second.toString()).isEqualTo(409);
                assertThat(second.errorCode()).isEqualTo("IMPORT_ALREADY_RUNNING");
                assertThat(second.json().get("runningJobId").asString()).isEqualTo(running);
            });
            assertThat(created).as("files created").isEmpty();
            http.post("/api/v1/vendor/marketplace/jobs/" + running + "/cancel").bearer(vendor.owner().accessToken())
                    .send();
        }
        imports.await(running);
    }

    @Test
    void whileAnUploadArrivesTheSameLanguageConflictsAndTheDiskBudgetRefusesMore() throws Exception {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Fixtures.VendorAccount other = fixtures.vendor();
        Imports imports = new Imports(http, vendor.owner().accessToken());
        byte[] feed = Feeds.generated("B", 50, 0);
        Http.Multipart body = Http.multipart("file", "feed-en.tsv", "text/tab-separated-values", feed);
        // of unknown length (chunked), so it holds room for a whole feed (256 KB of the 384 KB budget) until it ends
        try (ChunkedUpload arriving = new ChunkedUpload(port, UPLOAD + "en", vendor.owner().accessToken(),
                body.contentType())) {
            arriving.send(Arrays.copyOf(body.body(), body.body().length / 2));
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> !files(storage).isEmpty());

            List<Path> created = createdDuring(() -> {
                Http.Response same = imports.upload("en", Feeds.generated("B", 5, 0));
                assertThat(same.status()).as(same.toString()).isEqualTo(409);
                assertThat(same.errorCode()).isEqualTo("IMPORT_ALREADY_RUNNING");

                Http.Response full = new Imports(http, other.owner().accessToken()).upload("fr", bytes(LIMIT / 2));
                assertThat(full.status()).as(full.toString()).isEqualTo(503);
                assertThat(full.errorCode()).isEqualTo("UPLOAD_CAPACITY");
                assertThat(full.header("Retry-After")).isEqualTo("7");
            });
            assertThat(created).as("files created").isEmpty();

            arriving.send(Arrays.copyOfRange(body.body(), body.body().length / 2, body.body().length));
            String done = arriving.finish();
            assertThat(done).startsWith("HTTP/1.1 202");
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> files(storage).isEmpty());
        assertThat(new Imports(http, other.owner().accessToken()).uploadAndWait("fr", feed).get("created").asLong())
                .as("room again once the first import consumed its feed").isEqualTo(50);
    }

    @Test
    void aNormalUploadImportsAndItsFeedIsDeletedAfterwards() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        JsonNode job = new Imports(http, vendor.owner().accessToken()).uploadAndWait("en", Feeds.generated("N", 40, 0));
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("COMPLETED");
        assertThat(job.get("created").asLong()).isEqualTo(40);
        assertThat(job.get("bytesTotal").asLong()).isEqualTo(Feeds.generated("N", 40, 0).length);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> files(storage).isEmpty());
    }

    @Test
    void malformedUploadsAreClientErrorsAndLeaveNothingBehind() throws Exception {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        String token = vendor.owner().accessToken();
        Http.Multipart feed = Http.multipart("file", "feed.tsv", "text/tab-separated-values", Feeds.generated("M", 5, 0));
        String boundary = feed.contentType().substring(feed.contentType().indexOf("boundary=") + 9);
        byte[] truncated = Arrays.copyOf(feed.body(), feed.body().length - boundary.length() - 8);
        Http.Multipart empty = Http.multipart("file", "empty.tsv", "text/tab-separated-values", new byte[0]);
        Http.Multipart otherPart = Http.multipart("document", "feed.tsv", "text/tab-separated-values", bytes(10));

        List<Path> created = createdDuring(() -> {
            assertProblem(http.post("/api/v1/vendor/marketplace/import/upload?marketplace=letzshop").bearer(token)
                    .bytes(feed.body(), feed.contentType()).send(), 422, "VALIDATION_FAILED");
            assertProblem(http.post(UPLOAD + "en").bearer(token).bytes(truncated, feed.contentType()).send(), 400,
                    "MALFORMED_REQUEST");
            assertProblem(http.post(UPLOAD + "en").bearer(token).bytes(feed.body(), "multipart/form-data").send(),
                    400, "MALFORMED_REQUEST");
            assertProblem(http.post(UPLOAD + "en").bearer(token).bytes(empty.body(), empty.contentType()).send(),
                    422, "VALIDATION_FAILED");
            assertProblem(http.post(UPLOAD + "en").bearer(token).bytes(otherPart.body(), otherPart.contentType())
                    .send(), 422, "VALIDATION_FAILED");
        });
        assertThat(created).as("the container spools nothing").noneMatch(p -> p.startsWith(containerTemp));
        assertThat(files(storage)).as("nothing left in storage").isEmpty();
    }

    private static void assertProblem(Http.Response response, int status, String errorCode) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.errorCode()).as(response.toString()).isEqualTo(errorCode);
    }

    /** The files created in the storage and the container's temporary directory while the work ran. */
    private List<Path> createdDuring(ThrowingRunnable work) throws Exception {
        List<Path> created = new ArrayList<>();
        try (WatchService watcher = FileSystems.getDefault().newWatchService()) {
            List<Path> watched = List.of(storage, containerTemp);
            for (Path dir : watched) {
                dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
            }
            work.run();
            WatchKey key;
            while ((key = watcher.poll(300, TimeUnit.MILLISECONDS)) != null) {
                Path dir = (Path) key.watchable();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.context() instanceof Path name) {
                        created.add(dir.resolve(name));
                    }
                }
                key.reset();
            }
        }
        return created;
    }

    private long feedBytesInStorage() {
        return files(storage).stream().mapToLong(file -> {
            try {
                return Files.size(file);
            } catch (IOException e) {
                return 0;
            }
        }).max().orElse(0);
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(int size) {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) 'x');
        return content;
    }

    /** A chunked upload over a plain socket (to the local server), its body sent piece by piece. */
    private static final class ChunkedUpload implements AutoCloseable {

        private final Socket socket;
        private final OutputStream out;

        ChunkedUpload(int port, String path, String token, String contentType) throws IOException {
            socket = new Socket(InetAddress.getLoopbackAddress(), port);
            socket.setSoTimeout(30_000);
            out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: " + contentType + "\r\nTransfer-Encoding: chunked\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        void send(byte[] chunk) throws IOException {
            out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(chunk);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        /** Ends the body; answers the whole response. */
        String finish() throws IOException {
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    @FunctionalInterface
    private interface ThrowingRunnable {
        void run() throws Exception;
    }
}
