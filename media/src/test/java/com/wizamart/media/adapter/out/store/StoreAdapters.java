package com.wizamart.media.adapter.out.store;

import java.nio.file.Path;

import com.wizamart.media.application.port.out.ObjectStore;

/**
 * The store adapters as the application gets them, for code outside their package that must run the real thing
 * without a Spring context: the benchmarks. Test sources only; the adapters themselves stay package-private.
 */
public final class StoreAdapters {

    private StoreAdapters() {
    }

    /** @return the file system store under {@code root} (created when missing), as {@code filesystem} configures it. */
    public static ObjectStore filesystem(Path root) {
        return new FilesystemObjectStore(root);
    }
}
