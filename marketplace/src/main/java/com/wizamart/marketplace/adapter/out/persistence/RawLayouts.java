package com.wizamart.marketplace.adapter.out.persistence;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The lists of raw value names a chunk's rows use ({@code marketplace_raw_layouts}): a staged text keeps its raw values
 * in the source's order and names the list of their names by its id, the MD5 of the names as a JSON array, as
 * PostgreSQL's {@code md5(array_to_json(names)::text)::uuid} computes it (the staging migration made the ids of the
 * rows it moved that way). A feed whose records all have the same names (a text file's header) has one list.
 */
final class RawLayouts {

    private final Map<List<String>, byte[]> ids = new HashMap<>();
    private final Map<UUID, List<String>> used = new LinkedHashMap<>();
    private List<String> last;
    private byte[] lastId;

    /** The id of these names (in their order), as ASCII bytes for COPY. */
    byte[] id(Collection<String> names) {
        if (lastId != null && sameNames(last, names)) {
            return lastId; // a text feed's records all have its header's names
        }
        List<String> key = List.copyOf(names);
        byte[] known = ids.get(key);
        if (known == null) {
            // PostgreSQL text holds no NUL character: dropped, as from raw values
            List<String> stored = key.stream().map(n -> n.indexOf('\0') < 0 ? n : n.replace("\0", "")).toList();
            UUID id = idOf(stored);
            used.put(id, stored);
            known = id.toString().getBytes(StandardCharsets.US_ASCII);
            ids.put(key, known);
        }
        last = key;
        lastId = known;
        return known;
    }

    private static boolean sameNames(List<String> known, Collection<String> names) {
        if (known.size() != names.size()) {
            return false;
        }
        Iterator<String> other = names.iterator();
        for (String name : known) {
            String next = other.next();
            if (name != next && !name.equals(next)) {
                return false;
            }
        }
        return true;
    }

    /** Every list met, by id. */
    Map<UUID, List<String>> used() {
        return Map.copyOf(used);
    }

    static UUID idOf(List<String> names) {
        StringBuilder json = new StringBuilder(names.size() * 16).append('[');
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                json.append(',');
            }
            appendJsonString(json, names.get(i));
        }
        json.append(']');
        try {
            ByteBuffer digest = ByteBuffer.wrap(MessageDigest.getInstance("MD5")
                    .digest(json.toString().getBytes(StandardCharsets.UTF_8)));
            return new UUID(digest.getLong(), digest.getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JSON string as PostgreSQL writes one ({@code escape_json}): short escapes, other controls as \\u00xx. */
    private static void appendJsonString(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < ' ') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
