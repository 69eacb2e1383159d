package com.wizamart.marketplace.adapter.out.persistence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.UUID;

import com.wizamart.marketplace.application.port.in.StagedProductDetail.Change;

/**
 * The changes of a staged product's latest changing import, from the former values staging keeps (each in a
 * one-element array, by column: {@code {"price_amount": [10.50]}}) and the values it holds now, which that import
 * staged.
 */
final class LastChanges {

    /** The staging columns of facts by the detail's names, in the order the changes are listed. */
    static final Map<String, String> FACT_FIELDS = facts();

    private LastChanges() {
    }

    private static Map<String, String> facts() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("price_amount", "price");
        fields.put("price_currency", "currency");
        fields.put("sale_amount", "salePrice");
        fields.put("sale_currency", "saleCurrency");
        fields.put("quantity", "quantity");
        fields.put("availability", "availability");
        fields.put("tax_rate", "taxRate");
        fields.put("brand", "brand");
        fields.put("gtin", "gtin");
        fields.put("mpn", "mpn");
        fields.put("condition", "condition");
        fields.put("product_type", "productType");
        fields.put("item_group_id", "itemGroupId");
        fields.put("link", "link");
        fields.put("image_link", "imageLink");
        fields.put("additional_images", "additionalImages");
        return fields;
    }

    /**
     * The facts' changes.
     *
     * @param former  the former values by column, as staging keeps them; {@literal null} when no import changed them.
     * @param current the values now by column (the detail's values; {@code attributes} as a map).
     * @param jobId   the import that changed them.
     */
    static List<Change> ofFacts(Map<String, Object> former, Map<String, Object> current, UUID jobId) {
        List<Change> changes = new ArrayList<>();
        if (former == null || jobId == null) {
            return changes;
        }
        FACT_FIELDS.forEach((column, field) -> {
            if (former.containsKey(column)) {
                changes.add(new Change(field, null, valueOf(former.get(column)), current.get(column), jobId));
            }
        });
        if (former.containsKey("attributes")) {
            Map<?, ?> before = valueOf(former.get("attributes")) instanceof Map<?, ?> map ? map : Map.of();
            Map<?, ?> after = current.get("attributes") instanceof Map<?, ?> map ? map : Map.of();
            TreeSet<String> names = new TreeSet<>();
            before.keySet().forEach(k -> names.add(String.valueOf(k)));
            after.keySet().forEach(k -> names.add(String.valueOf(k)));
            for (String name : names) {
                Object from = before.get(name);
                Object to = after.get(name);
                if (!sameValue(from, to)) {
                    changes.add(new Change("attributes." + name, null, from, to, jobId));
                }
            }
        }
        return changes;
    }

    /**
     * One language's text changes.
     *
     * @param former the former title and description, as staging keeps them; {@literal null} when no import changed
     *               them.
     */
    static List<Change> ofTexts(String language, Map<String, Object> former, String title, String description,
                                UUID jobId) {
        List<Change> changes = new ArrayList<>();
        if (former == null || jobId == null) {
            return changes;
        }
        if (former.containsKey("title")) {
            changes.add(new Change("title", language, valueOf(former.get("title")), title, jobId));
        }
        if (former.containsKey("description")) {
            changes.add(new Change("description", language, valueOf(former.get("description")), description, jobId));
        }
        return changes;
    }

    private static Object valueOf(Object wrapped) {
        return wrapped instanceof List<?> list && !list.isEmpty() ? list.getFirst() : null;
    }

    /** JSON numbers read back as Integer, Long or BigDecimal alike: 2 and 2.0 are one value. */
    private static boolean sameValue(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return new java.math.BigDecimal(x.toString()).compareTo(new java.math.BigDecimal(y.toString())) == 0;
        }
        return Objects.equals(a, b);
    }
}
