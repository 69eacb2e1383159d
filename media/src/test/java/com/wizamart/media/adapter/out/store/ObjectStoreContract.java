package com.wizamart.media.adapter.out.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.wizamart.media.application.port.out.ObjectStore;
import com.wizamart.media.application.port.out.ObjectStore.ListedObject;
import com.wizamart.media.application.port.out.ObjectStore.ObjectInfo;
import com.wizamart.media.application.port.out.ObjectStore.StoredObject;
import com.wizamart.media.domain.MediaException;
import com.wizamart.media.domain.ObjectKey;

/**
 * What every {@link ObjectStore} does, run against each adapter by a subclass. Each test works below a vendor folder
 * of its own, so the subclasses may share one store (one bucket) between tests.
 */
abstract class ObjectStoreContract {

    /** The most keys a listing of the store under test asks for at once; {@link #listsByPrefix} stores more. */
    static final int LIST_PAGE_SIZE = 3;

    protected final String vendor = "vendor/" + UUID.randomUUID() + "/";

    /** @return the store under test. */
    protected abstract ObjectStore store();

    protected ObjectKey key(String rest) {
        return ObjectKey.of(vendor + rest);
    }

    protected static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    @Test
    void givesBackWhatWasStoredWithItsContentTypeAndLength() {
        ObjectKey key = key("3a7b/original.png");
        byte[] content = randomBytes(100_000, 1);
        Instant before = Instant.now();

        store().put(key, content, "image/png");

        Instant after = Instant.now();
        try (StoredObject object = store().get(key).orElseThrow()) {
            assertThat(object.info().key()).isEqualTo(key);
            assertThat(object.info().contentType()).isEqualTo("image/png");
            assertThat(object.info().length()).isEqualTo(content.length);
            assertThat(object.info().lastModified()).isBetween(before.minusSeconds(2), after.plusSeconds(2));
            assertThat(object.readAllBytes()).isEqualTo(content);
        }
        ObjectInfo info = store().stat(key).orElseThrow();
        assertThat(info.contentType()).isEqualTo("image/png");
        assertThat(info.length()).isEqualTo(content.length);
        assertThat(store().exists(key)).isTrue();
    }

    @Test
    void storesExactlyTheDeclaredLengthFromAStream() {
        ObjectKey key = key("3a7b/large.jpg");
        byte[] content = randomBytes(300_000, 2); // more than one copy buffer

        store().put(key, new ByteArrayInputStream(content), content.length, "image/jpeg");

        try (StoredObject object = store().get(key).orElseThrow()) {
            assertThat(object.info().length()).isEqualTo(content.length);
            assertThat(object.readAllBytes()).isEqualTo(content);
        }
    }

    @Test
    void storesAnEmptyObject() {
        ObjectKey key = key("3a7b/empty.bin");

        store().put(key, new ByteArrayInputStream(new byte[0]), 0, "application/octet-stream");

        try (StoredObject object = store().get(key).orElseThrow()) {
            assertThat(object.info().length()).isZero();
            assertThat(object.readAllBytes()).isEmpty();
        }
    }

    @Test
    void replacesAnObjectStoredAgainWithItsNewContentType() {
        ObjectKey key = key("3a7b/medium.img");
        store().put(key, randomBytes(5_000, 3), "image/png");
        byte[] replacement = randomBytes(2_000, 4);

        store().put(key, replacement, "image/webp");

        try (StoredObject object = store().get(key).orElseThrow()) {
            assertThat(object.info().contentType()).isEqualTo("image/webp");
            assertThat(object.info().length()).isEqualTo(replacement.length);
            assertThat(object.readAllBytes()).isEqualTo(replacement);
        }
    }

    @Test
    void findsNothingUnderAKeyNeverStored() {
        ObjectKey key = key("3a7b/never.jpg");

        assertThat(store().get(key)).isEmpty();
        assertThat(store().stat(key)).isEmpty();
        assertThat(store().exists(key)).isFalse();
    }

    @Test
    void deletesAndDeletingAgainIsNoError() {
        ObjectKey key = key("3a7b/thumbnail.jpg");
        ObjectKey sibling = key("3a7b/medium.jpg");
        store().put(key, randomBytes(1_000, 5), "image/jpeg");
        store().put(sibling, randomBytes(1_000, 6), "image/jpeg");

        store().delete(key);
        store().delete(key);
        store().delete(key("never/stored.jpg"));

        assertThat(store().exists(key)).isFalse();
        assertThat(store().get(key)).isEmpty();
        assertThat(store().exists(sibling)).isTrue();
    }

    @Test
    void refusesContentShorterOrLongerThanDeclaredAndStoresNothing() {
        ObjectKey shorter = key("3a7b/shorter.jpg");
        ObjectKey longer = key("3a7b/longer.jpg");
        ObjectKey notEmpty = key("3a7b/not-empty.jpg");
        byte[] content = randomBytes(10_000, 7);

        assertThatThrownBy(() -> store().put(shorter, new ByteArrayInputStream(content), content.length + 1,
                "image/jpeg")).isInstanceOfSatisfying(MediaException.class,
                e -> assertThat(e.errorCode()).isEqualTo("MEDIA_CONTENT_LENGTH_MISMATCH"));
        assertThatThrownBy(() -> store().put(longer, new ByteArrayInputStream(content), content.length - 1,
                "image/jpeg")).isInstanceOfSatisfying(MediaException.class,
                e -> assertThat(e.errorCode()).isEqualTo("MEDIA_CONTENT_LENGTH_MISMATCH"));
        assertThatThrownBy(() -> store().put(notEmpty, new ByteArrayInputStream(content), 0, "image/jpeg"))
                .isInstanceOfSatisfying(MediaException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("MEDIA_CONTENT_LENGTH_MISMATCH"));

        assertThat(store().exists(shorter)).isFalse();
        assertThat(store().exists(longer)).isFalse();
        assertThat(store().exists(notEmpty)).isFalse();
        try (Stream<ListedObject> listed = store().list(vendor)) {
            assertThat(listed).isEmpty();
        }
    }

    @Test
    void refusesContentTypesThatAreNotPlainTypeAndSubtype() {
        ObjectKey key = key("3a7b/typed.jpg");

        for (String contentType : Arrays.asList(null, "", "jpeg", "image/", "/jpeg", "image/jpeg\r\nX-Evil: 1",
                "image/jpég", "image/" + "x".repeat(300))) {
            assertThatThrownBy(() -> store().put(key, new byte[] { 1 }, contentType))
                    .as(contentType).isInstanceOfSatisfying(MediaException.class,
                            e -> assertThat(e.errorCode()).isEqualTo("MEDIA_CONTENT_TYPE_INVALID"));
        }
        assertThat(store().exists(key)).isFalse();
        // without a space after the ';': S3Mock gives parameters back in that form, whatever it was given
        store().put(key, new byte[] { 1 }, "image/svg+xml;charset=utf-8");
        assertThat(store().stat(key).orElseThrow().contentType()).isEqualTo("image/svg+xml;charset=utf-8");
    }

    @Test
    void listsByPrefix() {
        List<ObjectKey> images = new ArrayList<>();
        for (int i = 0; i < 3 * LIST_PAGE_SIZE + 1; i++) {
            ObjectKey key = key("images/" + i + "/original.jpg");
            store().put(key, randomBytes(10 + i, i), "image/jpeg");
            images.add(key);
        }
        ObjectKey other = key("other/original.jpg");
        store().put(other, randomBytes(5, 99), "image/jpeg");
        ObjectKey anotherVendors = ObjectKey.of("vendor/" + UUID.randomUUID() + "/images/0/original.jpg");
        store().put(anotherVendors, randomBytes(5, 98), "image/jpeg");

        try (Stream<ListedObject> listed = store().list(vendor + "images/")) {
            List<ListedObject> found = listed.toList();
            assertThat(found).extracting(ListedObject::key).containsExactlyInAnyOrderElementsOf(images);
            assertThat(found).allSatisfy(object -> {
                int i = Integer.parseInt(object.key().segments()[3]);
                assertThat(object.length()).isEqualTo(10 + i);
                assertThat(object.lastModified()).isAfter(Instant.now().minusSeconds(600));
            });
        }
        try (Stream<ListedObject> listed = store().list(vendor + "ima")) {
            assertThat(listed.map(ListedObject::key)).containsExactlyInAnyOrderElementsOf(images);
        }
        try (Stream<ListedObject> listed = store().list(vendor)) {
            assertThat(listed.map(ListedObject::key)).hasSize(images.size() + 1).contains(other)
                    .doesNotContain(anotherVendors);
        }
        try (Stream<ListedObject> listed = store().list(vendor + "images/1")) {
            assertThat(listed.map(ListedObject::key)).containsExactly(key("images/1/original.jpg"));
        }
        try (Stream<ListedObject> listed = store().list(vendor + "nothing/")) {
            assertThat(listed).isEmpty();
        }
    }

    @Test
    void refusesPrefixesNoKeyCanBeginWith() {
        for (String prefix : List.of("../", "/", "/vendor/", vendor + "../", vendor + "./", "Vendor/", "vendor\\")) {
            assertThatThrownBy(() -> store().list(prefix)).as(prefix).isInstanceOfSatisfying(MediaException.class,
                    e -> assertThat(e.errorCode()).isEqualTo("MEDIA_OBJECT_KEY_INVALID"));
        }
    }

    @Test
    void concurrentPutsOfOneKeyLeaveOneWholeObjectWithItsOwnContentType() throws Exception {
        ObjectKey key = key("3a7b/contested.jpg");
        int writers = 6;
        byte[][] contents = new byte[writers][];
        for (int i = 0; i < writers; i++) {
            contents[i] = randomBytes(200_000 + i * 1_000, 100 + i);
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<?>> puts = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int writer = i;
                puts.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < 3; round++) {
                        store().put(key, new ByteArrayInputStream(contents[writer]), contents[writer].length,
                                "image/x-writer-" + writer);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> put : puts) {
                put.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        try (StoredObject object = store().get(key).orElseThrow()) {
            int writer = Integer.parseInt(object.info().contentType().substring("image/x-writer-".length()));
            assertThat(object.info().length()).isEqualTo(contents[writer].length);
            assertThat(object.readAllBytes()).isEqualTo(contents[writer]);
        }
    }

    @Test
    void aReaderKeepsTheObjectItOpenedWhenItIsReplacedOrDeleted() throws Exception {
        ObjectKey key = key("3a7b/read-while-replaced.jpg");
        byte[] first = randomBytes(50_000, 8);
        store().put(key, first, "image/jpeg");

        try (StoredObject object = store().get(key).orElseThrow()) {
            store().put(key, randomBytes(60_000, 9), "image/png");
            store().delete(key);
            assertThat(object.info().length()).isEqualTo(first.length);
            assertThat(object.readAllBytes()).isEqualTo(first);
        }
    }
}
