package com.wizamart.resilience.support;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Letzshop product feeds (tab-separated, as the marketplace publishes them) generated to disk. */
public final class LetzshopFeed {

    public static final String HEADER = "id\ttitle\tdescription\tlink\timage_link\tadditional_image_link\tavailability\t"
            + "price\tsale_price\tbrand\tgtin\tmpn\tcondition\tgoogle_product_category\tproduct_type\titem_group_id\t"
            + "color\tsize\tgender\tage_group\tidentifier_exists\tadult\tquantity\ttax_rate\tdelivery_method";

    private LetzshopFeed() {
    }

    /**
     * Writes {@code rows} valid, distinct products with ids {@code prefix-1..n}.
     *
     * @param priceOffset added to every price (a second feed with another offset changes every product).
     */
    public static Path write(Path file, String prefix, int rows, int priceOffset) {
        try {
            Files.createDirectories(file.getParent());
            try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                out.write(HEADER);
                out.write('\n');
                for (int i = 1; i <= rows; i++) {
                    out.write(prefix + "-" + i + "\tProduct " + i + "\tA fine product, number " + i
                            + ", described at some length so the row has a realistic size.\thttps://shop.example/p/"
                            + i + "\thttps://img.example/" + i + ".jpg\t\tin_stock\t" + (10 + priceOffset + i % 90)
                            + ".50 EUR\t\tBrand " + (i % 7) + "\t\t\tnew\t\t\t\t\t\t\t\tno\tno\t" + (i % 50)
                            + "\t17\tpackage_delivery\n");
                }
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
