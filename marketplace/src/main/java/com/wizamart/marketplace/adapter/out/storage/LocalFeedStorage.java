package com.wizamart.marketplace.adapter.out.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.wizamart.marketplace.MarketplaceProperties;
import com.wizamart.marketplace.application.port.out.FeedStorage;

/**
 * Feeds on the local file system (a shared volume when several instances run), streamed in 64 KB buffers and named
 * by random ids, so nothing a vendor sends ever becomes a path.
 */
@Component
class LocalFeedStorage implements FeedStorage {

    private final Path directory;

    LocalFeedStorage(MarketplaceProperties properties) throws IOException {
        this.directory = Files.createDirectories(properties.storageDirectory().toAbsolutePath());
    }

    @Override
    public StoredFeed store(InputStream content, long maxBytes) throws IOException, TooLargeException {
        String name = UUID.randomUUID() + ".feed";
        Path target = directory.resolve(name);
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
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
        }
        return new StoredFeed(name, total);
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
