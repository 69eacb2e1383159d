package com.wizamart.marketplace.application;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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

    private static final char FIELD = '\u001f';
    private static final char NULL = '\u0000';

    private final MessageDigest md5;
    private final StringBuilder text = new StringBuilder(2048);

    ContentHash() {
        try {
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    long of(FeedProduct p) {
        text.setLength(0);
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
        byte[] digest = md5.digest(text.toString().getBytes(StandardCharsets.UTF_8));
        return ContentIndex.contentHash(ByteBuffer.wrap(digest).getLong());
    }

    private ContentHash append(String value) {
        text.append(value == null ? String.valueOf(NULL) : value).append(FIELD);
        return this;
    }

    private void appendAll(List<String> values) {
        if (values == null) {
            append(null);
            return;
        }
        text.append(values.size()).append(FIELD);
        values.forEach(this::append);
    }

    private void appendAll(Map<String, String> values) {
        if (values == null) {
            append(null);
            return;
        }
        text.append(values.size()).append(FIELD);
        values.forEach((k, v) -> append(k).append(v));
    }
}
