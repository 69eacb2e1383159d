package com.wizamart.marketplace.application;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.wizamart.marketplace.application.support.ContentIndex;
import com.wizamart.marketplace.spi.FeedProduct;

/**
 * A 64-bit hash of everything one language's import stores about a product: its facts, its title and description,
 * and every raw column. Equal hashes mean the row would be written exactly as it is staged, so the import skips it
 * (ADR 0008). MD5 truncated to 64 bits: not for security, but a change slipping through unnoticed has a chance of
 * 2^-64. Not thread-safe: one instance per reading thread.
 */
final class ContentHash {

    private static final byte FIELD = 0x1f;
    private static final byte NULL = 0x00;

    private final MessageDigest md5;
    /** The UTF-8 bytes of what is hashed, reused from product to product. */
    private byte[] bytes = new byte[4096];
    private int length;

    ContentHash() {
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The hash of the product's values in a fixed order, each followed by U+001F (absent ones as U+0000, lists and
     * maps preceded by their size), as UTF-8.
     */
    long of(FeedProduct p) {
        length = 0;
        append(p.externalId()).append(p.title()).append(p.description()).append(p.link()).append(p.imageLink());
        appendAll(p.additionalImages());
        append(p.availability() == null ? null : p.availability().name());
        append(p.price().amount().toPlainString()).append(p.price().currency());
        append(p.salePrice() == null ? null : p.salePrice().amount().toPlainString());
        append(p.salePrice() == null ? null : p.salePrice().currency());
        append(p.brand()).append(p.gtin()).append(p.mpn()).append(p.condition()).append(p.productType())
                .append(p.itemGroupId());
        append(p.quantity() == null ? null : p.quantity().toString());
        append(p.taxRate() == null ? null : p.taxRate().toPlainString());
        append(p.attributes().toJson());
        appendAll(p.raw());
        md5.update(bytes, 0, length);
        return ContentIndex.contentHash(ByteBuffer.wrap(md5.digest()).getLong());
    }

    private ContentHash append(String value) {
        if (value == null) {
            put(NULL);
        } else {
            byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
            room(utf8.length);
            System.arraycopy(utf8, 0, bytes, length, utf8.length);
            length += utf8.length;
        }
        put(FIELD);
        return this;
    }

    private void put(byte b) {
        room(1);
        bytes[length++] = b;
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }

    private void appendAll(List<String> values) {
        if (values == null) {
            append(null);
            return;
        }
        append(Integer.toString(values.size()));
        values.forEach(this::append);
    }

    private void appendAll(Map<String, String> values) {
        if (values == null) {
            append(null);
            return;
        }
        append(Integer.toString(values.size()));
        values.forEach((k, v) -> append(k).append(v));
    }
}
