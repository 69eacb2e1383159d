package com.wizamart.marketplace.adapter.out.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import com.wizamart.marketplace.application.port.out.FeedStorage;
import com.wizamart.marketplace.config.MarketplaceProperties;

/**
 * Feeds on the local file system (a shared volume when several instances run), streamed in 64 KB buffers and named
 * by random ids, so nothing a vendor sends ever becomes a path. The disk budget counts every file in the directory
 * (whichever instance wrote it) except those this instance is writing under a reservation, plus this instance's
 * reservations.
 */
@Component
class LocalFeedStorage implements FeedStorage {

    private final Path directory;
    private final Set<Path> writing = ConcurrentHashMap.newKeySet();
    private long reserved; // guarded by this

    LocalFeedStorage(MarketplaceProperties properties) throws IOException {
        this.directory = Files.createDirectories(properties.storageDirectory().toAbsolutePath());
    }

    @Override
    public StoredFeed store(InputStream content, long maxBytes) throws IOException, TooLargeException {
        String name = UUID.randomUUID() + ".feed";
        Path target = directory.resolve(name);
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        writing.add(target);
        try (InputStream in = content; OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new TooLargeException(maxBytes);
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException | TooLargeException | RuntimeException e) {
            Files.deleteIfExists(target);
            throw e;
        } finally {
            writing.remove(target);
        }
        return new StoredFeed(name, total);
    }

    @Override
    public Reservation reserve(long bytes, long budget) throws FullException {
        synchronized (this) {
            if (waitingBytes() + reserved + bytes > budget) {
                throw new FullException(budget);
            }
            reserved += bytes;
        }
        AtomicBoolean released = new AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true)) {
                synchronized (this) {
                    reserved -= bytes;
                }
            }
        };
    }

    /** Bytes of the files in the directory, but those being written here (their reservation counts for them). */
    private long waitingBytes() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> !writing.contains(file)).mapToLong(LocalFeedStorage::sizeOf).sum();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("The feed storage cannot be listed", e);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (NoSuchFileException e) {
            return 0; // deleted meanwhile: its import ended
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("A stored feed cannot be measured", e);
        }
    }

    @Override
    public InputStream open(String name) throws IOException {
        return Files.newInputStream(resolve(name));
    }

    @Override
    public void delete(String name) {
        try {
            Files.deleteIfExists(resolve(name));
        } catch (IOException ignored) {
            // a leftover file is harmless; the next clean-up takes it
        }
    }

    private Path resolve(String name) {
        Path path = directory.resolve(name).normalize();
        if (!path.getParent().equals(directory)) {
            throw new IllegalArgumentException("Not a stored feed: " + name);
        }
        return path;
    }
}
