package com.wizamart.marketplace.letzshop.bench;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;

/**
 * Writes realistic Letzshop feeds of any size for benchmarks: the 25 columns of the sample feeds, texts in English,
 * French or German, HTML descriptions, quoted values with quotes, tabs and line breaks, every price and availability
 * spelling the samples use. A share of rows is dirty on purpose (bad price, spreadsheet-mangled GTIN or blank title),
 * each of which the reader must turn into a row error. Deterministic for a seed; streams, so a million rows
 * (about 380 MB) take no more memory than ten.
 *
 * <p>Usage (from {@code marketplace/letzshop} after {@code test-compile}):
 * <pre>{@code
 * java -cp target/test-classes com.wizamart.marketplace.letzshop.bench.FeedGenerator \
 *      /tmp/feed-1m.tsv 1000000 0.02 en 42
 * }</pre>
 * Arguments: output path, rows, dirty share (0 to 1), language ({@code en}, {@code fr}, {@code de}), seed.
 */
public final class FeedGenerator {

    static final String HEADER = String.join("\t", "id", "title", "description", "link", "image_link",
            "additional_image_link", "availability", "price", "sale_price", "brand", "gtin", "mpn", "condition",
            "google_product_category", "product_type", "item_group_id", "color", "size", "gender", "age_group",
            "identifier_exists", "adult", "quantity", "tax_rate", "delivery_method");

    /** What was written. */
    public record Summary(long rows, long dirtyRows, long lines, long bytes) {
    }

    private record Kind(String category, String productType, int taxRate, boolean adult, boolean apparel,
                        Map<String, String> names, String brand) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("1868", "Food, Beverages & Tobacco > Beverages > Coffee", 3, false, false,
                    Map.of("en", "Roasted coffee beans", "fr", "Café en grains torréfié", "de",
                            "Geröstete Kaffeebohnen"), "Lëtzebuerger Kaffi"),
            new Kind("421", "Food, Beverages & Tobacco > Beverages > Alcoholic Beverages > Wine", 17, true, false,
                    Map.of("en", "Moselle Riesling", "fr", "Riesling de la Moselle", "de", "Mosel-Riesling"),
                    "Domaine Mathis"),
            new Kind("421", "Food, Beverages & Tobacco > Beverages > Alcoholic Beverages > Wine", 17, true, false,
                    Map.of("en", "Crémant de Luxembourg brut", "fr", "Crémant de Luxembourg brut", "de",
                            "Crémant de Luxembourg brut"), "Caves Poll-Fabaire"),
            new Kind("784", "Media > Books > Non-Fiction", 3, false, false,
                    Map.of("en", "Luxembourg city guide", "fr", "Guide de la ville de Luxembourg", "de",
                            "Stadtführer Luxemburg"), "Éditions Schortgen"),
            new Kind("212", "Apparel & Accessories > Clothing > Shirts & Tops", 17, false, true,
                    Map.of("en", "Organic cotton T-shirt", "fr", "T-shirt en coton bio", "de",
                            "Bio-Baumwoll-T-Shirt"), "Grënge Fuedem"),
            new Kind("2169", "Home & Garden > Kitchen & Dining > Tableware > Drinkware > Mugs", 17, false, false,
                    Map.of("en", "Stoneware mug", "fr", "Mug en grès", "de", "Steinzeugbecher"), "Keramik Nospelt"),
            new Kind("5788", "Food, Beverages & Tobacco > Food Items > Honey", 3, false, false,
                    Map.of("en", "Forest honey", "fr", "Miel de forêt", "de", "Waldhonig"), "Beien Éislek"),
            new Kind("543", "Electronics > Audio > Audio Components > Headphones", 17, false, false,
                    Map.of("en", "Wireless headphones", "fr", "Casque sans fil", "de", "Kabellose Kopfhörer"),
                    "Sonix"));

    private static final Map<String, String> BLURBS = Map.of(
            "en", "<p>Handpicked in Luxembourg. Ships in 2 days.</p>",
            "fr", "<p>Sélectionné au Luxembourg. Expédié en 2 jours.</p>",
            "de", "<p>Ausgewählt in Luxemburg. Versand in 2 Tagen.</p>");
    private static final Map<String, String> DETAILS = Map.of(
            "en", "<ul><li>Local producer</li><li>Gift wrapping on request</li></ul>",
            "fr", "<ul><li>Producteur local</li><li>Emballage cadeau sur demande</li></ul>",
            "de", "<ul><li>Lokaler Hersteller</li><li>Geschenkverpackung auf Anfrage</li></ul>");
    private static final Map<String, String[]> YES_NO = Map.of(
            "en", new String[] {"yes", "no"}, "fr", new String[] {"oui", "non"}, "de", new String[] {"ja", "nein"});
    private static final String[] AVAILABILITY = {"in stock", "in_stock", "in stock", "out of stock", "preorder",
            "backorder"};
    private static final String[] SIZES = {"S", "M", "L"};
    private static final String[] COLORS = {"navy", "white", "black", "red"};
    private static final String[] DELIVERY = {"package_delivery", "package_delivery", "self_collect",
            "nationwide"};
    private static final String[] BAD_PRICES = {"19.99.99 EUR", "abc", "-5.00 EUR", "1.299 EUR", "EUR"};

    private final String language;
    private final double dirtyShare;
    private final SplittableRandom random;

    /**
     * @param language   {@code en}, {@code fr} or {@code de}.
     * @param dirtyShare share of rows made unusable on purpose, 0 to 1.
     * @param seed       the same seed writes the same bytes.
     */
    public FeedGenerator(String language, double dirtyShare, long seed) {
        if (!BLURBS.containsKey(language)) {
            throw new IllegalArgumentException("language must be en, fr or de, not " + language);
        }
        if (dirtyShare < 0 || dirtyShare > 1) {
            throw new IllegalArgumentException("dirty share must be between 0 and 1, not " + dirtyShare);
        }
        this.language = language;
        this.dirtyShare = dirtyShare;
        this.random = new SplittableRandom(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            System.err.println("usage: FeedGenerator <output path> <rows> <dirty share> <en|fr|de> <seed>");
            System.exit(2);
        }
        Path path = Path.of(args[0]);
        long rows = Long.parseLong(args[1]);
        FeedGenerator generator = new FeedGenerator(args[3], Double.parseDouble(args[2]), Long.parseLong(args[4]));
        try (OutputStream out = Files.newOutputStream(path)) {
            Summary summary = generator.write(out, rows, line -> { });
            System.out.printf(Locale.ROOT, "%s: %d rows (%d dirty), %d lines, %d bytes%n", path, summary.rows(),
                    summary.dirtyRows(), summary.lines(), summary.bytes());
        }
    }

    /**
     * Writes a header and {@code rows} rows; does not close {@code out}.
     *
     * @param dirtyLines told the line number of every dirty row (the row error, or for a mangled GTIN the warning,
     *                   the reader must report).
     */
    public Summary write(OutputStream out, long rows, LongConsumer dirtyLines) throws IOException {
        Counting counting = new Counting(new BufferedOutputStream(out, 1 << 16));
        Writer writer = new BufferedWriter(new OutputStreamWriter(counting, StandardCharsets.UTF_8), 1 << 16);
        writer.write(HEADER);
        writer.write('\n');
        long line = 2;
        long dirty = 0;
        StringBuilder row = new StringBuilder(1024);
        for (long i = 1; i <= rows; i++) {
            row.setLength(0);
            boolean isDirty = random.nextDouble() < dirtyShare;
            int linesInRow = row(row, i, isDirty);
            writer.append(row).append('\n');
            if (isDirty) {
                dirty++;
                dirtyLines.accept(line);
            }
            line += linesInRow;
        }
        writer.flush();
        return new Summary(rows, dirty, line - 1, counting.count);
    }

    /** Appends one row; returns the number of lines it takes. */
    private int row(StringBuilder sb, long n, boolean dirty) {
        Kind kind = KINDS.get(random.nextInt(KINDS.size()));
        String id = String.format(Locale.ROOT, "LS-%07d", n);
        String size = kind.apparel() ? SIZES[random.nextInt(SIZES.length)] : "";
        String title = kind.names().get(language) + (size.isEmpty() ? " (" + n % 97 + ")" : " – " + size);
        int lines = 1;
        if (random.nextInt(100) == 0) {
            title = quote(title + " \"Édition spéciale\"");
        }
        String description = description();
        lines += (int) description.chars().filter(c -> c == '\n').count();
        long cents = 200 + random.nextInt(29_800);
        String price = price(cents);
        String salePrice = random.nextInt(100) < 15 ? price(cents * 9 / 10) : "";
        String gtin = gtin();
        int problem = dirty ? random.nextInt(3) : -1;
        if (problem == 0) {
            price = BAD_PRICES[random.nextInt(BAD_PRICES.length)];
        } else if (problem == 1) {
            gtin = gtin.charAt(0) + "." + gtin.substring(1, 6) + "E+12";
        } else if (problem == 2) {
            title = random.nextBoolean() ? "" : "  ";
        }
        String slug = id.toLowerCase(Locale.ROOT);
        String[] yesNo = YES_NO.get(language);
        String images = switch (random.nextInt(3)) {
            case 0 -> "";
            case 1 -> "https://images.example.lu/" + slug + "/1.jpg";
            default -> "https://images.example.lu/" + slug + "/1.jpg,https://images.example.lu/" + slug + "/2.jpg";
        };
        sb.append(id).append('\t')
                .append(title).append('\t')
                .append(description).append('\t')
                .append("https://letzshop.lu/").append(language).append("/product/").append(slug).append('\t')
                .append("https://images.example.lu/").append(slug).append("/main.jpg").append('\t')
                .append(images).append('\t')
                .append(AVAILABILITY[random.nextInt(AVAILABILITY.length)]).append('\t')
                .append(price).append('\t')
                .append(salePrice).append('\t')
                .append(kind.brand()).append('\t')
                .append(gtin).append('\t')
                .append("MPN-").append(n % 1000).append('\t')
                .append("new").append('\t')
                .append(kind.category()).append('\t')
                .append(kind.productType()).append('\t')
                .append(kind.apparel() ? "LS-G" + n / 3 : "").append('\t')
                .append(kind.apparel() ? COLORS[random.nextInt(COLORS.length)] : "").append('\t')
                .append(size).append('\t')
                .append(kind.apparel() ? "unisex" : "").append('\t')
                .append(kind.apparel() ? "adult" : "").append('\t')
                .append(yesNo[0]).append('\t')
                .append(kind.adult() ? yesNo[0] : yesNo[1]).append('\t')
                .append(random.nextInt(151)).append('\t')
                .append(kind.taxRate()).append('\t')
                .append(DELIVERY[random.nextInt(DELIVERY.length)]);
        return lines;
    }

    private String description() {
        String blurb = BLURBS.get(language);
        int pick = random.nextInt(100);
        if (pick < 5) {
            // a line break inside the value: only legal quoted
            return quote(blurb + "\n" + DETAILS.get(language));
        }
        if (pick < 7) {
            // a tab inside the value, from a copy-paste: only legal quoted
            return quote(blurb + "\t" + DETAILS.get(language));
        }
        return pick < 40 ? blurb + " " + DETAILS.get(language) : blurb;
    }

    private String price(long cents) {
        String amount = String.format(Locale.ROOT, "%d.%02d", cents / 100, cents % 100);
        return switch (random.nextInt(language.equals("en") ? 3 : 4)) {
            case 0 -> amount + " EUR";
            case 1 -> "EUR " + amount;
            case 2 -> amount;
            default -> amount.replace('.', ',') + " EUR";
        };
    }

    /** A random EAN-13 with its GS1 check digit. */
    private String gtin() {
        StringBuilder digits = new StringBuilder(13);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            int d = random.nextInt(10);
            digits.append(d);
            sum += d * (i % 2 == 0 ? 1 : 3);
        }
        return digits.append((10 - sum % 10) % 10).toString();
    }

    private static String quote(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static final class Counting extends FilterOutputStream {

        long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
