package com.wizamart.marketplace.googlemerchant;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.wizamart.marketplace.spi.FeedException;
import com.wizamart.marketplace.spi.FeedException.Reason;

/**
 * The header of a text feed: which column holds which Google attribute, in any order. A column is named as Google
 * allows: the technical name ({@code image_link}), with a space for the underscore ({@code image link}), in any case,
 * or as Google's spreadsheet templates write it, a label followed by the technical name in brackets
 * ({@code Image link [image_link]}). A {@code shipping} column may name its sub-attributes' order in parentheses
 * ({@code shipping(country:postal_code:price)}). Repeated attributes ({@code additional_image_link}, {@code shipping})
 * may have several columns; any other known attribute twice is refused: whichever of two {@code price} columns were
 * taken, some vendors would get the wrong one.
 */
final class TsvColumns {

    private static final Pattern BRACKETED = Pattern.compile(".*\\[\\s*([A-Za-z0-9_ ]+?)\\s*]\\s*");
    private static final Pattern SUB_ATTRIBUTES = Pattern.compile("([A-Za-z_ ]+?)\\s*\\(([A-Za-z_: ]+)\\)\\s*");
    private static final List<GoogleAttribute> REQUIRED = List.of(GoogleAttribute.ID, GoogleAttribute.TITLE,
            GoogleAttribute.PRICE);

    /** A column: its name as found, the attribute it holds (or {@literal null}), a shipping column's order. */
    record Column(String header, String rawKey, GoogleAttribute attribute, List<String> shippingOrder) {
    }

    private final List<Column> columns;
    private final int width;

    private TsvColumns(List<Column> columns, int width) {
        this.columns = columns;
        this.width = width;
    }

    /**
     * @param header the header line's cells, as parsed.
     * @throws FeedException when a required column is missing or a known one appears twice.
     */
    static TsvColumns of(String[] header) throws FeedException {
        List<Column> columns = new ArrayList<>(header.length);
        Set<String> keys = new HashSet<>();
        GoogleAttribute[] found = new GoogleAttribute[header.length];
        int last = -1;
        for (int i = 0; i < header.length; i++) {
            String name = header[i] == null ? "" : header[i].replace("\uFEFF", "").strip();
            if (!name.isEmpty()) {
                last = i;
            }
            List<String> order = ItemMapping.SHIPPING_ORDER;
            String technical = technicalName(name);
            Matcher sub = SUB_ATTRIBUTES.matcher(name);
            if (sub.matches() && technicalName(sub.group(1)).equals("shipping")) {
                technical = "shipping";
                order = Arrays.stream(sub.group(2).split(":")).map(TsvColumns::technicalName).toList();
            }
            GoogleAttribute attribute = GoogleAttribute.named(technical);
            for (int j = 0; j < i && attribute != null; j++) {
                if (found[j] == attribute && !attribute.repeated()) {
                    throw new FeedException(Reason.NOT_A_FEED, "The column '" + attribute.technicalName()
                            + "' appears twice in the header (columns " + (j + 1) + " and " + (i + 1) + "); keep one");
                }
            }
            found[i] = attribute;
            String key = name.isEmpty() ? "column " + (i + 1) : name;
            String rawKey = keys.add(key) ? key : key + " (column " + (i + 1) + ")";
            keys.add(rawKey);
            columns.add(new Column(name, rawKey, attribute, order));
        }
        List<String> missing = REQUIRED.stream().filter(r -> !Arrays.asList(found).contains(r))
                .map(GoogleAttribute::technicalName).toList();
        if (!missing.isEmpty()) {
            List<String> names = columns.stream().map(Column::header).filter(h -> !h.isEmpty())
                    .map(FeedBytes::abbreviate).toList();
            int shown = Math.min(names.size(), 40);
            throw new FeedException(Reason.MISSING_FIELDS, "Required column" + (missing.size() > 1 ? "s" : "")
                    + " missing: " + String.join(", ", missing) + ". Columns found (tab-separated): "
                    + String.join(", ", names.subList(0, shown))
                    + (names.size() > shown ? " and " + (names.size() - shown) + " more" : ""));
        }
        // spreadsheets often end the header with empty cells; rows need not carry them
        return new TsvColumns(List.copyOf(columns), last + 1);
    }

    /** {@code Image link [image_link]}, {@code Image Link}, {@code image_link}: {@code image_link}. */
    static String technicalName(String header) {
        Matcher bracketed = BRACKETED.matcher(header);
        String name = bracketed.matches() ? bracketed.group(1) : header;
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }

    List<Column> all() {
        return columns;
    }

    /** Cells a row must have: the header without trailing empty cells. */
    int width() {
        return width;
    }

    /** The name to show for position {@code i}. */
    String name(int i) {
        return i < columns.size() ? columns.get(i).rawKey() : "column " + (i + 1);
    }
}
