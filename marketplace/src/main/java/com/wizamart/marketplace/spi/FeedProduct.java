package com.wizamart.marketplace.spi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.wizamart.marketplace.spi.values.InvalidValue;
import com.wizamart.marketplace.spi.values.ValueParser;

/**
 * A product as a feed describes it, normalized, in marketplace-neutral fields; built with {@link #at(long)}. Texts
 * are in the feed's language; facts (price, stock, GTIN, attributes) are language-independent and the latest import
 * wins. Each value has a limit ({@link StagedField}); the importer makes a product with a value beyond its limit a row
 * error (or drops an optional value with a warning), so an adapter need not check them.
 *
 * <h2>Fields</h2>
 * {@code id} (the product's id at the marketplace, the staging key with vendor and marketplace), {@code title} and
 * {@code price} are required: {@link Builder#build()} makes a record without one of them a {@link FeedRowError}
 * naming it. The rest are optional: {@code description} (may hold HTML), {@code link}, {@code image_link},
 * {@code additional_image_link} (in order), {@code availability}, {@code sale_price}, {@code brand}, {@code gtin}
 * (one whose check digit is valid), {@code mpn}, {@code condition}, {@code item_group_id} (variants of one product
 * share it), {@code product_type} (the marketplace's category path, {@code A > B > C}), {@code quantity} (units in
 * stock) and {@code tax_rate} (VAT percent).
 *
 * <h2>Attributes</h2>
 * Values that only some marketplaces have go to {@link #attributes()}, a typed map keyed by {@link Attribute}
 * (well-known: colour, size, gender, age group, Google's category, identifier-exists, adult, delivery method; an
 * adapter declares its own, e.g. {@code shipping_weight}).
 *
 * <h2>Raw values</h2>
 * {@link #raw()} keeps what the source said for this record, every value as text, unknown ones included, so that
 * nothing a vendor sent is lost. Keys are the source's own names, in source order:
 * <ul>
 *   <li>text formats (CSV, TSV): the header's column name as found ({@code column <n>} for an unnamed column
 *       holding a value);</li>
 *   <li>XML formats: the element's name as written, prefix included ({@code g:price}); a nested element is the path
 *       of names below the record's element joined with {@code /} ({@code g:shipping/g:country}); the second and
 *       later occurrences of a repeated element get {@code [n]}, counting from 1 ({@code g:additional_image_link},
 *       {@code g:additional_image_link[2]}, ...; {@code g:shipping[2]/g:country}); an XML attribute is its element's
 *       key, {@code @} and its name ({@code g:price@unit}). Values are the element's text content, trimmed of the
 *       whitespace that only indents it.</li>
 * </ul>
 */
public final class FeedProduct implements FeedRecord {

    private final long position;
    private final String externalId;
    private final String title;
    private final String description;
    private final String link;
    private final String imageLink;
    private final List<String> additionalImages;
    private final FeedAvailability availability;
    private final Amount price;
    private final Amount salePrice;
    private final String brand;
    private final String gtin;
    private final String mpn;
    private final String condition;
    private final String itemGroupId;
    private final String productType;
    private final Integer quantity;
    private final BigDecimal taxRate;
    private final Attributes attributes;
    private final Map<String, String> raw;
    private final List<FeedRowError> warnings;

    private FeedProduct(Builder b) {
        position = b.position;
        externalId = b.externalId;
        title = b.title;
        description = b.description;
        link = b.link;
        imageLink = b.imageLink;
        additionalImages = List.copyOf(b.additionalImages);
        availability = b.availability;
        price = b.price;
        salePrice = b.salePrice;
        brand = b.brand;
        gtin = b.gtin;
        mpn = b.mpn;
        condition = b.condition;
        itemGroupId = b.itemGroupId;
        productType = b.productType;
        quantity = b.quantity;
        taxRate = b.taxRate;
        attributes = b.attributes.build();
        raw = b.raw.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(b.raw));
        warnings = b.warnings.isEmpty() ? List.of() : b.warnings.stream().map(FeedRowError::asWarning).toList();
    }

    /** Starts a product found at this position of the source ({@link FeedRecord#position()}). */
    public static Builder at(long position) {
        return new Builder(position);
    }

    /** A builder holding every value of this product, to change some. */
    public Builder toBuilder() {
        Builder b = new Builder(position).id(externalId).title(title).description(description).link(link)
                .imageLink(imageLink).additionalImages(additionalImages).availability(availability).price(price)
                .salePrice(salePrice).brand(brand).gtin(gtin).mpn(mpn).condition(condition).itemGroupId(itemGroupId)
                .productType(productType).quantity(quantity).taxRate(taxRate).raw(raw);
        b.attributes.putAll(attributes);
        b.warnings.addAll(warnings);
        return b;
    }

    @Override
    public long position() { return position; }

    public String externalId() { return externalId; }

    public String title() { return title; }

    public String description() { return description; }

    public String link() { return link; }

    public String imageLink() { return imageLink; }

    public List<String> additionalImages() { return additionalImages; }

    public FeedAvailability availability() { return availability; }

    public Amount price() { return price; }

    public Amount salePrice() { return salePrice; }

    public String brand() { return brand; }

    public String gtin() { return gtin; }

    public String mpn() { return mpn; }

    public String condition() { return condition; }

    public String itemGroupId() { return itemGroupId; }

    public String productType() { return productType; }

    public Integer quantity() { return quantity; }

    public BigDecimal taxRate() { return taxRate; }

    /** The value of one attribute, or {@literal null}. */
    public <T> T attribute(Attribute<T> attribute) { return attributes.get(attribute); }

    public Attributes attributes() { return attributes; }

    /** What the source said, by the source's names (see the class comment for the convention). */
    public Map<String, String> raw() { return raw; }

    /**
     * Optional values that were dropped because they were malformed or beyond their limit (the record is still
     * imported without them); each one a {@link FeedRowError.Severity#WARNING}.
     */
    public List<FeedRowError> warnings() { return warnings; }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeedProduct p && position == p.position && externalId.equals(p.externalId)
                && title.equals(p.title) && Objects.equals(description, p.description) && Objects.equals(link, p.link)
                && Objects.equals(imageLink, p.imageLink) && additionalImages.equals(p.additionalImages)
                && availability == p.availability && price.equals(p.price) && Objects.equals(salePrice, p.salePrice)
                && Objects.equals(brand, p.brand) && Objects.equals(gtin, p.gtin) && Objects.equals(mpn, p.mpn)
                && Objects.equals(condition, p.condition) && Objects.equals(itemGroupId, p.itemGroupId)
                && Objects.equals(productType, p.productType) && Objects.equals(quantity, p.quantity)
                && Objects.equals(taxRate, p.taxRate) && attributes.equals(p.attributes) && raw.equals(p.raw)
                && warnings.equals(p.warnings);
    }

    @Override
    public int hashCode() {
        return Objects.hash(position, externalId, title, price);
    }

    @Override
    public String toString() {
        return "FeedProduct[position=" + position + ", id=" + externalId + ", title=" + title + ", price=" + price
                + ", attributes=" + attributes + ", warnings=" + warnings.size() + "]";
    }

    /**
     * Collects a product's values. Setters take {@literal null} for "the feed does not say". {@link #build()} checks
     * the required fields.
     */
    public static final class Builder {

        private final long position;
        private String externalId;
        private String title;
        private String description;
        private String link;
        private String imageLink;
        private List<String> additionalImages = List.of();
        private FeedAvailability availability;
        private Amount price;
        private Amount salePrice;
        private String brand;
        private String gtin;
        private String mpn;
        private String condition;
        private String itemGroupId;
        private String productType;
        private Integer quantity;
        private BigDecimal taxRate;
        private final Attributes.Builder attributes = Attributes.builder();
        private Map<String, String> raw = Map.of();
        private final List<FeedRowError> warnings = new ArrayList<>(0);

        private Builder(long position) {
            if (position < 1) {
                throw new IllegalArgumentException("position must be >= 1");
            }
            this.position = position;
        }

        public long position() { return position; }

        public Builder id(String externalId) { this.externalId = externalId; return this; }

        public Builder title(String title) { this.title = title; return this; }

        public Builder description(String description) { this.description = description; return this; }

        public Builder link(String link) { this.link = link; return this; }

        public Builder imageLink(String imageLink) { this.imageLink = imageLink; return this; }

        public Builder additionalImages(List<String> links) {
            this.additionalImages = links == null ? List.of() : links;
            return this;
        }

        public Builder availability(FeedAvailability availability) { this.availability = availability; return this; }

        public Builder price(Amount price) { this.price = price; return this; }

        public Builder salePrice(Amount salePrice) { this.salePrice = salePrice; return this; }

        public Builder brand(String brand) { this.brand = brand; return this; }

        public Builder gtin(String gtin) { this.gtin = gtin; return this; }

        public Builder mpn(String mpn) { this.mpn = mpn; return this; }

        public Builder condition(String condition) { this.condition = condition; return this; }

        public Builder itemGroupId(String itemGroupId) { this.itemGroupId = itemGroupId; return this; }

        public Builder productType(String productType) { this.productType = productType; return this; }

        public Builder quantity(Integer quantity) { this.quantity = quantity; return this; }

        public Builder taxRate(BigDecimal taxRate) { this.taxRate = taxRate; return this; }

        /** Sets an attribute; {@literal null} removes it. */
        public <T> Builder attribute(Attribute<T> attribute, T value) {
            attributes.put(attribute, value);
            return this;
        }

        Builder withoutAttribute(String name) {
            attributes.remove(name);
            return this;
        }

        /** What the source said for this record (see {@link FeedProduct} for the naming convention). */
        public Builder raw(Map<String, String> raw) {
            this.raw = raw == null ? Map.of() : raw;
            return this;
        }

        /** Records that an optional value was dropped (made a {@link FeedRowError.Severity#WARNING}). */
        public Builder warning(String field, String value, String message) {
            warnings.add(FeedRowError.warning(position, field, value, message));
            return this;
        }

        /**
         * Reads an optional value: {@literal null} for a {@literal null} or blank text; the parsed value; or, when
         * the parser finds it invalid, {@literal null} and a warning naming the field, the value and the parser's
         * message (the product is imported without it).
         */
        public <T> T optional(String field, String text, ValueParser<T> parser) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return parser.parse(text);
            } catch (InvalidValue e) {
                warning(field, text, field + ": " + e.getMessage() + "; ignored");
                return null;
            }
        }

        /**
         * The product, or the row error that takes its place when a required field (id, title, price) is missing or
         * blank: the error names the first missing field (and the id, when there is one).
         */
        public FeedRecord build() {
            if (externalId == null || externalId.isBlank()) {
                return new FeedRowError(position, StagedField.ID.fieldName(), null, "id is missing");
            }
            if (title == null || title.isBlank()) {
                return new FeedRowError(position, StagedField.TITLE.fieldName(), null,
                        "title is missing (product " + externalId + ")");
            }
            if (price == null) {
                return new FeedRowError(position, StagedField.PRICE_CURRENCY.fieldName(), null,
                        "price is missing (product " + externalId + ")");
            }
            return new FeedProduct(this);
        }

        /**
         * The product, for code that has set the required fields.
         *
         * @throws IllegalStateException when a required field is missing.
         */
        public FeedProduct product() {
            FeedRecord record = build();
            if (record instanceof FeedRowError error) {
                throw new IllegalStateException(error.message());
            }
            return (FeedProduct) record;
        }
    }
}
