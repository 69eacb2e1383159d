package com.wizamart.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Feed files for tests: the shared samples, and generated ones. */
public final class Feeds {

    public static final String HEADER = "id\ttitle\tdescription\tlink\timage_link\tadditional_image_link\tavailability\t"
            + "price\tsale_price\tbrand\tgtin\tmpn\tcondition\tgoogle_product_category\tproduct_type\titem_group_id\t"
            + "color\tsize\tgender\tage_group\tidentifier_exists\tadult\tquantity\ttax_rate\tdelivery_method";

    private Feeds() {
    }

    /** A sample feed shipped with the demo data (same as shared/data). */
    public static byte[] sample(String language) {
        try (var in = Feeds.class.getResourceAsStream("/demo/feeds/letzshop/" + language + ".tsv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code rows} valid products with ids {@code prefix-1..n}; {@code priceOffset} changes every price. */
    public static byte[] generated(String prefix, int rows, int priceOffset) {
        StringBuilder feed = new StringBuilder(HEADER).append('\n');
        for (int i = 1; i <= rows; i++) {
            feed.append(prefix).append('-').append(i).append("\tProduct ").append(i).append("\tA fine product ")
                    .append(i).append("\thttps://shop.example/p/").append(i).append("\thttps://img.example/").append(i)
                    .append(".jpg\t\tin_stock\t").append(10 + priceOffset + i % 90).append(".50 EUR\t\tBrand ")
                    .append(i % 7).append("\t\t\tnew\t\t\t\t\t\t\t\tno\tno\t").append(i % 50).append("\t17\tpackage_delivery\n");
        }
        return feed.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** One TSV line in {@link #HEADER}'s column order from the given cells (others empty). */
    public static String line(java.util.Map<String, String> cells) {
        StringBuilder line = new StringBuilder();
        String[] columns = HEADER.split("\t");
        for (int i = 0; i < columns.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            line.append(cells.getOrDefault(columns[i], ""));
        }
        return line.toString();
    }

    public static byte[] text(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }

    public static Path write(Path dir, String name, byte[] content) throws IOException {
        Files.createDirectories(dir);
        return Files.write(dir.resolve(name), content);
    }
}
