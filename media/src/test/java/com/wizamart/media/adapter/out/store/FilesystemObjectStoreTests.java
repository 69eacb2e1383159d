package com.wizamart.media.adapter.out.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.wizamart.media.application.port.out.ObjectStore;
import com.wizamart.media.application.port.out.ObjectStore.ListedObject;
import com.wizamart.media.application.port.out.ObjectStore.StoredObject;
import com.wizamart.media.domain.MediaException;
import com.wizamart.media.domain.ObjectKey;

/** The file system store in a temporary directory of each test. */
class FilesystemObjectStoreTests extends ObjectStoreContract {

    @TempDir
    Path root;

    private FilesystemObjectStore store;

    @BeforeEach
    void openStore() {
        store = new FilesystemObjectStore(root);
    }

    @Override
    protected ObjectStore store() {
        return store;
    }

    private Path fileOf(ObjectKey key) {
        return store.root().resolve(key.value());
    }

    @Test
    void storesEachObjectAsAFileAtItsKeyBelowTheRootAfterAHeaderWithItsContentType() throws Exception {
        ObjectKey key = key("3a7b/original.png");
        byte[] content = randomBytes(1_000, 20);

        store().put(key, content, "image/png");

        byte[] file = Files.readAllBytes(fileOf(key));
        assertThat(file).hasSize(FilesystemObjectStore.HEADER_LENGTH + content.length);
        assertThat(new String(file, 0, 19, StandardCharsets.US_ASCII)).isEqualTo("WZMEDIA1\nimage/png\n");
        assertThat(Arrays.copyOfRange(file, FilesystemObjectStore.HEADER_LENGTH, file.length)).isEqualTo(content);
    }

    @Test
    void theTemporaryFilesOfWritesThatNeverFinishedAreDeletedOnceOldAndNothingElse() throws Exception {
        ObjectKey key = key("3a7b/original.png");
        store().put(key, randomBytes(100, 21), "image/png");
        Path folder = fileOf(key).getParent();
        Path abandoned = Files.write(folder.resolve(".original.png." + java.util.UUID.randomUUID() + ".tmp"),
                new byte[] {1, 2, 3});
        Path recent = Files.write(folder.resolve(".original.png." + java.util.UUID.randomUUID() + ".tmp"),
                new byte[] {4});
        Path foreign = Files.write(folder.resolve("notes.txt"), new byte[] {5});
        java.time.Instant hourAgo = java.time.Instant.now().minusSeconds(3600);
        Files.setLastModifiedTime(abandoned, java.nio.file.attribute.FileTime.from(hourAgo.minusSeconds(60)));
        Files.setLastModifiedTime(foreign, java.nio.file.attribute.FileTime.from(hourAgo.minusSeconds(60)));
        Files.setLastModifiedTime(fileOf(key), java.nio.file.attribute.FileTime.from(hourAgo.minusSeconds(60)));

        assertThat(store.deleteAbandonedWrites(hourAgo)).isEqualTo(1);

        assertThat(abandoned).doesNotExist();
        assertThat(recent).exists();
        assertThat(foreign).exists();
        assertThat(store().exists(key)).isTrue();
    }

    @Test
    void createsItsRootWhenMissing() {
        Path nested = root.resolve("data/media");

        new FilesystemObjectStore(nested);

        assertThat(nested).isDirectory();
    }

    @Test
    void removesTheFoldersADeleteLeavesEmptyButNotTheRoot() throws Exception {
        ObjectKey key = key("3a7b/original.png");
        ObjectKey sibling = key("4c8d/original.png");
        store().put(key, new byte[] { 1 }, "image/png");
        store().put(sibling, new byte[] { 2 }, "image/png");

        store().delete(key);

        assertThat(fileOf(key).getParent()).doesNotExist();
        assertThat(fileOf(sibling)).isRegularFile();
        store().delete(sibling);
        assertThat(store.root()).isDirectory().isEmptyDirectory();
    }

    @Test
    void leavesNothingBehindAFailedPut() throws Exception {
        ObjectKey key = key("3a7b/original.png");

        assertThatThrownBy(() -> store().put(key, new ByteArrayInputStream(new byte[10]), 11, "image/png"))
                .isInstanceOf(MediaException.class);

        assertThat(store.root()).isEmptyDirectory();
    }

    @Test
    void listsNeitherTemporaryFilesNorForeignFilesNorWhatSymbolicLinksPointAt(@TempDir Path outside)
            throws Exception {
        ObjectKey key = key("3a7b/original.png");
        store().put(key, new byte[] { 1 }, "image/png");
        Path folder = fileOf(key).getParent();
        Files.write(folder.resolve(".original.png.123.tmp"), new byte[300]);
        Files.write(folder.resolve("README"), new byte[300]);
        Files.copy(fileOf(key), outside.resolve("stolen.png"));
        Files.createSymbolicLink(folder.resolve("linked"), outside);
        Files.createSymbolicLink(folder.resolve("linked.png"), outside.resolve("stolen.png"));

        try (Stream<ListedObject> listed = store().list("")) {
            assertThat(listed.map(ListedObject::key)).containsExactly(key);
        }
    }

    @Test
    void aSymbolicLinkPlantedAsAFolderInsideTheRootLeadsNoWriteOut(@TempDir Path outside) throws Exception {
        Files.createSymbolicLink(root.resolve("vendor"), outside);

        assertThatThrownBy(() -> store().put(key("vendor/1/3a7b/original.png"), new byte[] { 1 }, "image/png"))
                .isInstanceOfSatisfying(MediaException.class,
                        e -> assertThat(e.errorCode()).isEqualTo("MEDIA_STORE_UNAVAILABLE"));
        try (Stream<Path> written = Files.walk(outside)) {
            assertThat(written).as("nothing created outside the root").containsExactly(outside);
        }
    }

    @Test
    void aSymbolicLinkPlantedAsAFolderInsideTheRootLeadsNoReadOrDeleteOut(@TempDir Path outside) throws Exception {
        ObjectKey key = key("3a7b/original.png");
        store().put(key, new byte[] { 1, 2, 3 }, "image/png");
        String top = key.value().substring(0, key.value().indexOf('/'));
        Path moved = outside.resolve("moved");
        Files.move(store.root().resolve(top), moved);
        Files.createSymbolicLink(store.root().resolve(top), moved);
        Path stolen = moved.resolve(key.value().substring(top.length() + 1));
        assertThat(stolen).as("the object, now outside, behind a link inside").exists();

        assertThat(store().get(key)).isEmpty();
        assertThat(store().exists(key)).isFalse();
        store().delete(key);
        assertThat(stolen).exists();
    }

    @Test
    void aSymbolicLinkPlantedAsTheObjectIsNotRead(@TempDir Path outside) throws Exception {
        ObjectKey key = key("3a7b/original.png");
        store().put(key, new byte[] { 1 }, "image/png");
        Files.copy(fileOf(key), outside.resolve("stolen.png"));
        Files.delete(fileOf(key));
        Files.createSymbolicLink(fileOf(key), outside.resolve("stolen.png"));

        assertThat(store().get(key)).isEmpty();
    }

    @Test
    void readersNeverSeeAPartObjectWhileItIsReplaced() throws Exception {
        ObjectKey key = key("3a7b/replaced.jpg");
        byte[] a = new byte[1_000_000];
        byte[] b = new byte[700_000];
        Arrays.fill(a, (byte) 'a');
        Arrays.fill(b, (byte) 'b');
        store().put(key, a, "image/a");
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<?> writer = pool.submit(() -> {
                try {
                    for (int i = 0; i < 60; i++) {
                        store().put(key, i % 2 == 0 ? b : a, i % 2 == 0 ? "image/b" : "image/a");
                    }
                } finally {
                    writing.set(false);
                }
                return null;
            });
            int reads = 0;
            while (writing.get() || reads == 0) {
                try (StoredObject object = store().get(key).orElseThrow()) {
                    byte[] expected = object.info().contentType().equals("image/a") ? a : b;
                    assertThat(object.info().length()).isEqualTo(expected.length);
                    assertThat(object.readAllBytes()).isEqualTo(expected);
                }
                reads++;
            }
            writer.get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aListingSkipsObjectsDeletedWhileItIsRead() {
        List<ObjectKey> keys = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ObjectKey key = key("many/" + i + "/original.jpg");
            store().put(key, new byte[] { (byte) i }, "image/jpeg");
            keys.add(key);
        }

        try (Stream<ListedObject> listed = store().list(vendor)) {
            Iterator<ListedObject> objects = listed.iterator();
            ObjectKey first = objects.next().key();
            keys.forEach(store()::delete);
            int more = 0;
            while (objects.hasNext()) {
                assertThat(objects.next().key()).isNotEqualTo(first);
                more++;
            }
            assertThat(more).isLessThan(keys.size());
        }
    }

    @Test
    void putsIntoAFolderSurviveDeletesThatRemoveIt() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int worker = 0; worker < 2; worker++) {
                ObjectKey key = key("shared/" + worker + ".jpg");
                workers.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        store().put(key, new byte[] { (byte) i }, "image/jpeg");
                        store().delete(key);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
