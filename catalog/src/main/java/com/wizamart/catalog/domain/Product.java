package com.wizamart.catalog.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;

import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;

/**
 * A product of a vendor's catalog: made by hand, or published from a staged marketplace product (its
 * {@link #source()}). A published product follows its feed: each import refreshes the fields the vendor did not
 * lock, and editing a field by hand locks it (see {@link ProductField}).
 *
 * <p>Invariants: a SKU; a name in the default language; a price, currency, tax rate and tax category; a sale price,
 * if any, not above the price; texts, images and codes within their limits; an {@link Availability}. New products
 * are priced in the shop's currency ({@link CatalogSettings#currency()}).
 */
public final class Product {

    public static final int MAX_SKU = 100;
    public static final int MAX_NAME = 500;
    public static final int MAX_DESCRIPTION = 20_000;
    public static final int MAX_BRAND = 200;
    public static final int MAX_CATEGORY_PATH = 500;
    public static final int MAX_IMAGES = 20;
    private static final int MAX_URL = 2_000;
    private static final Pattern GTIN = Pattern.compile("\\d{8}|\\d{12,14}");
    private static final Pattern SKU = Pattern.compile("[^\\p{Cntrl}]+");
    private static final Set<String> CLEARABLE = Set.of(ProductField.SALE_PRICE, ProductField.BRAND,
            ProductField.GTIN, ProductField.IMAGES, ProductField.CATEGORY_PATH);

    private final UUID id;
    private final UUID vendorId;
    private String sku;
    private String defaultLanguage;
    private final Map<String, String> names;
    private final Map<String, String> descriptions;
    private BigDecimal price;
    private BigDecimal salePrice;
    private String currency;
    private BigDecimal taxRate;
    private TaxCategory taxCategory;
    private String brand;
    private String gtin;
    private List<String> images;
    private String categoryPath;
    private boolean active;
    private boolean featured;
    private final ProductSource source;
    private Integer sourceQuantity;
    private final Set<String> lockedFields;
    private final Instant createdAt;
    private Instant updatedAt;
    private final Long version;
    private Availability availability;

    /** Rebuilds a stored product; new products come from {@link #create} or {@link #publish}. */
    public Product(UUID id, UUID vendorId, String sku, String defaultLanguage, Map<String, String> names,
                   Map<String, String> descriptions, BigDecimal price, BigDecimal salePrice, String currency,
                   BigDecimal taxRate, TaxCategory taxCategory, String brand, String gtin, List<String> images,
                   String categoryPath,
                   boolean active, boolean featured, ProductSource source, Integer sourceQuantity,
                   Set<String> lockedFields, Instant createdAt, Instant updatedAt, Long version,
                   Availability availability) {
        this.id = Objects.requireNonNull(id, "id");
        this.vendorId = Objects.requireNonNull(vendorId, "vendorId");
        this.sku = sku;
        this.defaultLanguage = defaultLanguage;
        this.names = new LinkedHashMap<>(names == null ? Map.of() : names);
        this.descriptions = new LinkedHashMap<>(descriptions == null ? Map.of() : descriptions);
        this.price = price;
        this.salePrice = salePrice;
        this.currency = currency;
        this.taxRate = taxRate;
        this.taxCategory = taxCategory == null ? TaxCategory.STANDARD : taxCategory;
        this.brand = brand;
        this.gtin = gtin;
        this.images = images == null ? List.of() : List.copyOf(images);
        this.categoryPath = categoryPath;
        this.active = active;
        this.featured = featured;
        this.source = source;
        this.sourceQuantity = sourceQuantity;
        this.lockedFields = new TreeSet<>(lockedFields == null ? Set.of() : lockedFields);
        this.createdAt = createdAt == null ? Instant.now() : createdAt;
        this.updatedAt = updatedAt == null ? this.createdAt : updatedAt;
        this.version = version;
        this.availability = availability == null ? Availability.DEFAULT : availability;
    }

    /**
     * A product made by hand, priced in the shop's currency.
     *
     * @throws ValidationException naming every invalid field.
     * @throws CatalogException {@code CURRENCY_NOT_ACCEPTED} when priced in another currency than the shop's.
     */
    public static Product create(UUID vendorId, ProductDetails d, CatalogSettings settings) {
        List<FieldViolation> v = new ArrayList<>();
        Map<String, String> names = parsed(v, () -> languageMap("names", d.names()), new LinkedHashMap<>());
        Map<String, String> descriptions = parsed(v, () -> languageMap("descriptions", d.descriptions()),
                new LinkedHashMap<>());
        if (d.name() != null) {
            parsed(v, () -> names.put(settings.defaultLanguage(), requireText("name", d.name())), null);
        }
        String defaultLanguage = defaultLanguageFor(names, settings);
        if (d.description() != null) {
            parsed(v, () -> descriptions.put(defaultLanguage, requireText("description", d.description())), null);
        }
        BigDecimal price = parsed(v, () -> Prices.amount("price", d.price()), null);
        BigDecimal salePrice = parsed(v, () -> Prices.amount("salePrice", d.salePrice()), null);
        BigDecimal taxRate = d.taxRate() == null ? settings.defaultTaxRate()
                : parsed(v, () -> Prices.taxRate("taxRate", d.taxRate()), settings.defaultTaxRate());
        TaxCategory taxCategory = parsed(v, () -> TaxCategory.of("taxCategory", d.taxCategory()),
                TaxCategory.STANDARD);
        Availability availability = parsed(v, () -> Availability.of("availability", d.availability()), null);
        Product product = new Product(UUID.randomUUID(), vendorId, strip(d.sku()), defaultLanguage, names,
                descriptions, price, salePrice, d.currency() == null ? null : d.currency().strip(), taxRate,
                taxCategory, strip(d.brand()), strip(d.gtin()), d.images(), strip(d.categoryPath()),
                d.active() == null || d.active(), Boolean.TRUE.equals(d.featured()), null, null, Set.of(), null,
                null, null, availability);
        Set<String> reported = new java.util.HashSet<>();
        v.forEach(f -> reported.add(f.field()));
        product.violations().stream().filter(f -> !reported.contains(f.field())).forEach(v::add);
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        product.requireCurrency(settings.currency());
        return product;
    }

    /** Runs a parse step, collecting its violations instead of failing at the first. */
    private static <T> T parsed(List<FieldViolation> violations, java.util.function.Supplier<T> step, T fallback) {
        try {
            return step.get();
        } catch (ValidationException e) {
            violations.addAll(e.violations());
            return fallback;
        }
    }

    /**
     * A product published from a staged marketplace product. Every override locks its field. A feed that does not
     * say the product's availability makes it {@link Availability#DEFAULT}.
     *
     * @throws ValidationException when an override is invalid.
     * @throws CatalogException {@code CURRENCY_NOT_ACCEPTED} when the feed prices it in another currency than the
     *         shop's.
     */
    public static Product publish(UUID vendorId, ProductSource source, SourceFacts facts, PublishOverrides overrides,
                                  CatalogSettings settings) {
        Objects.requireNonNull(source, "source");
        Product product = new Product(UUID.randomUUID(), vendorId, cut(source.externalId(), MAX_SKU),
                defaultLanguageFor(facts.names(), settings), facts.names(), facts.descriptions(), facts.price(),
                facts.salePrice(), facts.currency(),
                facts.taxRate() == null ? settings.defaultTaxRate() : facts.taxRate(), TaxCategory.STANDARD,
                facts.brand(), facts.gtin(),
                facts.images(), facts.categoryPath(), true, false, source, facts.quantity(), Set.of(), null, null,
                null, facts.availability());
        PublishOverrides o = overrides == null ? PublishOverrides.NONE : overrides;
        if (o.price() != null) {
            product.price = Prices.amount("price", o.price());
            if (product.salePrice != null && product.salePrice.compareTo(product.price) > 0) {
                product.salePrice = null;
            }
            product.lockedFields.add(ProductField.PRICE);
        }
        if (o.name() != null) {
            product.names.put(product.defaultLanguage, requireText("name", o.name()));
            product.lockedFields.add(ProductField.name(product.defaultLanguage));
        }
        if (o.description() != null) {
            product.descriptions.put(product.defaultLanguage, requireText("description", o.description()));
            product.lockedFields.add(ProductField.description(product.defaultLanguage));
        }
        if (o.initialQuantity() != null) {
            if (o.initialQuantity() < 0) {
                throw ValidationException.of("initialQuantity", "must not be negative");
            }
            product.lockedFields.add(ProductField.QUANTITY);
        }
        product.validate();
        product.requireCurrency(settings.currency());
        return product;
    }

    /**
     * A shop sells in one currency: its products are priced in it.
     *
     * @throws CatalogException {@code CURRENCY_NOT_ACCEPTED} when this product is priced in another currency.
     */
    public void requireCurrency(String shopCurrency) {
        if (currency != null && !currency.equals(shopCurrency)) {
            throw CatalogException.currencyNotAccepted(currency, shopCurrency);
        }
    }

    /**
     * Changes the given fields. On a published product, every feed-filled field whose value changes is locked.
     *
     * @return the keys of the fields whose value changed.
     * @throws ValidationException naming every invalid field; nothing is changed then.
     */
    public Set<String> edit(ProductEdit e) {
        Map<String, String> before = values();
        Product draft = copy();
        draft.apply(e);
        draft.validate();
        Map<String, String> after = draft.values();
        Set<String> changed = new LinkedHashSet<>();
        Set<String> keys = new LinkedHashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            if (!Objects.equals(before.get(key), after.get(key))) {
                changed.add(key);
            }
        }
        if (changed.isEmpty()) {
            return changed;
        }
        copyFrom(draft);
        if (source != null) {
            changed.stream().map(ProductField::lockOf).filter(Objects::nonNull).forEach(lockedFields::add);
        }
        touch();
        return changed;
    }

    private void apply(ProductEdit e) {
        List<FieldViolation> violations = new ArrayList<>();
        for (String key : e.clear()) {
            String language = ProductField.languageOf(key);
            if (ProductField.isName(key) && Languages.isSupported(language) && !language.equals(defaultLanguage)) {
                names.remove(language);
            } else if (ProductField.isDescription(key) && Languages.isSupported(language)) {
                descriptions.remove(language);
            } else if (CLEARABLE.contains(key)) {
                set(key, null);
            } else {
                violations.add(new FieldViolation("clear", "cannot clear '" + key + "'"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        if (e.sku() != null) {
            sku = e.sku().strip();
        }
        languageMap("names", e.names()).forEach(names::put);
        languageMap("descriptions", e.descriptions()).forEach(descriptions::put);
        if (e.name() != null) {
            names.put(defaultLanguage, requireText("name", e.name()));
        }
        if (e.description() != null) {
            descriptions.put(defaultLanguage, requireText("description", e.description()));
        }
        if (e.price() != null) {
            price = Prices.amount("price", e.price());
        }
        if (e.salePrice() != null) {
            salePrice = Prices.amount("salePrice", e.salePrice());
        }
        if (e.currency() != null) {
            currency = e.currency().strip();
        }
        if (e.taxRate() != null) {
            taxRate = Prices.taxRate("taxRate", e.taxRate());
        }
        if (e.taxCategory() != null) {
            taxCategory = TaxCategory.of("taxCategory", e.taxCategory());
        }
        if (e.brand() != null) {
            brand = strip(e.brand());
        }
        if (e.gtin() != null) {
            gtin = strip(e.gtin());
        }
        if (e.images() != null) {
            images = List.copyOf(e.images());
        }
        if (e.categoryPath() != null) {
            categoryPath = strip(e.categoryPath());
        }
        if (e.availability() != null) {
            availability = Availability.of("availability", e.availability());
        }
        if (e.active() != null) {
            active = e.active();
        }
        if (e.featured() != null) {
            featured = e.featured();
        }
    }

    /**
     * Locks a field so that imports leave it alone.
     *
     * @param field a key of {@link ProductField#lockable()}; {@code name} and {@code description} mean the default
     *              language's.
     * @return the key locked.
     */
    public String lock(String field) {
        String key = lockKey(field);
        if (lockedFields.add(key)) {
            touch();
        }
        return key;
    }

    /**
     * Unlocks a field: the next refresh (the caller may do one at once, see {@link #planRefresh}) sets it from the
     * feed again.
     *
     * @return the key unlocked.
     */
    public String unlock(String field) {
        String key = lockKey(field);
        if (lockedFields.remove(key)) {
            touch();
        }
        return key;
    }

    private String lockKey(String field) {
        if (source == null) {
            throw CatalogException.noSource();
        }
        String key = "name".equals(field) ? ProductField.name(defaultLanguage)
                : "description".equals(field) ? ProductField.description(defaultLanguage) : field;
        if (!ProductField.isLockable(key)) {
            throw CatalogException.notLockable(field);
        }
        return key;
    }

    public boolean isLocked(String field) {
        String lock = ProductField.lockOf(field);
        return lock != null && lockedFields.contains(lock);
    }

    /**
     * Compares the product with what its feed now says.
     *
     * <p>The stock ({@code quantity}) is compared with the feed's quantity last applied ({@link #sourceQuantity()}):
     * it changes when the feed's figure changes, and its change replaces the on-hand stock at the feed location as
     * it is now ({@link RefreshRules#feedOnHand()}), whatever orders, counts or receipts did since.
     *
     * @return one change per field whose value differs: {@code PENDING} when it may be applied, else kept:
     *         {@code KEPT_LOCKED} (the vendor locked the field), {@code KEPT_PLATFORM_OWNED} (the vendor's settings
     *         leave stock or prices to the platform), {@code KEPT_REJECTED} (the vendor rejected this very value).
     *         Names only ever change (a feed never removes one); a description the feed no longer has is removed.
     */
    public List<FieldChange> planRefresh(SourceFacts facts, RefreshRules rules) {
        Map<String, String> current = values();
        List<FieldChange> changes = new ArrayList<>();
        facts.values().forEach((field, value) -> {
            String now = current.get(field);
            if (Objects.equals(now, value)) {
                return;
            }
            if (ProductField.QUANTITY.equals(field)) {
                now = rules.feedOnHand() == null ? null : rules.feedOnHand().toString();
            }
            changes.add(decide(new FieldChange(field, now, value, FieldChange.Outcome.PENDING), rules));
        });
        return changes;
    }

    /** A pending change as the locks and rules decide it now: still pending, or kept. */
    private FieldChange decide(FieldChange change, RefreshRules rules) {
        if (isLocked(change.field())) {
            return change.with(FieldChange.Outcome.KEPT_LOCKED);
        }
        ChangeReason platform = rules.platformOwned(change.field());
        if (platform != null) {
            return change.with(FieldChange.Outcome.KEPT_PLATFORM_OWNED, platform, null);
        }
        if (rules.rejects(change.field(), change.to())) {
            return change.with(FieldChange.Outcome.KEPT_REJECTED);
        }
        return change;
    }

    /**
     * Applies planned changes whose field is unlocked, owned by the feed, not rejected, and still holds the value it
     * had when the change was planned; price changes that together would leave a sale price above the price are left
     * out, and so are the currency and amounts of a feed that prices the product in another currency
     * ({@code SKIPPED_INVALID}: a refresh never switches a product's currency). A stock change that may apply stays
     * {@code PENDING}: inventory sets it, and {@link #feedStockSet(FieldChange, StockAnswer)} records inventory's
     * answer.
     *
     * @return every change with its outcome; {@code APPLIED} ones changed the product.
     */
    public List<FieldChange> applyRefresh(List<FieldChange> planned, RefreshRules rules) {
        Map<String, String> current = values();
        Map<String, String> before = new LinkedHashMap<>(current);
        // a feed that prices the product in another currency changes none of its amounts: they would be read in
        // the product's currency (a shop sells in one)
        boolean otherCurrency = planned.stream().anyMatch(c -> ProductField.CURRENCY.equals(c.field()));
        List<FieldChange> result = new ArrayList<>();
        for (FieldChange change : planned) {
            FieldChange decided = change.outcome() == FieldChange.Outcome.PENDING ? decide(change, rules) : change;
            if (decided.outcome() == FieldChange.Outcome.PENDING && otherCurrency
                    && ProductField.kindOf(change.field()) == ProductField.Kind.PRICE) {
                result.add(change.with(FieldChange.Outcome.SKIPPED_INVALID, ChangeReason.OTHER_CURRENCY, null));
            } else if (decided.outcome() != FieldChange.Outcome.PENDING
                    || ProductField.QUANTITY.equals(change.field())) {
                result.add(decided);
            } else if (!Objects.equals(current.get(change.field()), change.from())) {
                result.add(change.with(FieldChange.Outcome.SKIPPED_STALE));
            } else {
                set(change.field(), change.to());
                result.add(change.with(FieldChange.Outcome.APPLIED));
            }
        }
        if (salePrice != null && price != null && salePrice.compareTo(price) > 0) {
            for (int i = 0; i < result.size(); i++) {
                FieldChange c = result.get(i);
                if (c.outcome() == FieldChange.Outcome.APPLIED && ProductField.kindOf(c.field()) == ProductField.Kind.PRICE) {
                    set(c.field(), before.get(c.field()));
                    result.set(i, c.with(FieldChange.Outcome.SKIPPED_INVALID));
                }
            }
        }
        if (result.stream().anyMatch(c -> c.outcome() == FieldChange.Outcome.APPLIED)) {
            touch();
        }
        return result;
    }

    /**
     * Records inventory's answer to a pending stock change: applied (the feed's quantity is the one last applied
     * from now on), or skipped with its reason.
     *
     * @param change a pending {@code quantity} change.
     * @return the change with its outcome; an applied one shows the on hand it replaced.
     */
    public FieldChange feedStockSet(FieldChange change, StockAnswer answer) {
        if (!ProductField.QUANTITY.equals(change.field()) || change.outcome() != FieldChange.Outcome.PENDING) {
            throw new IllegalArgumentException("not a pending stock change: " + change);
        }
        return switch (answer.result()) {
            case SET, UNCHANGED -> {
                sourceQuantity = Integer.valueOf(change.to());
                touch();
                yield change.appliedOver(Integer.toString(answer.before()));
            }
            case CHANGED_SINCE -> change.with(FieldChange.Outcome.SKIPPED_STALE, ChangeReason.CHANGED_SINCE_PLANNED,
                    "On hand at " + answer.location() + " is " + answer.before() + " now, " + change.from()
                            + " when the refresh was planned.");
            case BELOW_RESERVED -> change.with(FieldChange.Outcome.SKIPPED_STOCK_RESERVED, ChangeReason.STOCK_RESERVED,
                    answer.reserved() + " unit(s) at " + answer.location() + " are held by open orders: on hand"
                            + " there cannot go down to " + change.to() + " (it stays " + answer.before() + ").");
        };
    }

    public void toggleActive() {
        active = !active;
        touch();
    }

    public void toggleFeatured() {
        featured = !featured;
        touch();
    }

    /** @return the name in {@code language}, or in the default language when it has none there. */
    public String name(String language) {
        String name = language == null ? null : names.get(language);
        return name != null ? name : names.get(defaultLanguage);
    }

    /** @return the description in {@code language}, else in the default language, else {@literal null}. */
    public String description(String language) {
        String text = language == null ? null : descriptions.get(language);
        return text != null ? text : descriptions.get(defaultLanguage);
    }

    /** @return the language {@link #name(String)} answers in. */
    public String nameLanguage(String language) {
        return language != null && names.containsKey(language) ? language : defaultLanguage;
    }

    /** The price a customer pays now: the sale price when there is one. */
    public BigDecimal unitPrice() {
        return salePrice != null ? salePrice : price;
    }

    // --- values by field key ---------------------------------------------------------------------------------

    /** Every field as text, by key (the form of {@link FieldChange}). */
    private Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(ProductField.SKU, sku);
        values.put(ProductField.PRICE, Prices.text(price));
        values.put(ProductField.CURRENCY, currency);
        values.put(ProductField.SALE_PRICE, Prices.text(salePrice));
        values.put(ProductField.TAX_RATE, Prices.text(taxRate));
        values.put(ProductField.TAX_CATEGORY, taxCategory.name());
        values.put(ProductField.BRAND, brand);
        values.put(ProductField.GTIN, gtin);
        values.put(ProductField.IMAGES, imagesText(images));
        values.put(ProductField.CATEGORY_PATH, categoryPath);
        values.put(ProductField.AVAILABILITY, availability.name());
        values.put(ProductField.QUANTITY, sourceQuantity == null ? null : sourceQuantity.toString());
        values.put(ProductField.ACTIVE, Boolean.toString(active));
        values.put(ProductField.FEATURED, Boolean.toString(featured));
        for (String language : Languages.SUPPORTED) {
            values.put(ProductField.name(language), names.get(language));
            values.put(ProductField.description(language), descriptions.get(language));
        }
        return values;
    }

    private void set(String field, String value) {
        switch (field) {
            case ProductField.PRICE -> price = new BigDecimal(value);
            case ProductField.CURRENCY -> currency = value;
            case ProductField.SALE_PRICE -> salePrice = value == null ? null : new BigDecimal(value);
            case ProductField.TAX_RATE -> taxRate = new BigDecimal(value);
            case ProductField.BRAND -> brand = value;
            case ProductField.GTIN -> gtin = value;
            case ProductField.IMAGES -> images = value == null ? List.of() : Arrays.asList(value.split("\n"));
            case ProductField.CATEGORY_PATH -> categoryPath = value;
            case ProductField.AVAILABILITY -> availability = Availability.valueOf(value);
            case ProductField.QUANTITY -> sourceQuantity = value == null ? null : Integer.valueOf(value);
            default -> {
                String language = ProductField.languageOf(field);
                if (language == null || !Languages.isSupported(language)) {
                    throw new IllegalArgumentException("Unknown field " + field);
                }
                Map<String, String> texts = ProductField.isName(field) ? names : descriptions;
                if (value == null) {
                    if (!(ProductField.isName(field) && language.equals(defaultLanguage))) {
                        texts.remove(language);
                    }
                } else {
                    texts.put(language, value);
                }
            }
        }
    }

    static String imagesText(List<String> images) {
        return images == null || images.isEmpty() ? null : String.join("\n", images);
    }

    // --- validation ------------------------------------------------------------------------------------------

    private void validate() {
        List<FieldViolation> v = violations();
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
    }

    private List<FieldViolation> violations() {
        List<FieldViolation> v = new ArrayList<>();
        if (sku == null || sku.isBlank()) {
            v.add(new FieldViolation("sku", "must not be blank"));
        } else if (sku.length() > MAX_SKU || !SKU.matcher(sku).matches()) {
            v.add(new FieldViolation("sku", "must be at most " + MAX_SKU + " characters without control characters"));
        }
        if (names.isEmpty() || !names.containsKey(defaultLanguage)) {
            v.add(new FieldViolation("name", "must not be blank"));
        }
        names.forEach((language, name) -> {
            if (name.length() > MAX_NAME) {
                v.add(new FieldViolation("names." + language, "must be at most " + MAX_NAME + " characters"));
            }
        });
        descriptions.forEach((language, text) -> {
            if (text.length() > MAX_DESCRIPTION) {
                v.add(new FieldViolation("descriptions." + language,
                        "must be at most " + MAX_DESCRIPTION + " characters"));
            }
        });
        if (price == null) {
            v.add(new FieldViolation("price", "must not be null"));
        } else if (salePrice != null && salePrice.compareTo(price) > 0) {
            v.add(new FieldViolation("salePrice", "must not be above the price"));
        }
        try {
            Prices.currency("currency", currency);
        } catch (ValidationException e) {
            v.addAll(e.violations());
        }
        if (taxRate == null) {
            v.add(new FieldViolation("taxRate", "must not be null"));
        }
        if (brand != null && brand.length() > MAX_BRAND) {
            v.add(new FieldViolation("brand", "must be at most " + MAX_BRAND + " characters"));
        }
        if (gtin != null && !isGtin(gtin)) {
            v.add(new FieldViolation("gtin", "must be a GTIN of 8, 12, 13 or 14 digits with a valid check digit"));
        }
        if (images.size() > MAX_IMAGES) {
            v.add(new FieldViolation("images", "must be at most " + MAX_IMAGES + " URLs"));
        }
        for (int i = 0; i < images.size(); i++) {
            if (!isImageUrl(images.get(i))) {
                v.add(new FieldViolation("images[" + i + "]", "must be an http(s) URL of at most " + MAX_URL
                        + " characters"));
            }
        }
        if (categoryPath != null && categoryPath.length() > MAX_CATEGORY_PATH) {
            v.add(new FieldViolation("categoryPath", "must be at most " + MAX_CATEGORY_PATH + " characters"));
        }
        return v;
    }

    /** GTIN-8/12/13/14 with a valid check digit. */
    static boolean isGtin(String value) {
        if (value == null || !GTIN.matcher(value).matches()) {
            return false;
        }
        int sum = 0;
        for (int i = value.length() - 2, weight = 3; i >= 0; i--, weight = 4 - weight) {
            sum += (value.charAt(i) - '0') * weight;
        }
        return (10 - sum % 10) % 10 == value.charAt(value.length() - 1) - '0';
    }

    static boolean isImageUrl(String url) {
        return url != null && url.length() <= MAX_URL && !url.contains("\n")
                && (url.startsWith("https://") || url.startsWith("http://"));
    }

    private static Map<String, String> languageMap(String field, Map<String, String> texts) {
        Map<String, String> result = new LinkedHashMap<>();
        if (texts == null) {
            return result;
        }
        List<FieldViolation> v = new ArrayList<>();
        texts.forEach((language, text) -> {
            if (!Languages.isSupported(language)) {
                v.add(new FieldViolation(field + "." + language, "language must be one of "
                        + String.join(", ", Languages.SUPPORTED)));
            } else if (text == null || text.isBlank()) {
                v.add(new FieldViolation(field + "." + language, "must not be blank"));
            } else {
                result.put(language, text.strip());
            }
        });
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        return result;
    }

    private static String requireText(String field, String text) {
        if (text.isBlank()) {
            throw ValidationException.of(field, "must not be blank");
        }
        return text.strip();
    }

    /** The vendor's default language when the product has a name in it, else its first language. */
    private static String defaultLanguageFor(Map<String, String> names, CatalogSettings settings) {
        if (names.containsKey(settings.defaultLanguage())) {
            return settings.defaultLanguage();
        }
        return Languages.SUPPORTED.stream().filter(names::containsKey).findFirst().orElse(settings.defaultLanguage());
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private Product copy() {
        return new Product(id, vendorId, sku, defaultLanguage, names, descriptions, price, salePrice, currency, taxRate,
                taxCategory, brand, gtin, images, categoryPath, active, featured, source, sourceQuantity, lockedFields,
                createdAt, updatedAt, version, availability);
    }

    private void copyFrom(Product d) {
        sku = d.sku;
        names.clear();
        names.putAll(d.names);
        descriptions.clear();
        descriptions.putAll(d.descriptions);
        price = d.price;
        salePrice = d.salePrice;
        currency = d.currency;
        taxRate = d.taxRate;
        taxCategory = d.taxCategory;
        brand = d.brand;
        gtin = d.gtin;
        images = d.images;
        categoryPath = d.categoryPath;
        availability = d.availability;
        active = d.active;
        featured = d.featured;
    }

    private void touch() {
        updatedAt = Instant.now();
    }

    public UUID id() { return id; }
    public UUID vendorId() { return vendorId; }
    public String sku() { return sku; }
    public String defaultLanguage() { return defaultLanguage; }
    public Map<String, String> names() { return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(names)); }
    public Map<String, String> descriptions() { return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(descriptions)); }
    public BigDecimal price() { return price; }
    public BigDecimal salePrice() { return salePrice; }
    public String currency() { return currency; }
    public BigDecimal taxRate() { return taxRate; }
    public TaxCategory taxCategory() { return taxCategory; }
    public String brand() { return brand; }
    public String gtin() { return gtin; }
    public List<String> images() { return images; }
    public String categoryPath() { return categoryPath; }
    /** Whether and how the product can be ordered; never {@literal null}. */
    public Availability availability() { return availability; }
    public boolean active() { return active; }
    public boolean featured() { return featured; }
    public ProductSource source() { return source; }
    public Integer sourceQuantity() { return sourceQuantity; }
    /** Locked field keys, sorted. */
    public Set<String> lockedFields() { return java.util.Collections.unmodifiableSortedSet(new TreeSet<>(lockedFields)); }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Long version() { return version; }
}
