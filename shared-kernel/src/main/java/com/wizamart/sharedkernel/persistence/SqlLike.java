package com.wizamart.sharedkernel.persistence;

/** Builds {@code LIKE}/{@code ILIKE} patterns from user input, escaping its wildcards ({@code escape '\'}). */
public final class SqlLike {

    private SqlLike() {
    }

    /** @return a pattern matching values that contain {@code text} literally. */
    public static String contains(String text) {
        String escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
