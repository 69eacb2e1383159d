package com.wizamart.media.adapter.out.store;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.wizamart.media.application.port.out.ObjectStore;
import com.wizamart.media.domain.MediaException;
import com.wizamart.media.domain.ObjectKey;
import com.wizamart.sharedkernel.io.BoundedInputStream;

/**
 * Objects as files under a root directory: the key is the file's path below the root (folders and all).
 * <p>
 * Each file begins with a header of {@value #HEADER_LENGTH} bytes (a magic line {@code WZMEDIA1}, the content type,
 * padding), so the content type is written in the same file as the content and both change together; the object is
 * the rest of the file. A {@code put} writes a temporary file (named with a leading dot, which no key has) in the
 * object's folder, forces it to disk and renames it over the object ({@code ATOMIC_MOVE}): a reader sees the old
 * file or the new one, never a part. A reader keeps the file it opened, even when it is replaced or deleted meanwhile.
 * Deleting the last object of a folder removes the empty folders up to the root. Keys are checked by {@link ObjectKey}
 * and their paths again against the root; symbolic links below the root are never listed, followed to write (folders
 * are created one by one, a link in their place is refused) nor to read or delete (an object's folder, links resolved,
 * must be below the root, and its file is opened without following a link). After the rename the folder is forced to
 * disk too, where the platform can open a folder.
 */
final class FilesystemObjectStore implements ObjectStore {

    /** Bytes before each object's content: the magic line, the content type, its newline and padding. */
    static final int HEADER_LENGTH = 256;

    private static final Logger log = LoggerFactory.getLogger(FilesystemObjectStore.class);
    private static final byte[] MAGIC = "WZMEDIA1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int COPY_BUFFER = 64 * 1024;
    private static final int CREATE_ATTEMPTS = 5;

    private final Path root;

    /** @param root created when missing. */
    FilesystemObjectStore(Path root) {
        try {
            this.root = Files.createDirectories(root.toAbsolutePath().normalize()).toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("The media directory " + root + " cannot be created", e);
        }
    }

    /** @return the directory objects are stored under. */
    Path root() {
        return root;
    }

    @Override
    public void put(ObjectKey key, InputStream content, long length, String contentType) {
        byte[] header = header(ContentTypes.check(contentType));
        BoundedInputStream exact = BoundedInputStream.exactly(content, length);
        Path target = pathOf(key);
        Path temporary = null;
        try {
            temporary = createTemporary(target);
            try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
                writeFully(out, ByteBuffer.wrap(header));
                byte[] buffer = new byte[COPY_BUFFER];
                int n;
                while ((n = exact.read(buffer)) >= 0) {
                    writeFully(out, ByteBuffer.wrap(buffer, 0, n));
                }
                out.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            temporary = null;
            forceFolder(target.getParent());
        } catch (BoundedInputStream.LengthViolation e) {
            throw MediaException.contentLengthMismatch(length);
        } catch (IOException e) {
            throw MediaException.storeUnavailable("store an object", e);
        } finally {
            if (temporary != null) {
                deleteQuietly(temporary);
                removeEmptyFolders(target.getParent());
            }
        }
    }

    /**
     * A new temporary file beside {@code target}, its folders created first; tried again when a concurrent delete
     * removed a folder meanwhile (it was empty for a moment).
     */
    private Path createTemporary(Path target) throws IOException {
        Path folder = target.getParent();
        for (int attempt = 1; ; attempt++) {
            try {
                createFolders(folder);
                // a plain new file (permissions from the umask, as every other file the platform writes), named
                // so that no key can be the same
                String name = "." + target.getFileName() + "." + UUID.randomUUID() + ".tmp";
                return Files.createFile(folder.resolve(name));
            } catch (NoSuchFileException | FileAlreadyExistsException e) {
                // a folder was removed between its creation and the file's, or between createDirectories finding it
                // there and checking that it is a folder
                if (attempt == CREATE_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /**
     * Creates the folders from the root down to {@code folder}, one at a time and never through a symbolic link: a link
     * planted below the root (pointing anywhere) is refused, not followed, so nothing is ever created outside the root.
     */
    private void createFolders(Path folder) throws IOException {
        Path current = root;
        for (Path name : root.relativize(folder)) {
            current = current.resolve(name);
            try {
                Files.createDirectory(current);
            } catch (FileAlreadyExistsException e) {
                if (!Files.readAttributes(current, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isDirectory()) {
                    throw new IOException("The media folder " + current + " is not a folder (a symbolic link?)", e);
                }
            }
        }
        // a folder removed meanwhile fails here with NoSuchFileException: the caller tries again
        if (!folder.toRealPath().startsWith(root)) {
            throw new IOException("The media folder " + folder + " leads out of the media root");
        }
    }

    /** Whether a folder, links resolved, is below the root; false when it does not exist. */
    private boolean isInsideRoot(Path folder) throws IOException {
        try {
            return folder.toRealPath().startsWith(root);
        } catch (NoSuchFileException e) {
            return false;
        }
    }

    /**
     * Forces a folder's entries to disk after a rename into it, so that the object survives a crash, not only its
     * bytes. Not every platform can open a folder (Windows cannot): there the rename is as durable as the platform
     * makes it.
     */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            log.debug("The media folder {} could not be forced to disk", folder, e);
        }
    }

    @Override
    public Optional<StoredObject> get(ObjectKey key) {
        Path path = pathOf(key);
        FileChannel channel = null;
        try {
            if (!isInsideRoot(path.getParent())) {
                return Optional.empty(); // not there, or behind a link that leads out of the root
            }
            BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile()) {
                return Optional.empty();
            }
            // not following a link planted between the look above and this open
            channel = FileChannel.open(path, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
            long size = channel.size();
            InputStream in = new BufferedInputStream(Channels.newInputStream(channel), COPY_BUFFER);
            String contentType = readHeader(in, key);
            ObjectInfo info = new ObjectInfo(key, size - HEADER_LENGTH, contentType,
                    attributes.lastModifiedTime().toInstant());
            channel = null;
            return Optional.of(new StoredObject(info, in));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw MediaException.storeUnavailable("read an object", e);
        } finally {
            if (channel != null) {
                closeQuietly(channel);
            }
        }
    }

    @Override
    public Optional<ObjectInfo> stat(ObjectKey key) {
        Optional<StoredObject> object = get(key);
        object.ifPresent(StoredObject::close);
        return object.map(StoredObject::info);
    }

    @Override
    public boolean exists(ObjectKey key) {
        Path path = pathOf(key);
        try {
            return isInsideRoot(path.getParent()) && Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw MediaException.storeUnavailable("look for an object", e);
        }
    }

    @Override
    public void delete(ObjectKey key) {
        Path path = pathOf(key);
        try {
            if (!isInsideRoot(path.getParent())) {
                return; // not there, or behind a link that leads out of the root
            }
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw MediaException.storeUnavailable("delete an object", e);
        }
        removeEmptyFolders(path.getParent());
    }

    /** Removes {@code folder} and its parents below the root while they are empty; a folder in use stays. */
    private void removeEmptyFolders(Path folder) {
        for (Path current = folder; current != null && !current.equals(root) && current.startsWith(root);
             current = current.getParent()) {
            try {
                Files.delete(current);
            } catch (DirectoryNotEmptyException | NoSuchFileException e) {
                return; // another object (or a put's temporary file) is there, or another delete was first
            } catch (IOException e) {
                log.debug("The empty media folder {} could not be removed; it stays", current, e);
                return;
            }
        }
    }

    @Override
    public Stream<ListedObject> list(String prefix) {
        String checked = ObjectKey.checkPrefix(prefix);
        int slash = checked.lastIndexOf('/');
        Path start = slash < 0 ? root : root.resolve(checked.substring(0, slash));
        Walk walk = new Walk(start, checked);
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(walk, Spliterator.NONNULL), false)
                .onClose(walk::close);
    }

    /**
     * Depth first through the folders below a start, with one open directory per level. Unlike {@code Files.walk},
     * which fails as soon as an entry it read from a folder is gone when it looks at it, this skips what was deleted
     * meanwhile: a garbage collection deletes objects (and so their folders) while it lists, and other instances
     * delete too.
     */
    private final class Walk implements Iterator<ListedObject> {

        private final Deque<DirectoryStream<Path>> open = new ArrayDeque<>();
        private final Deque<Iterator<Path>> entries = new ArrayDeque<>();
        private final String prefix;
        private ListedObject next;

        Walk(Path start, String prefix) {
            this.prefix = prefix;
            descend(start);
        }

        private void descend(Path folder) {
            try {
                DirectoryStream<Path> stream = Files.newDirectoryStream(folder);
                open.push(stream);
                entries.push(stream.iterator());
            } catch (NoSuchFileException | NotDirectoryException e) {
                // deleted meanwhile, or never there: nothing to list
            } catch (IOException e) {
                close();
                throw MediaException.storeUnavailable("list objects", e);
            }
        }

        @Override
        public boolean hasNext() {
            while (next == null && !entries.isEmpty()) {
                Iterator<Path> current = entries.peek();
                Path entry;
                try {
                    if (!current.hasNext()) {
                        entries.pop();
                        closeQuietly(open.pop());
                        continue;
                    }
                    entry = current.next();
                } catch (DirectoryIteratorException e) {
                    close();
                    throw MediaException.storeUnavailable("list objects", e.getCause());
                }
                visit(entry);
            }
            return next != null;
        }

        private void visit(Path entry) {
            BasicFileAttributes attributes;
            try {
                attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                return; // deleted since its folder was read
            } catch (IOException e) {
                close();
                throw MediaException.storeUnavailable("list objects", e);
            }
            String key = keyOf(entry);
            if (attributes.isDirectory()) {
                String folder = key + "/";
                if (folder.startsWith(prefix) || prefix.startsWith(folder)) {
                    descend(entry);
                }
            } else if (attributes.isRegularFile() && key.startsWith(prefix) && ObjectKey.isValid(key)
                    && attributes.size() >= HEADER_LENGTH) {
                next = new ListedObject(ObjectKey.of(key), attributes.size() - HEADER_LENGTH,
                        attributes.lastModifiedTime().toInstant());
            }
        }

        @Override
        public ListedObject next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ListedObject found = next;
            next = null;
            return found;
        }

        void close() {
            while (!open.isEmpty()) {
                closeQuietly(open.pop());
            }
            entries.clear();
        }
    }

    private String keyOf(Path file) {
        Path relative = root.relativize(file);
        StringBuilder key = new StringBuilder();
        for (Path name : relative) {
            if (!key.isEmpty()) {
                key.append('/');
            }
            key.append(name);
        }
        return key.toString();
    }

    /** The object's file: below the root whatever the key (checked again, though {@link ObjectKey} lets none out). */
    private Path pathOf(ObjectKey key) {
        Path path = root.resolve(key.value()).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw MediaException.invalidObjectKey(key.value());
        }
        return path;
    }

    private static byte[] header(String contentType) {
        byte[] header = new byte[HEADER_LENGTH];
        Arrays.fill(header, (byte) ' ');
        byte[] type = contentType.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(MAGIC, 0, header, 0, MAGIC.length);
        System.arraycopy(type, 0, header, MAGIC.length, type.length);
        header[MAGIC.length + type.length] = '\n';
        header[HEADER_LENGTH - 1] = '\n';
        return header;
    }

    private static String readHeader(InputStream in, ObjectKey key) throws IOException {
        byte[] header = in.readNBytes(HEADER_LENGTH);
        if (header.length < HEADER_LENGTH || !Arrays.equals(header, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new IOException("The file of " + key + " is not a media object (no WZMEDIA1 header)");
        }
        int end = MAGIC.length;
        while (end < HEADER_LENGTH && header[end] != '\n') {
            end++;
        }
        return new String(header, MAGIC.length, end - MAGIC.length, StandardCharsets.US_ASCII);
    }

    private static void writeFully(FileChannel out, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
    }

    /**
     * Walks the whole root without following links; what vanishes meanwhile (another instance's delete) is skipped.
     * Only names of this store's temporary files ({@code .<name>.<uuid>.tmp}) are deleted.
     */
    @Override
    public int deleteAbandonedWrites(java.time.Instant before) {
        int[] deleted = {0};
        try {
            Files.walkFileTree(root, new java.nio.file.SimpleFileVisitor<>() {
                @Override
                public java.nio.file.FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String name = file.getFileName().toString();
                    if (attributes.isRegularFile() && name.startsWith(".") && name.endsWith(".tmp")
                            && attributes.lastModifiedTime().toInstant().isBefore(before)) {
                        deleteQuietly(file);
                        deleted[0]++;
                    }
                    return java.nio.file.FileVisitResult.CONTINUE;
                }

                @Override
                public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) {
                    return java.nio.file.FileVisitResult.CONTINUE;
                }
            });
        } catch (NoSuchFileException nothingStoredYet) {
            return 0;
        } catch (IOException e) {
            throw MediaException.storeUnavailable("delete abandoned writes", e);
        }
        if (deleted[0] > 0) {
            log.info("Deleted {} temporary media files that writes left behind", deleted[0]);
        }
        return deleted[0];
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("The temporary media file {} could not be deleted", file, e);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            log.debug("Closing {} failed", closeable, e);
        }
    }
}
