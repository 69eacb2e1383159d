package com.wizamart.catalog.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The fields of a product that field changes, locks, rejected values and {@code ProductUpdated} events name. Texts
 * are per language: {@link #NAME_FR}, {@link #DESCRIPTION_DE}. Outside the domain (JSON, the database, events) a
 * field is named by its {@link #key()}: {@code price}, {@code name.fr}.
 *
 * <p>A field an import fills can be <em>locked</em> ({@link #lockable()}): a later import never overwrites it.
 * Editing such a field by hand locks it. {@link #CURRENCY} follows the {@link #PRICE} lock; {@link #SKU},
 * {@link #TAX_CATEGORY}, {@link #ACTIVE} and {@link #FEATURED} are the vendor's alone (imports never touch them), so
 * they have no lock.
 *
 * <p>Each field reads its value off a product as text, the form of {@link FieldChange}: amounts with two decimals,
 * image lists one URL per line, {@literal null} for none.
 */
public enum ProductField {

    SKU("sku", Kind.OTHER, Lock.NONE, Product::sku),
    PRICE("price", Kind.PRICE, Lock.OWN, p -> Prices.text(p.price())),
    /** Guarded by the {@link #PRICE} lock: a price is read in its currency. */
    CURRENCY("currency", Kind.PRICE, Lock.PRICE, Product::currency),
    SALE_PRICE("salePrice", Kind.PRICE, Lock.OWN, p -> Prices.text(p.salePrice())),
    TAX_RATE("taxRate", Kind.OTHER, Lock.OWN, p -> Prices.text(p.taxRate())),
    /** The VAT category; the vendor's alone (feeds carry none), so it has no lock. */
    TAX_CATEGORY("taxCategory", Kind.OTHER, Lock.NONE, p -> p.taxCategory().name()),
    BRAND("brand", Kind.OTHER, Lock.OWN, Product::brand),
    GTIN("gtin", Kind.OTHER, Lock.OWN, Product::gtin),
    IMAGES("images", Kind.OTHER, Lock.OWN, p -> imagesText(p.images())),
    CATEGORY_PATH("categoryPath", Kind.OTHER, Lock.OWN, Product::categoryPath),
    /** The feed's (or the vendor's) {@link Availability}. */
    AVAILABILITY("availability", Kind.OTHER, Lock.OWN, p -> p.availability().name()),
    /** The stock the feed gives ({@link Product#sourceQuantity()}); applied through inventory. */
    QUANTITY("quantity", Kind.STOCK, Lock.OWN, p -> p.sourceQuantity() == null ? null
            : p.sourceQuantity().toString()),
    ACTIVE("active", Kind.OTHER, Lock.NONE, p -> Boolean.toString(p.active())),
    FEATURED("featured", Kind.OTHER, Lock.NONE, p -> Boolean.toString(p.featured())),
    NAME_EN("en", Kind.TITLE),
    DESCRIPTION_EN("en", Kind.DESCRIPTION),
    NAME_FR("fr", Kind.TITLE),
    DESCRIPTION_FR("fr", Kind.DESCRIPTION),
    NAME_DE("de", Kind.TITLE),
    DESCRIPTION_DE("de", Kind.DESCRIPTION);

    /** What a change is about, for the summaries of imports. */
    public enum Kind { PRICE, TITLE, DESCRIPTION, STOCK, OTHER }

    /** Which lock guards a field: none, its own, or the price's. */
    private enum Lock { NONE, OWN, PRICE }

    private static final Map<String, ProductField> BY_KEY = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ProductField::key, Function.identity()));

    /** Every lockable field in the order the API lists them: facts first, then names, then descriptions. */
    private static final List<ProductField> LOCKABLE = List.of(PRICE, SALE_PRICE, TAX_RATE, BRAND, GTIN, IMAGES,
            CATEGORY_PATH, QUANTITY, AVAILABILITY, NAME_EN, NAME_FR, NAME_DE, DESCRIPTION_EN, DESCRIPTION_FR,
            DESCRIPTION_DE);

    /** Fields an edit may empty (names and descriptions besides: see {@link #clearable(String)}). */
    private static final Set<ProductField> CLEARABLE = EnumSet.of(SALE_PRICE, BRAND, GTIN, IMAGES, CATEGORY_PATH);

    private final String key;
    private final Kind kind;
    private final Lock lock;
    private final String language;
    private final Function<Product, String> reader;

    ProductField(String key, Kind kind, Lock lock, Function<Product, String> reader) {
        this.key = key;
        this.kind = kind;
        this.lock = lock;
        this.language = null;
        this.reader = reader;
    }

    /** A text in one language: a name or a description. */
    ProductField(String language, Kind kind) {
        boolean name = kind == Kind.TITLE;
        this.key = (name ? "name." : "description.") + language;
        this.kind = kind;
        this.lock = Lock.OWN;
        this.language = language;
        this.reader = name ? p -> p.ownName(language) : p -> p.ownDescription(language);
    }

    /** @return the field's name outside the domain (JSON, database, events): {@code salePrice}, {@code name.fr}. */
    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    /** @return the language of a name or description; {@literal null} for other fields. */
    public String language() {
        return language;
    }

    public boolean isName() {
        return kind == Kind.TITLE;
    }

    public boolean isDescription() {
        return kind == Kind.DESCRIPTION;
    }

    /** @return whether a lock may name this field (imports fill it). */
    public boolean lockable() {
        return lock == Lock.OWN;
    }

    /** @return the lock that guards this field, if any: its own, or the price's for the currency. */
    public Optional<ProductField> guardingLock() {
        return switch (lock) {
            case NONE -> Optional.empty();
            case OWN -> Optional.of(this);
            case PRICE -> Optional.of(PRICE);
        };
    }

    /** @return the fields this lock guards: itself, and the currency for the price; none for an unlockable field. */
    public Set<ProductField> guarded() {
        Set<ProductField> guarded = EnumSet.noneOf(ProductField.class);
        for (ProductField field : values()) {
            if (field.guardingLock().filter(this::equals).isPresent()) {
                guarded.add(field);
            }
        }
        return guarded;
    }

    /**
     * @param defaultLanguage the product's: its name cannot be emptied.
     * @return whether an edit may empty this field.
     */
    public boolean clearable(String defaultLanguage) {
        return CLEARABLE.contains(this) || isDescription() || isName() && !language.equals(defaultLanguage);
    }

    /** @return this field's value on the product, as text. */
    String valueOf(Product product) {
        return reader.apply(product);
    }

    /** @return the field a key names, if it names one. */
    public static Optional<ProductField> ofKey(String key) {
        return Optional.ofNullable(key == null ? null : BY_KEY.get(key));
    }

    /**
     * @return the field of a stored key.
     * @throws IllegalArgumentException when the key names no field.
     */
    public static ProductField stored(String key) {
        return ofKey(key).orElseThrow(() -> new IllegalArgumentException("Unknown product field " + key));
    }

    /** @return the keys of the fields, in the fields' order. */
    public static Set<String> keys(Collection<ProductField> fields) {
        Set<String> keys = new LinkedHashSet<>();
        fields.forEach(f -> keys.add(f.key));
        return keys;
    }

    /**
     * @return the name in {@code language}.
     * @throws IllegalArgumentException for a language the catalog does not hold texts in.
     */
    public static ProductField nameIn(String language) {
        return stored("name." + language);
    }

    /**
     * @return the description in {@code language}.
     * @throws IllegalArgumentException for a language the catalog does not hold texts in.
     */
    public static ProductField descriptionIn(String language) {
        return stored("description." + language);
    }

    /** @return every field a lock may name, in the order the API lists them. */
    public static List<ProductField> lockableFields() {
        return LOCKABLE;
    }

    /** @return the keys of {@link #lockableFields()}. */
    public static List<String> lockableKeys() {
        return Collections.unmodifiableList(new ArrayList<>(keys(LOCKABLE)));
    }

    static String imagesText(List<String> images) {
        return images == null || images.isEmpty() ? null : String.join("\n", images);
    }
}
