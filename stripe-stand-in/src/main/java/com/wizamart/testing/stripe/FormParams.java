package com.wizamart.testing.stripe;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stripe's v1 request parameters: {@code application/x-www-form-urlencoded} pairs (body of a POST, query of a GET)
 * whose keys use bracket notation for nested hashes and arrays ({@code metadata[order_id]=42},
 * {@code transfer_data[destination]=acct_1}, {@code expand[0]=latest_charge}). Kept flat, keyed by the full
 * bracketed name, which is what tests assert on; {@link #hash(String)} reads one nested hash.
 */
final class FormParams {

    private final Map<String, String> values;

    private FormParams(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    static FormParams parse(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded != null && !encoded.isEmpty()) {
            for (String pair : encoded.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String key = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                values.put(key, value);
            }
        }
        return new FormParams(values);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    Map<String, String> asMap() {
        return values;
    }

    String get(String key) {
        return values.get(key);
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    /** The entries of the nested hash {@code name[...]}, e.g. {@code metadata}; empty when absent. */
    Map<String, String> hash(String name) {
        String prefix = name + "[";
        Map<String, String> hash = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            if (key.startsWith(prefix) && key.endsWith("]") && key.indexOf('[', prefix.length()) < 0) {
                hash.put(key.substring(prefix.length(), key.length() - 1), value);
            }
        });
        return hash;
    }

    /** The values of an array parameter, {@code name[0]}, {@code name[1]}... (or a repeated {@code name[]}). */
    java.util.List<String> array(String name) {
        return values.entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(name + "[") && entry.getKey().endsWith("]")
                        && entry.getKey().indexOf('[', name.length() + 1) < 0)
                .map(Map.Entry::getValue)
                .toList();
    }

    /** A canonical form of all parameters, for comparing two requests sent with the same idempotency key. */
    String fingerprint() {
        return new TreeMap<>(values).toString();
    }
}
