package com.wizamart.marketplace.application.port.out;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import com.wizamart.marketplace.application.port.in.StagedProductDetail;
import com.wizamart.marketplace.application.port.in.StagedProductQuery;
import com.wizamart.marketplace.application.port.in.StagedProductSummary;
import com.wizamart.marketplace.application.support.ContentIndex;
import com.wizamart.marketplace.spi.FeedProduct;

/** Staged marketplace products (vendor-owned, Row-Level Security). */
public interface StagingStore {

    /**
     * Upserts one chunk (ids unique within it) in the caller's transaction, rewriting only rows whose facts or
     * texts in {@code language} changed.
     *
     * @param contentHashes each product's content hash (same order), stored for {@link #knownContent}.
     */
    ChunkResult write(UUID vendorId, String marketplace, String language, UUID jobId, List<FeedProduct> chunk,
                      long[] contentHashes);

    /**
     * What the import of {@code language} stored for each of the vendor's products of this marketplace: id
     * fingerprints and content hashes, for recognising unchanged rows while reading (call in a transaction). A row
     * another language's import rewrote with other facts since is not in it.
     */
    ContentIndex knownContent(UUID vendorId, String marketplace, String language);

    /**
     * Collects a chunk's products as they are read, doing what writing them needs but the database does not (such as
     * encoding them), on the thread that reads the feed, ahead of the transaction that writes the chunk: a product
     * need not stay in memory once added. Needs no vendor and no transaction.
     */
    default ChunkBuilder chunkBuilder() {
        return new ChunkBuilder.Collecting();
    }

    /**
     * As {@link #write(UUID, String, String, UUID, List, long[])}, for a chunk made ready by a
     * {@link #chunkBuilder()}.
     */
    default ChunkResult write(UUID vendorId, String marketplace, String language, UUID jobId, PreparedChunk chunk) {
        if (chunk instanceof PreparedChunk.Products products) {
            return write(vendorId, marketplace, language, jobId, products.products(), products.contentHashes());
        }
        throw new IllegalArgumentException("Not a chunk this store prepared: " + chunk.getClass().getName());
    }

    /**
     * Brings the database's statistics of staging up to date after an import wrote many rows (call in a transaction),
     * so that the next import's statements are planned for what staging now holds.
     */
    default void refreshStatistics() {
    }

    Page<StagedProductSummary> search(StagedProductQuery query, Pageable pageable);

    Optional<StagedProductDetail> find(UUID id);

    /** Builds one chunk, product by product (ids unique within it). */
    interface ChunkBuilder {

        /**
         * @param contentHash the product's content hash, stored for {@link #knownContent}.
         * @param unstaged    whether staging held the product in no language when the import began and no earlier
         *                    chunk of the import wrote it: a hint that lets a store insert it without looking for it
         *                    first. A product another import staged since must still come out right.
         */
        void add(FeedProduct product, long contentHash, boolean unstaged);

        /** Products added so far. */
        int size();

        PreparedChunk build();

        /** Keeps the products as they are, for stores with nothing to prepare. */
        final class Collecting implements ChunkBuilder {

            private final List<FeedProduct> products = new ArrayList<>();
            private long[] hashes = new long[16];

            @Override
            public void add(FeedProduct product, long contentHash, boolean unstaged) {
                if (products.size() == hashes.length) {
                    hashes = Arrays.copyOf(hashes, hashes.length * 2);
                }
                hashes[products.size()] = contentHash;
                products.add(product);
            }

            @Override
            public int size() {
                return products.size();
            }

            @Override
            public PreparedChunk build() {
                return new PreparedChunk.Products(products, Arrays.copyOf(hashes, products.size()));
            }
        }
    }

    /** A chunk ready to be written; what it holds is the store's business. */
    interface PreparedChunk {

        /** Products in the chunk. */
        int size();

        /** The products as they are, for stores with nothing to prepare. */
        record Products(List<FeedProduct> products, long[] contentHashes) implements PreparedChunk {

            public Products {
                products = List.copyOf(products);
                if (contentHashes.length != products.size()) {
                    throw new IllegalArgumentException("one content hash per product");
                }
            }

            @Override
            public int size() {
                return products.size();
            }
        }
    }

    /** What a chunk did. */
    record ChunkResult(long created, long updated, long unchanged) {
    }
}
