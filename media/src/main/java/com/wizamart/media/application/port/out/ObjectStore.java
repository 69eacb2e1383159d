package com.wizamart.media.application.port.out;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import com.wizamart.media.domain.MediaException;
import com.wizamart.media.domain.ObjectKey;

/**
 * Where media's files live: originals and variants, each under its {@link ObjectKey}, with its content type. Two
 * adapters, chosen by {@code wizamart.media.store}: files under a root directory ({@code filesystem}, the default)
 * and an S3-compatible object store ({@code s3}). Both pass the same contract tests.
 * <p>
 * Every write is whole or nothing: a reader sees the object as it was before a {@code put} or as it is after it,
 * never a part; two {@code put}s of one key leave one of the two contents, whole. Failures of the store itself (a full
 * disk, an unreachable endpoint) are {@link MediaException}s with the code {@code MEDIA_STORE_UNAVAILABLE}.
 */
public interface ObjectStore {

    /**
     * Stores {@code length} bytes read from {@code content} under {@code key}, replacing what was there.
     *
     * @param content     read to its end, not closed; must not be {@literal null}.
     * @param length      the number of bytes {@code content} holds.
     * @param contentType e.g. {@code image/jpeg}; given back by {@link #get} and {@link #stat}.
     * @throws MediaException {@code MEDIA_CONTENT_LENGTH_MISMATCH} when {@code content} ends before {@code length}
     *                        bytes or goes on after them (nothing is stored then), {@code MEDIA_CONTENT_TYPE_INVALID}
     *                        for a content type that is not {@code type/subtype} of printable ASCII.
     */
    void put(ObjectKey key, InputStream content, long length, String contentType);

    /** As {@link #put(ObjectKey, InputStream, long, String)}, for content already in memory. */
    default void put(ObjectKey key, byte[] content, String contentType) {
        put(key, new ByteArrayInputStream(content), content.length, contentType);
    }

    /**
     * @return the object, open for reading: the caller must close it. Empty when there is none under {@code key}.
     */
    Optional<StoredObject> get(ObjectKey key);

    /** @return the object's length, content type and time it was stored, without its content; empty when none. */
    Optional<ObjectInfo> stat(ObjectKey key);

    /** @return whether an object is stored under {@code key}. */
    default boolean exists(ObjectKey key) {
        return stat(key).isPresent();
    }

    /** Deletes the object under {@code key}; deleting what is not there (any more) is no error. */
    void delete(ObjectKey key);

    /**
     * Deletes what writes left behind when they never finished (a crash in the middle of a {@code put}), written
     * before {@code before}: a file system store's temporary files. An S3-compatible store keeps no partial objects
     * (abandoned multipart uploads are for the bucket's lifecycle rules), so by default there is nothing to do.
     *
     * @return how many leftovers were deleted.
     */
    default int deleteAbandonedWrites(Instant before) {
        return 0;
    }

    /**
     * The objects whose keys begin with {@code prefix}, for jobs that go through the store (garbage collection). The
     * stream is lazy: it holds one page of keys (S3) or one open directory per folder level (file system) at a time,
     * never the whole listing, so the caller must close it (try-with-resources). The order is unspecified. Objects
     * deleted while the stream is read may or may not appear; nothing fails because of them. Whatever in the store is
     * not under a valid {@link ObjectKey} (a file system store's temporary files, another application's objects) is
     * skipped.
     *
     * @param prefix empty for every object, or a beginning of keys as {@link ObjectKey#checkPrefix} accepts it.
     * @throws MediaException {@code MEDIA_OBJECT_KEY_INVALID} for a prefix no key can begin with.
     */
    Stream<ListedObject> list(String prefix);

    /**
     * What a store knows about an object besides its content.
     *
     * @param key          where it is stored.
     * @param length       its length in bytes.
     * @param contentType  the content type it was stored with.
     * @param lastModified when it was last stored.
     */
    record ObjectInfo(ObjectKey key, long length, String contentType, Instant lastModified) {
        public ObjectInfo {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(lastModified, "lastModified");
        }
    }

    /**
     * An object found by {@link #list}: a listing says nothing of content types (S3's does not either).
     *
     * @param key          where it is stored.
     * @param length       its length in bytes.
     * @param lastModified when it was last stored (a garbage collection keeps what is younger than its grace period).
     */
    record ListedObject(ObjectKey key, long length, Instant lastModified) {
        public ListedObject {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(lastModified, "lastModified");
        }
    }

    /**
     * An object being read: its description and its content, open until closed.
     *
     * @param info    its length, content type and time it was stored.
     * @param content exactly {@code info.length()} bytes: the object as it was when it was opened, even when it is
     *                replaced or deleted meanwhile.
     */
    record StoredObject(ObjectInfo info, InputStream content) implements AutoCloseable {
        public StoredObject {
            Objects.requireNonNull(info, "info");
            Objects.requireNonNull(content, "content");
        }

        /** @return the whole content, read into memory: for small objects (variants) and tests. */
        public byte[] readAllBytes() {
            try {
                return content.readAllBytes();
            } catch (IOException e) {
                throw MediaException.storeUnavailable("read an object", e);
            }
        }

        @Override
        public void close() {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException("The stored object " + info.key() + " could not be closed", e);
            }
        }
    }
}
