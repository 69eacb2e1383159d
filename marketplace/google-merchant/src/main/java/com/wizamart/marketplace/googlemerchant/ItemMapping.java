package com.wizamart.marketplace.googlemerchant;

import static com.wizamart.marketplace.googlemerchant.GoogleAttribute.ADDITIONAL_IMAGE_LINK;
import static com.wizamart.marketplace.googlemerchant.GoogleAttribute.ADULT;
import static com.wizamart.marketplace.googlemerchant.GoogleAttribute.AGE_GROUP;
import static com.wizamart.marketplace.googlemerchant.GoogleAttribute.AVAILABILITY;
import static com.wizamart.marketplace.googlemerchant.GoogleAttribute.BRAND;
import static com.wizamart.marketplace.googlemerchant.GoogleAttribute.COLOR;
import static com.wizamart.marketplace.googlemerchant.GoogleAttribute.CONDITION;
import static com.wizamart.marketplace.googlemerchant.GoogleAttribute.DESCRIPTION;
import static com.wizamart.marketplace.googlemerchant.GoogleAttribute.GENDER;
import static com.wizamart.marketplace.googlemerchant.GoogleAttribute.GOOGLE_PRODUCT_CATEGORY;
import static com.wizamart.marketplace.googlemerchant.GoogleAttribute.GTIN;
import static com.wizamart.marketplace.googlemerchant.GoogleAttribute.ID;
import static com.wizamart.marketplace.googlemerchant.GoogleAttribute.IDENTIFIER_EXISTS;
import static com.wizamart.marketplace.googlemerchant.GoogleAttribute.IMAGE_LINK;
import static com.wizamart.marketplace.googlemerchant.GoogleAttribute.ITEM_GROUP_ID;
import static com.wizamart.marketplace.googlemerchant.GoogleAttribute.LINK;
import static com.wizamart.marketplace.googlemerchant.GoogleAttribute.MPN;
import static com.wizamart.marketplace.googlemerchant.GoogleAttribute.PRICE;
import static com.wizamart.marketplace.googlemerchant.GoogleAttribute.PRODUCT_TYPE;
import static com.wizamart.marketplace.googlemerchant.GoogleAttribute.SALE_PRICE;
import static com.wizamart.marketplace.googlemerchant.GoogleAttribute.SELL_ON_GOOGLE_QUANTITY;
import static com.wizamart.marketplace.googlemerchant.GoogleAttribute.SHIPPING_WEIGHT;
import static com.wizamart.marketplace.googlemerchant.GoogleAttribute.SIZE;
import static com.wizamart.marketplace.googlemerchant.GoogleAttribute.TITLE;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.wizamart.marketplace.spi.Amount;
import com.wizamart.marketplace.spi.Attribute;
import com.wizamart.marketplace.spi.FeedProduct;
import com.wizamart.marketplace.spi.FeedRecord;
import com.wizamart.marketplace.spi.FeedRowError;
import com.wizamart.marketplace.spi.KnownRecords;
import com.wizamart.marketplace.spi.UnchangedRecord;
import com.wizamart.marketplace.spi.StagedField;
import com.wizamart.marketplace.spi.values.Amounts;
import com.wizamart.marketplace.spi.values.Availabilities;
import com.wizamart.marketplace.spi.values.Flags;
import com.wizamart.marketplace.spi.values.Gtins;
import com.wizamart.marketplace.spi.values.InvalidValue;
import com.wizamart.marketplace.spi.values.Links;
import com.wizamart.marketplace.spi.values.Numbers;
import com.wizamart.marketplace.spi.values.ValueParser;

/**
 * Turns one item's values into a product or a row error, the same for every format. What identifies or prices a
 * product (id, title, price) rejects the item when missing or malformed; a malformed optional value is dropped with a
 * warning, and the product is imported without it. Prices name their currency ({@code 15.00 EUR}), as Google
 * requires.
 *
 * <h2>Attributes of this adapter</h2>
 * <ul>
 *   <li>{@code shipping} (text): every shipping entry of the item in Google's text-feed form,
 *       {@code country:region:service:price}, followed by {@code :min_handling_time:max_handling_time:
 *       min_transit_time:max_transit_time} when the entry gives any of those, entries joined by {@code ,}; e.g.
 *       {@code LU::Standard:4.95 EUR,DE:BE:Express:9.90 EUR:1:2:1:3}. The region slot holds the region, postal code,
 *       location id or location group name, whichever the entry gives; prices are normalized to two decimals and the
 *       currency. An entry without a valid price is dropped with a warning.</li>
 *   <li>{@code shipping_weight} (number) and {@code shipping_weight_unit} (text: {@code kg}, {@code g}, {@code lb},
 *       {@code oz}): Google's {@code shipping_weight}, e.g. {@code 2 kg}.</li>
 * </ul>
 * The well-known attributes colour, size, gender, age group, Google product category, identifier-exists and adult
 * come from the attributes of the same names; {@code sell_on_google_quantity} is the quantity.
 */
final class ItemMapping {

    static final Attribute<String> SHIPPING = Attribute.text("shipping");
    static final Attribute<BigDecimal> SHIPPING_WEIGHT_VALUE = Attribute.number("shipping_weight");
    static final Attribute<String> SHIPPING_WEIGHT_UNIT = Attribute.text("shipping_weight_unit");

    /** What this adapter's feeds fill: product fields and attributes by their SPI names. */
    static final Set<String> FIELDS = Set.of("id", "title", "description", "link", "image_link",
            "additional_image_link", "availability", "price", "sale_price", "brand", "gtin", "mpn", "condition",
            "product_type", "item_group_id", "quantity", Attribute.GOOGLE_PRODUCT_CATEGORY.name(),
            Attribute.COLOR.name(), Attribute.SIZE.name(), Attribute.GENDER.name(), Attribute.AGE_GROUP.name(),
            Attribute.IDENTIFIER_EXISTS.name(), Attribute.ADULT.name(), SHIPPING.name(), SHIPPING_WEIGHT_VALUE.name(),
            SHIPPING_WEIGHT_UNIT.name());

    private static final Set<String> CONDITIONS = Set.of("new", "refurbished", "used");
    private static final Pattern WEIGHT = Pattern.compile("([0-9]+(?:[.,][0-9]+)?)\\s*(kg|g|lb|oz)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern DAYS = Pattern.compile("[0-9]{1,3}");
    /** The sub-attributes of a shipping entry, in the order of Google's text form. */
    static final List<String> SHIPPING_ORDER = List.of("country", "region", "service", "price", "min_handling_time",
            "max_handling_time", "min_transit_time", "max_transit_time");
    private static final List<String> DELIVERY_AREAS = List.of("region", "postal_code", "location_id",
            "location_group_name");

    private ItemMapping() {
    }

    /**
     * @param position where the item starts ({@link FeedRecord#position()}).
     * @param raw      what the source said for the item, by the SPI's naming convention.
     */
    static FeedRecord map(long position, ItemValues item, Map<String, String> raw, KnownRecords known) {
        String id = item.text(ID);
        if (id != null && known.holds(id, raw)) {
            return new UnchangedRecord(position, id);
        }
        FeedProduct.Builder product = FeedProduct.at(position).id(id).title(item.text(TITLE)).raw(raw);
        ItemValues.Value priceValue = item.first(PRICE);
        Amount price = null;
        if (priceValue != null) {
            try {
                price = Amounts.parse(priceValue.text(), null);
            } catch (InvalidValue e) {
                return new FeedRowError(position, priceValue.source(), priceValue.text(), "price: " + e.getMessage()
                        + (id == null ? "" : " (product " + id + ")"));
            }
        }
        product.price(price)
                .description(item.text(DESCRIPTION))
                .link(optional(product, item, LINK, Links::parse))
                .imageLink(optional(product, item, IMAGE_LINK, Links::parse))
                .additionalImages(additionalImages(product, item))
                .availability(optional(product, item, AVAILABILITY, Availabilities::parse))
                .brand(item.text(BRAND))
                .gtin(optional(product, item, GTIN, Gtins::parse))
                .mpn(item.text(MPN))
                .condition(optional(product, item, CONDITION, ItemMapping::condition))
                .productType(item.text(PRODUCT_TYPE))
                .itemGroupId(item.text(ITEM_GROUP_ID))
                .quantity(optional(product, item, SELL_ON_GOOGLE_QUANTITY, Numbers::quantity))
                .attribute(Attribute.GOOGLE_PRODUCT_CATEGORY, item.text(GOOGLE_PRODUCT_CATEGORY))
                .attribute(Attribute.COLOR, item.text(COLOR))
                .attribute(Attribute.SIZE, item.text(SIZE))
                .attribute(Attribute.GENDER, item.text(GENDER))
                .attribute(Attribute.AGE_GROUP, item.text(AGE_GROUP))
                .attribute(Attribute.IDENTIFIER_EXISTS, optional(product, item, IDENTIFIER_EXISTS, Flags::parse))
                .attribute(Attribute.ADULT, optional(product, item, ADULT, Flags::parse))
                .attribute(SHIPPING, shipping(product, item));
        Weight weight = optional(product, item, SHIPPING_WEIGHT, ItemMapping::weight);
        if (weight != null) {
            product.attribute(SHIPPING_WEIGHT_VALUE, weight.value()).attribute(SHIPPING_WEIGHT_UNIT, weight.unit());
        }
        if (price != null) {
            product.salePrice(salePrice(product, item, price));
        }
        return product.build();
    }

    private static Amount salePrice(FeedProduct.Builder product, ItemValues item, Amount price) {
        ItemValues.Value value = item.first(SALE_PRICE);
        Amount sale = value == null ? null
                : product.optional(value.source(), value.text(), text -> Amounts.parse(text, null));
        if (sale == null) {
            return null;
        }
        if (!sale.currency().equals(price.currency())) {
            product.warning(value.source(), value.text(), value.source() + " is in " + sale.currency()
                    + " but the price in " + price.currency() + "; ignored");
            return null;
        }
        if (sale.amount().compareTo(price.amount()) > 0) {
            product.warning(value.source(), value.text(), value.source() + " is higher than the price ("
                    + price.amount().toPlainString() + " " + price.currency() + "); ignored");
            return null;
        }
        return sale;
    }

    /** Each link in order; malformed ones are left out with one warning, more than Google's ten with another. */
    private static List<String> additionalImages(FeedProduct.Builder product, ItemValues item) {
        List<ItemValues.Value> values = item.all(ADDITIONAL_IMAGE_LINK);
        if (values.isEmpty()) {
            return List.of();
        }
        List<String> links = new ArrayList<>(values.size());
        List<String> malformed = new ArrayList<>(0);
        for (ItemValues.Value value : values) {
            try {
                links.add(Links.parse(value.text()));
            } catch (InvalidValue e) {
                malformed.add(value.text());
            }
        }
        String source = values.getFirst().source();
        if (!malformed.isEmpty()) {
            product.warning(source, String.join(",", malformed), source + ": " + (malformed.size() == 1
                    ? "1 link is" : malformed.size() + " links are") + " not an http(s) URL; left out");
        }
        int max = StagedField.MAX_ADDITIONAL_IMAGES;
        if (links.size() > max) {
            product.warning(source, String.join(",", links.subList(max, links.size())), "more than " + max
                    + " additional images (" + links.size() + "); kept the first " + max);
            return List.copyOf(links.subList(0, max));
        }
        return links;
    }

    /** The item's shipping entries in Google's text form (see the class comment), or {@literal null}. */
    private static String shipping(FeedProduct.Builder product, ItemValues item) {
        StringBuilder text = new StringBuilder();
        for (ItemValues.ShippingEntry entry : item.shipping()) {
            try {
                String one = shippingEntry(entry.parts());
                text.append(text.isEmpty() ? "" : ",").append(one);
            } catch (InvalidValue e) {
                product.warning(entry.source(), entry.asWritten(), entry.source() + ": " + e.getMessage()
                        + "; this shipping entry is ignored");
            }
        }
        return text.isEmpty() ? null : text.toString();
    }

    static String shippingEntry(Map<String, String> parts) throws InvalidValue {
        if (parts.containsKey(ShippingText.UNEXPECTED)) {
            throw new InvalidValue("more parts than country:region:service:price and the four handling and "
                    + "transit times");
        }
        String country = part(parts, "country");
        if (!country.isEmpty() && !COUNTRY.matcher(country).matches()) {
            throw new InvalidValue("the country is not an ISO 3166 code such as LU or DE");
        }
        String area = "";
        for (String name : DELIVERY_AREAS) {
            if (area.isEmpty()) {
                area = part(parts, name);
            }
        }
        String priceText = part(parts, "price");
        if (priceText.isEmpty()) {
            throw new InvalidValue("the price is missing");
        }
        Amount price = Amounts.parse(priceText, null);
        StringBuilder entry = new StringBuilder().append(country.toUpperCase(Locale.ROOT)).append(':').append(area)
                .append(':').append(part(parts, "service")).append(':').append(price.amount().toPlainString())
                .append(' ').append(price.currency());
        List<String> times = SHIPPING_ORDER.subList(4, SHIPPING_ORDER.size());
        if (times.stream().anyMatch(t -> !part(parts, t).isEmpty())) {
            for (String time : times) {
                String days = part(parts, time);
                if (!days.isEmpty() && !DAYS.matcher(days).matches()) {
                    throw new InvalidValue(time + " is not a number of days");
                }
                entry.append(':').append(days);
            }
        }
        return entry.toString();
    }

    private static String part(Map<String, String> parts, String name) {
        String value = parts.get(name);
        return value == null ? "" : value.strip();
    }

    private static String condition(String text) throws InvalidValue {
        String condition = text.strip().toLowerCase(Locale.ROOT);
        if (!CONDITIONS.contains(condition)) {
            throw new InvalidValue("expected new, refurbished or used");
        }
        return condition;
    }

    record Weight(BigDecimal value, String unit) {
    }

    static Weight weight(String text) throws InvalidValue {
        Matcher m = WEIGHT.matcher(text.strip());
        if (!m.matches()) {
            throw new InvalidValue("expected a number and a unit (kg, g, lb or oz), e.g. 2 kg");
        }
        return new Weight(new BigDecimal(m.group(1).replace(',', '.')), m.group(2).toLowerCase(Locale.ROOT));
    }

    private static <T> T optional(FeedProduct.Builder product, ItemValues item, GoogleAttribute attribute,
                                  ValueParser<T> parser) {
        ItemValues.Value value = item.first(attribute);
        return value == null ? null : product.optional(value.source(), value.text(), parser);
    }
}
