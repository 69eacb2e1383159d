package com.wizamart.inventory.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;

/**
 * A place where a vendor keeps stock. Every vendor has exactly one default location, created with the vendor.
 *
 * @param code     1-32 letters, digits, {@code . _ -}, starting with a letter or digit; unique per vendor,
 *                 case-insensitively. (A code can never look like a UUID, so "code or id" is unambiguous.)
 * @param priority 0 or more; lower is taken from first (see {@link #TAKING_ORDER}).
 */
public record Location(UUID id, UUID vendorId, String code, String name, int priority, boolean isDefault,
                       Instant createdAt) {

    public static final String DEFAULT_CODE = "DEFAULT";
    public static final String DEFAULT_NAME = "Default location";
    public static final int DEFAULT_PRIORITY = 100;
    public static final int MAX_PRIORITY = 1_000_000;

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");

    /**
     * The order in which reservations take stock from a product's locations: the default location first, then by
     * priority (lower first), then by name (case-insensitive), then by code. Deterministic, so the same stock is
     * always taken the same way.
     */
    public static final Comparator<Location> TAKING_ORDER = Comparator.comparing((Location l) -> !l.isDefault())
            .thenComparingInt(Location::priority)
            .thenComparing(Location::name, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Location::code, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(Location::id);

    public Location {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(vendorId, "vendorId");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * A new, non-default location, validated.
     *
     * @param priority {@literal null} for {@link #DEFAULT_PRIORITY}.
     * @throws ValidationException naming every invalid field.
     */
    public static Location create(UUID vendorId, String code, String name, Integer priority, Instant now) {
        List<FieldViolation> violations = new ArrayList<>();
        String c = code == null ? "" : code.strip();
        if (!CODE.matcher(c).matches()) {
            violations.add(new FieldViolation("code",
                    "must be 1-32 letters, digits, '.', '_' or '-', starting with a letter or digit"));
        }
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 100) {
            violations.add(new FieldViolation("name", "must be 1-100 characters"));
        }
        int p = priority == null ? DEFAULT_PRIORITY : priority;
        if (p < 0 || p > MAX_PRIORITY) {
            violations.add(new FieldViolation("priority", "must be between 0 and " + MAX_PRIORITY));
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return new Location(UUID.randomUUID(), vendorId, c, n, p, false, now);
    }

    /** The default location every vendor starts with. */
    public static Location defaultFor(UUID vendorId, Instant now) {
        return new Location(UUID.randomUUID(), vendorId, DEFAULT_CODE, DEFAULT_NAME, 0, true, now);
    }
}
