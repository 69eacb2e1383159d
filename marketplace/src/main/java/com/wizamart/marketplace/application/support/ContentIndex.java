package com.wizamart.marketplace.application.support;

/**
 * What staging holds for one vendor, marketplace and language, as pairs of 64-bit fingerprints: the product's id
 * ({@link LongHashSet#fingerprint(String)}) and its content hash in that language, or {@link #NO_HASH} for a product
 * staged in other languages only. Lets an import recognise rows that did not change
 * since they were staged without asking the database row by row: 1,000,000 products take 32 MB (one primitive array,
 * open addressing).
 */
public final class ContentIndex {

    private static final long EMPTY = 0L;
    /**
     * The content hash recorded for a product staged without this language (or whose hash another language's import
     * made stale): no content hash is ever equal to it ({@link #contentHash(long)}).
     */
    public static final long NO_HASH = Long.MIN_VALUE;

    private long[] slots;
    private int size;
    private boolean hasZeroKey;
    private long zeroKeyHash;

    public ContentIndex() {
        this(16);
    }

    public ContentIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new long[capacity * 2];
    }

    /** An index that knows nothing (a first import). */
    public static ContentIndex empty() {
        return new ContentIndex(8);
    }

    /** Records the content hash of the product with this id fingerprint (a later put replaces an earlier one). */
    public void put(long idFingerprint, long contentHash) {
        if (idFingerprint == EMPTY) {
            hasZeroKey = true;
            zeroKeyHash = contentHash;
            return;
        }
        if ((size + 1) * 4 > capacity() * 3) {
            grow();
        }
        int i = slotOf(idFingerprint);
        if (slots[i] == EMPTY) {
            slots[i] = idFingerprint;
            size++;
        }
        slots[i + 1] = contentHash;
    }

    /** Records a product staged without a content hash of this language. */
    public void putStaged(long idFingerprint) {
        put(idFingerprint, NO_HASH);
    }

    /** A 64-bit content hash made unequal to {@link #NO_HASH}. */
    public static long contentHash(long hash) {
        return hash == NO_HASH ? hash + 1 : hash;
    }

    /** @return whether a product with this id fingerprint is staged, in any language. */
    public boolean contains(long idFingerprint) {
        if (idFingerprint == EMPTY) {
            return hasZeroKey;
        }
        return slots[slotOf(idFingerprint)] == idFingerprint;
    }

    /**
     * @return whether the product with this id fingerprint is staged with exactly this content hash ({@link #NO_HASH}
     *         never is).
     */
    public boolean holds(long idFingerprint, long contentHash) {
        if (contentHash == NO_HASH) {
            return false; // no hash is held
        }
        if (idFingerprint == EMPTY) {
            return hasZeroKey && zeroKeyHash == contentHash;
        }
        int i = slotOf(idFingerprint);
        return slots[i] == idFingerprint && slots[i + 1] == contentHash;
    }

    public int size() {
        return size + (hasZeroKey ? 1 : 0);
    }

    /** The slot (even index) holding the key, or the empty slot where it would go. */
    private int slotOf(long key) {
        int mask = capacity() - 1;
        int i = mix(key) & mask;
        while (slots[i * 2] != EMPTY && slots[i * 2] != key) {
            i = (i + 1) & mask;
        }
        return i * 2;
    }

    private int capacity() {
        return slots.length / 2;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != EMPTY) {
                int j = slotOf(old[i]);
                slots[j] = old[i];
                slots[j + 1] = old[i + 1];
            }
        }
    }

    private static int mix(long v) {
        long h = v * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
