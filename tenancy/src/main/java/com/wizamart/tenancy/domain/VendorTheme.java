package com.wizamart.tenancy.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;

/**
 * The part of a vendor's theme its team sets itself: two colours and the logo's address. The theme a vendor keeps
 * ({@link Vendor#theme()}) is an open map, where platform admins may keep more; this reads and writes only its own
 * keys, {@value #PRIMARY}, {@value #ACCENT} and {@value #LOGO}, and leaves the others as they are.
 *
 * @param primaryColor {@code #rrggbb} in lower case, or {@literal null} for the platform's default.
 * @param accentColor  {@code #rrggbb} in lower case, or {@literal null} for the platform's default.
 * @param logoUrl      an http(s) URL of at most {@value #MAX_LOGO_URL_LENGTH} characters, or {@literal null}.
 */
public record VendorTheme(String primaryColor, String accentColor, String logoUrl) {

    public static final String PRIMARY = "primaryColor";
    public static final String ACCENT = "accentColor";
    public static final String LOGO = "logoUrl";
    /** The longest logo URL kept. */
    public static final int MAX_LOGO_URL_LENGTH = 500;

    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final String COLOR_RULE = "must be a colour as #rrggbb, e.g. #1d4ed8";
    private static final String LOGO_RULE = "must be an http(s) URL with a host, without user info or spaces, of at "
            + "most " + MAX_LOGO_URL_LENGTH + " characters";

    private static final VendorTheme NONE = new VendorTheme(null, null, null);

    /**
     * Checks a theme as the vendor's team gives it: blank values mean "none"; colours are {@code #rrggbb} (kept in
     * lower case), the logo an http(s) URL ({@link FeedSources#normalisedUrl(String)}) of at most
     * {@value #MAX_LOGO_URL_LENGTH} characters.
     *
     * @param field the name the violations are reported under ({@code theme} gives {@code theme.primaryColor}).
     * @throws ValidationException naming every offending field.
     */
    public static VendorTheme of(String primaryColor, String accentColor, String logoUrl, String field) {
        List<FieldViolation> violations = new ArrayList<>();
        String primary = color(primaryColor, field + "." + PRIMARY, violations);
        String accent = color(accentColor, field + "." + ACCENT, violations);
        String logo = blankToNull(logoUrl);
        if (logo != null) {
            Optional<String> normalised = logo.length() > MAX_LOGO_URL_LENGTH ? Optional.empty()
                    : FeedSources.normalisedUrl(logo);
            if (normalised.isEmpty()) {
                violations.add(new FieldViolation(field + "." + LOGO, LOGO_RULE));
            } else {
                logo = normalised.get();
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return new VendorTheme(primary, accent, logo);
    }

    /**
     * The team's part of a stored theme. A platform admin may keep anything in the map: a value {@link #of} would
     * refuse (not text, a colour that is not {@code #rrggbb}, a logo that is no http(s) URL) is read as none, so the
     * team's form never holds a value its own save would refuse; saving then replaces it.
     */
    public static VendorTheme from(Map<String, Object> theme) {
        if (theme == null || theme.isEmpty()) {
            return NONE;
        }
        String primary = text(theme.get(PRIMARY));
        String accent = text(theme.get(ACCENT));
        String logo = text(theme.get(LOGO));
        return new VendorTheme(
                primary != null && COLOR.matcher(primary).matches() ? primary.toLowerCase(Locale.ROOT) : null,
                accent != null && COLOR.matcher(accent).matches() ? accent.toLowerCase(Locale.ROOT) : null,
                logo != null && logo.length() <= MAX_LOGO_URL_LENGTH ? FeedSources.normalisedUrl(logo).orElse(null)
                        : null);
    }

    /** @return {@code theme} with this theme's keys set (or removed, where this has none), its other keys kept. */
    public Map<String, Object> appliedTo(Map<String, Object> theme) {
        Map<String, Object> result = new LinkedHashMap<>(theme == null ? Map.of() : theme);
        put(result, PRIMARY, primaryColor);
        put(result, ACCENT, accentColor);
        put(result, LOGO, logoUrl);
        return result;
    }

    private static void put(Map<String, Object> map, String key, String value) {
        if (value == null) {
            map.remove(key);
        } else {
            map.put(key, value);
        }
    }

    private static String color(String value, String field, List<FieldViolation> violations) {
        String color = blankToNull(value);
        if (color == null) {
            return null;
        }
        if (!COLOR.matcher(color).matches()) {
            violations.add(new FieldViolation(field, COLOR_RULE));
            return null;
        }
        return color.toLowerCase(Locale.ROOT);
    }

    private static String text(Object value) {
        return value instanceof String s && !s.isBlank() ? s : null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
