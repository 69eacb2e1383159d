package com.wizamart.catalog.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;

/**
 * A product of a vendor's catalog: made by hand, or published from a staged marketplace product (its
 * {@link #source()}). A published product follows its feed: each import refreshes the fields the vendor did not
 * lock, and editing a field by hand locks it (see {@link ProductField}).
 *
 * <p>A product is always valid by {@link ProductRules}, and has an {@link Availability}. New products are priced in
 * the shop's currency ({@link CatalogSettings#currency()}).
 */
public final class Product {

    private final UUID id;
    private final UUID vendorId;
    private String sku;
    private final String defaultLanguage;
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
    private final Set<ProductField> lockedFields;
    private final Instant createdAt;
    private Instant updatedAt;
    private final Long version;
    private Availability availability;

    private Product(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.vendorId = Objects.requireNonNull(b.vendorId, "vendorId");
        this.sku = b.sku;
        this.defaultLanguage = b.defaultLanguage;
        this.names = new LinkedHashMap<>(b.names == null ? Map.of() : b.names);
        this.descriptions = new LinkedHashMap<>(b.descriptions == null ? Map.of() : b.descriptions);
        this.price = b.price;
        this.salePrice = b.salePrice;
        this.currency = b.currency;
        this.taxRate = b.taxRate;
        this.taxCategory = b.taxCategory == null ? TaxCategory.STANDARD : b.taxCategory;
        this.brand = b.brand;
        this.gtin = b.gtin;
        this.images = b.images == null ? List.of() : List.copyOf(b.images);
        this.categoryPath = b.categoryPath;
        this.active = b.active;
        this.featured = b.featured;
        this.source = b.source;
        this.sourceQuantity = b.sourceQuantity;
        this.lockedFields = b.lockedFields == null || b.lockedFields.isEmpty() ? EnumSet.noneOf(ProductField.class)
                : EnumSet.copyOf(b.lockedFields);
        this.createdAt = b.createdAt == null ? Instant.now() : b.createdAt;
        this.updatedAt = b.updatedAt == null ? this.createdAt : b.updatedAt;
        this.version = b.version;
        this.availability = b.availability == null ? Availability.DEFAULT : b.availability;
    }

    /**
     * Rebuilds a stored product; new products come from {@link #create} or {@link #publish}.
     *
     * @return a builder of the product with these ids; what it is not given is empty, {@code STANDARD} taxed,
     *         {@link Availability#DEFAULT}, inactive, not featured, unlocked, created and updated now.
     */
    public static Builder builder(UUID id, UUID vendorId) {
        return new Builder(id, vendorId);
    }

    /**
     * A product made by hand, priced in the shop's currency.
     *
     * @throws ValidationException naming every invalid field.
     * @throws CatalogException {@code CURRENCY_NOT_ACCEPTED} when priced in another currency than the shop's.
     */
    public static Product create(UUID vendorId, ProductDetails d, CatalogSettings settings) {
        List<FieldViolation> v = new ArrayList<>();
        Map<String, String> names = parsed(v, () -> ProductRules.languageMap("names", d.names()),
                new LinkedHashMap<>());
        Map<String, String> descriptions = parsed(v, () -> ProductRules.languageMap("descriptions",
                d.descriptions()), new LinkedHashMap<>());
        if (d.name() != null) {
            parsed(v, () -> names.put(settings.defaultLanguage(), ProductRules.requireText("name", d.name())), null);
        }
        String defaultLanguage = defaultLanguageFor(names, settings);
        if (d.description() != null) {
            parsed(v, () -> descriptions.put(defaultLanguage, ProductRules.requireText("description",
                    d.description())), null);
        }
        BigDecimal price = parsed(v, () -> Prices.amount("price", d.price()), null);
        BigDecimal salePrice = parsed(v, () -> Prices.amount("salePrice", d.salePrice()), null);
        BigDecimal taxRate = d.taxRate() == null ? settings.defaultTaxRate()
                : parsed(v, () -> Prices.taxRate("taxRate", d.taxRate()), settings.defaultTaxRate());
        TaxCategory taxCategory = parsed(v, () -> TaxCategory.of("taxCategory", d.taxCategory()),
                TaxCategory.STANDARD);
        Availability availability = parsed(v, () -> Availability.of("availability", d.availability()), null);
        Product product = builder(UUID.randomUUID(), vendorId)
                .sku(strip(d.sku()))
                .texts(defaultLanguage, names, descriptions)
                .price(price)
                .salePrice(salePrice)
                .currency(d.currency() == null ? null : d.currency().strip())
                .taxRate(taxRate)
                .taxCategory(taxCategory)
                .brand(strip(d.brand()))
                .gtin(strip(d.gtin()))
                .images(d.images())
                .categoryPath(strip(d.categoryPath()))
                .active(d.active() == null || d.active())
                .featured(Boolean.TRUE.equals(d.featured()))
                .availability(availability)
                .build();
        Set<String> reported = new HashSet<>();
        v.forEach(f -> reported.add(f.field()));
        ProductRules.violations(product).stream().filter(f -> !reported.contains(f.field())).forEach(v::add);
        if (!v.isEmpty()) {
            throw new ValidationException(v);
        }
        product.requireCurrency(settings.currency());
        return product;
    }

    /** Runs a parse step, collecting its violations instead of failing at the first. */
    private static <T> T parsed(List<FieldViolation> violations, Supplier<T> step, T fallback) {
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
        Product product = builder(UUID.randomUUID(), vendorId)
                .sku(cut(source.externalId(), ProductRules.MAX_SKU))
                .texts(defaultLanguageFor(facts.names(), settings), facts.names(), facts.descriptions())
                .price(facts.price())
                .salePrice(facts.salePrice())
                .currency(facts.currency())
                .taxRate(facts.taxRate() == null ? settings.defaultTaxRate() : facts.taxRate())
                .brand(facts.brand())
                .gtin(facts.gtin())
                .images(facts.images())
                .categoryPath(facts.categoryPath())
                .active(true)
                .source(source, facts.quantity())
                .availability(facts.availability())
                .build();
        PublishOverrides o = overrides == null ? PublishOverrides.NONE : overrides;
        if (o.price() != null) {
            product.price = Prices.amount("price", o.price());
            if (product.salePrice != null && product.salePrice.compareTo(product.price) > 0) {
                product.salePrice = null;
            }
            product.lockedFields.add(ProductField.PRICE);
        }
        if (o.name() != null) {
            product.names.put(product.defaultLanguage, ProductRules.requireText("name", o.name()));
            product.lockedFields.add(ProductField.nameIn(product.defaultLanguage));
        }
        if (o.description() != null) {
            product.descriptions.put(product.defaultLanguage, ProductRules.requireText("description",
                    o.description()));
            product.lockedFields.add(ProductField.descriptionIn(product.defaultLanguage));
        }
        if (o.initialQuantity() != null) {
            if (o.initialQuantity() < 0) {
                throw ValidationException.of("initialQuantity", "must not be negative");
            }
            product.lockedFields.add(ProductField.QUANTITY);
        }
        ProductRules.validate(product);
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
     * @return the fields whose value changed, in {@link ProductField} order.
     * @throws ValidationException naming every invalid field; nothing is changed then.
     */
    public Set<ProductField> edit(ProductEdit e) {
        Map<ProductField, String> before = values();
        Product draft = copy();
        draft.apply(e);
        ProductRules.validate(draft);
        Map<ProductField, String> after = draft.values();
        Set<ProductField> changed = EnumSet.noneOf(ProductField.class);
        for (ProductField field : ProductField.values()) {
            if (!Objects.equals(before.get(field), after.get(field))) {
                changed.add(field);
            }
        }
        if (changed.isEmpty()) {
            return changed;
        }
        copyFrom(draft);
        if (source != null) {
            changed.forEach(field -> field.guardingLock().ifPresent(lockedFields::add));
        }
        touch();
        return changed;
    }

    private void apply(ProductEdit e) {
        List<FieldViolation> violations = new ArrayList<>();
        for (ProductField field : e.clear()) {
            if (field.clearable(defaultLanguage)) {
                set(field, null);
            } else {
                violations.add(ProductEdit.cannotClear(field.key()));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        if (e.sku() != null) {
            sku = e.sku().strip();
        }
        ProductRules.languageMap("names", e.names()).forEach(names::put);
        ProductRules.languageMap("descriptions", e.descriptions()).forEach(descriptions::put);
        if (e.name() != null) {
            names.put(defaultLanguage, ProductRules.requireText("name", e.name()));
        }
        if (e.description() != null) {
            descriptions.put(defaultLanguage, ProductRules.requireText("description", e.description()));
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
     * The field a lock request names.
     *
     * @param requested a key of {@link ProductField#lockableKeys()}; {@code name} and {@code description} mean the
     *                  default language's.
     * @throws CatalogException {@code PRODUCT_HAS_NO_SOURCE} (nothing of a product made by hand is locked),
     *         {@code FIELD_NOT_LOCKABLE}.
     */
    public ProductField lockableField(String requested) {
        requireSource();
        ProductField field = "name".equals(requested) ? ProductField.nameIn(defaultLanguage)
                : "description".equals(requested) ? ProductField.descriptionIn(defaultLanguage)
                : ProductField.ofKey(requested).orElse(null);
        if (field == null || !field.lockable()) {
            throw CatalogException.notLockable(requested);
        }
        return field;
    }

    /**
     * Locks a field so that imports leave it alone.
     *
     * @throws CatalogException {@code PRODUCT_HAS_NO_SOURCE}, {@code FIELD_NOT_LOCKABLE}.
     */
    public void lock(ProductField field) {
        requireLockable(field);
        if (lockedFields.add(field)) {
            touch();
        }
    }

    /**
     * Unlocks a field: the next refresh (the caller may do one at once, see {@link #planRefresh}) sets it from the
     * feed again.
     *
     * @throws CatalogException {@code PRODUCT_HAS_NO_SOURCE}, {@code FIELD_NOT_LOCKABLE}.
     */
    public void unlock(ProductField field) {
        requireLockable(field);
        if (lockedFields.remove(field)) {
            touch();
        }
    }

    private void requireLockable(ProductField field) {
        requireSource();
        if (!field.lockable()) {
            throw CatalogException.notLockable(field.key());
        }
    }

    private void requireSource() {
        if (source == null) {
            throw CatalogException.noSource();
        }
    }

    /** @return whether a lock keeps imports away from the field (for the currency: the price's lock). */
    public boolean isLocked(ProductField field) {
        return field.guardingLock().filter(lockedFields::contains).isPresent();
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
        Map<ProductField, String> current = values();
        List<FieldChange> changes = new ArrayList<>();
        facts.values().forEach((field, value) -> {
            String now = current.get(field);
            if (Objects.equals(now, value)) {
                return;
            }
            if (field == ProductField.QUANTITY) {
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
        Map<ProductField, String> current = values();
        Map<ProductField, String> before = new EnumMap<>(current);
        // a feed that prices the product in another currency changes none of its amounts: they would be read in
        // the product's currency (a shop sells in one)
        boolean otherCurrency = planned.stream().anyMatch(c -> c.field() == ProductField.CURRENCY);
        List<FieldChange> result = new ArrayList<>();
        for (FieldChange change : planned) {
            FieldChange decided = change.outcome() == FieldChange.Outcome.PENDING ? decide(change, rules) : change;
            if (decided.outcome() == FieldChange.Outcome.PENDING && otherCurrency
                    && change.field().kind() == ProductField.Kind.PRICE) {
                result.add(change.with(FieldChange.Outcome.SKIPPED_INVALID, ChangeReason.OTHER_CURRENCY, null));
            } else if (decided.outcome() != FieldChange.Outcome.PENDING || change.field() == ProductField.QUANTITY) {
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
                if (c.outcome() == FieldChange.Outcome.APPLIED && c.field().kind() == ProductField.Kind.PRICE) {
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
        if (change.field() != ProductField.QUANTITY || change.outcome() != FieldChange.Outcome.PENDING) {
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

    /** @return the name in exactly this language, {@literal null} when it has none there. */
    String ownName(String language) {
        return names.get(language);
    }

    /** @return the description in exactly this language, {@literal null} when it has none there. */
    String ownDescription(String language) {
        return descriptions.get(language);
    }

    /** Every field as text (the form of {@link FieldChange}). */
    private Map<ProductField, String> values() {
        Map<ProductField, String> values = new EnumMap<>(ProductField.class);
        for (ProductField field : ProductField.values()) {
            values.put(field, field.valueOf(this));
        }
        return values;
    }

    /** Sets a field from its text form; {@literal null} empties it (the name in the default language stays). */
    private void set(ProductField field, String value) {
        switch (field) {
            case PRICE -> price = new BigDecimal(value);
            case CURRENCY -> currency = value;
            case SALE_PRICE -> salePrice = value == null ? null : new BigDecimal(value);
            case TAX_RATE -> taxRate = new BigDecimal(value);
            case BRAND -> brand = value;
            case GTIN -> gtin = value;
            case IMAGES -> images = value == null ? List.of() : Arrays.asList(value.split("\n"));
            case CATEGORY_PATH -> categoryPath = value;
            case AVAILABILITY -> availability = Availability.valueOf(value);
            case QUANTITY -> sourceQuantity = value == null ? null : Integer.valueOf(value);
            case NAME_EN, NAME_FR, NAME_DE, DESCRIPTION_EN, DESCRIPTION_FR, DESCRIPTION_DE -> {
                Map<String, String> texts = field.isName() ? names : descriptions;
                if (value != null) {
                    texts.put(field.language(), value);
                } else if (!(field.isName() && field.language().equals(defaultLanguage))) {
                    texts.remove(field.language());
                }
            }
            case SKU, TAX_CATEGORY, ACTIVE, FEATURED ->
                    throw new IllegalArgumentException("Not set from a feed or cleared: " + field);
        }
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
        return builder(id, vendorId).sku(sku).texts(defaultLanguage, names, descriptions).price(price)
                .salePrice(salePrice).currency(currency).taxRate(taxRate).taxCategory(taxCategory).brand(brand)
                .gtin(gtin).images(images).categoryPath(categoryPath).active(active).featured(featured)
                .source(source, sourceQuantity).lockedFields(lockedFields).stamps(createdAt, updatedAt, version)
                .availability(availability).build();
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
    public Map<String, String> names() { return Collections.unmodifiableMap(new LinkedHashMap<>(names)); }
    public Map<String, String> descriptions() { return Collections.unmodifiableMap(new LinkedHashMap<>(descriptions)); }
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
    /** Locked fields, in {@link ProductField} order. */
    public Set<ProductField> lockedFields() { return Collections.unmodifiableSet(EnumSet.copyOf(lockedFields)); }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public Long version() { return version; }

    /**
     * Rebuilds a product as it was stored; see {@link Product#builder}. Nothing is checked beyond the ids: a stored
     * product was valid when it was stored.
     */
    public static final class Builder {

        private final UUID id;
        private final UUID vendorId;
        private String sku;
        private String defaultLanguage;
        private Map<String, String> names;
        private Map<String, String> descriptions;
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
        private ProductSource source;
        private Integer sourceQuantity;
        private Set<ProductField> lockedFields;
        private Instant createdAt;
        private Instant updatedAt;
        private Long version;
        private Availability availability;

        private Builder(UUID id, UUID vendorId) {
            this.id = id;
            this.vendorId = vendorId;
        }

        public Builder sku(String sku) {
            this.sku = sku;
            return this;
        }

        /** The default language, and the name and description per language. */
        public Builder texts(String defaultLanguage, Map<String, String> names, Map<String, String> descriptions) {
            this.defaultLanguage = defaultLanguage;
            this.names = names;
            this.descriptions = descriptions;
            return this;
        }

        public Builder price(BigDecimal price) {
            this.price = price;
            return this;
        }

        public Builder salePrice(BigDecimal salePrice) {
            this.salePrice = salePrice;
            return this;
        }

        public Builder currency(String currency) {
            this.currency = currency;
            return this;
        }

        public Builder taxRate(BigDecimal taxRate) {
            this.taxRate = taxRate;
            return this;
        }

        /** @param taxCategory {@literal null} means {@code STANDARD}. */
        public Builder taxCategory(TaxCategory taxCategory) {
            this.taxCategory = taxCategory;
            return this;
        }

        public Builder brand(String brand) {
            this.brand = brand;
            return this;
        }

        public Builder gtin(String gtin) {
            this.gtin = gtin;
            return this;
        }

        public Builder images(List<String> images) {
            this.images = images;
            return this;
        }

        public Builder categoryPath(String categoryPath) {
            this.categoryPath = categoryPath;
            return this;
        }

        public Builder active(boolean active) {
            this.active = active;
            return this;
        }

        public Builder featured(boolean featured) {
            this.featured = featured;
            return this;
        }

        /**
         * @param source         the staged product it was published from; {@literal null} for one made by hand.
         * @param sourceQuantity the feed's quantity last applied.
         */
        public Builder source(ProductSource source, Integer sourceQuantity) {
            this.source = source;
            this.sourceQuantity = sourceQuantity;
            return this;
        }

        public Builder lockedFields(Set<ProductField> lockedFields) {
            this.lockedFields = lockedFields;
            return this;
        }

        /** When it was created and last updated, and its version (for optimistic locking). */
        public Builder stamps(Instant createdAt, Instant updatedAt, Long version) {
            this.createdAt = createdAt;
            this.updatedAt = updatedAt;
            this.version = version;
            return this;
        }

        /** @param availability {@literal null} means {@link Availability#DEFAULT}. */
        public Builder availability(Availability availability) {
            this.availability = availability;
            return this;
        }

        public Product build() {
            return new Product(this);
        }
    }
}
