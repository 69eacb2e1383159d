package com.wizamart.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.wizamart.sharedkernel.ValidationException;

class ProductTests {

    private static final CatalogSettings SETTINGS = CatalogSettings.DEFAULTS;
    private static final ProductSource SOURCE = new ProductSource(UUID.randomUUID(), "letzshop", "LS-1");
    private static final RefreshRules FEED_RULES = RefreshRules.of(SETTINGS).forProduct(3, Map.of());

    private static SourceFacts facts(String title, String price, Integer quantity) {
        return facts(title, price, "EUR", quantity, null);
    }

    private static SourceFacts facts(String title, String price, String currency, Integer quantity,
                                     Availability availability) {
        return new SourceFacts(Map.of("en", title, "fr", title + " (fr)"), Map.of("en", "About " + title),
                new BigDecimal(price), null, currency, new BigDecimal("17"), "Maker", null,
                List.of("https://img.example/1.jpg"), "Home > Things", quantity, availability);
    }

    private static Product published(PublishOverrides overrides) {
        return Product.publish(UUID.randomUUID(), SOURCE, facts("Lamp", "20.00", 4), overrides, SETTINGS);
    }

    private static ProductEdit edit(String name, BigDecimal price, Set<ProductField> clear) {
        return new ProductEdit(null, name, null, null, null, price, null, null, null, null, null, null, null, null,
                null, clear, null, null);
    }

    @Test
    void publishingWithOverridesLocksTheOverriddenFields() {
        Product product = published(new PublishOverrides(new BigDecimal("25.00"), "My lamp", null, 9));
        assertThat(product.price()).isEqualByComparingTo("25.00");
        assertThat(product.name("en")).isEqualTo("My lamp");
        assertThat(product.name("fr")).isEqualTo("Lamp (fr)");
        assertThat(product.lockedFields()).containsExactly(ProductField.PRICE, ProductField.QUANTITY,
                ProductField.NAME_EN);
        assertThat(product.sourceQuantity()).isEqualTo(4);
        assertThat(product.sku()).isEqualTo("LS-1");
    }

    @Test
    void editingAPublishedProductLocksWhatChangedOnly() {
        Product product = published(PublishOverrides.NONE);
        Set<ProductField> changed = product.edit(edit("Lamp", new BigDecimal("30.00"), Set.of()));
        assertThat(changed).containsExactly(ProductField.PRICE);
        assertThat(product.lockedFields()).containsExactly(ProductField.PRICE);
    }

    @Test
    void aRefreshLeavesLockedFieldsAndAppliesTheRest() {
        Product product = published(new PublishOverrides(new BigDecimal("25.00"), null, null, null));
        List<FieldChange> planned = product.planRefresh(facts("Bright lamp", "22.00", 0), FEED_RULES);
        assertThat(planned).extracting(FieldChange::field)
                .containsExactlyInAnyOrder(ProductField.PRICE, ProductField.NAME_EN, ProductField.NAME_FR,
                        ProductField.DESCRIPTION_EN, ProductField.QUANTITY);
        assertThat(planned).filteredOn(c -> c.field() == ProductField.PRICE).singleElement()
                .satisfies(c -> {
                    assertThat(c.outcome()).isEqualTo(FieldChange.Outcome.KEPT_LOCKED);
                    assertThat(c.reasonCode()).isEqualTo(ChangeReason.FIELD_LOCKED);
                });

        List<FieldChange> applied = product.applyRefresh(planned, FEED_RULES);
        assertThat(product.price()).isEqualByComparingTo("25.00");
        assertThat(product.name("en")).isEqualTo("Bright lamp");
        assertThat(applied).filteredOn(c -> c.outcome() == FieldChange.Outcome.APPLIED).hasSize(3);
        FieldChange stock = applied.stream().filter(c -> c.field() == ProductField.QUANTITY).findFirst().orElseThrow();
        assertThat(stock.outcome()).as("inventory sets the stock").isEqualTo(FieldChange.Outcome.PENDING);
        assertThat(product.feedStockSet(stock, new StockAnswer(StockAnswer.Result.SET, "DEFAULT", 3, 0)))
                .satisfies(c -> {
                    assertThat(c.outcome()).isEqualTo(FieldChange.Outcome.APPLIED);
                    assertThat(c.from()).isEqualTo("3");
                });
        assertThat(product.sourceQuantity()).isZero();
    }

    @Test
    void aChangeToAFieldEditedSincePlanningIsStale() {
        Product product = published(PublishOverrides.NONE);
        List<FieldChange> planned = product.planRefresh(facts("Bright lamp", "22.00", 4), FEED_RULES);
        product.edit(edit("Vendor's lamp", null, Set.of()));
        product.unlock(product.lockableField("name"));

        List<FieldChange> applied = product.applyRefresh(planned, FEED_RULES);
        assertThat(product.name("en")).isEqualTo("Vendor's lamp");
        assertThat(applied).filteredOn(c -> c.field() == ProductField.NAME_EN).singleElement()
                .extracting(FieldChange::outcome).isEqualTo(FieldChange.Outcome.SKIPPED_STALE);
        assertThat(product.price()).isEqualByComparingTo("22.00");
    }

    @Test
    void priceChangesThatWouldPutTheSalePriceAboveThePriceAreLeftOut() {
        Product product = published(PublishOverrides.NONE);
        product.edit(new ProductEdit(null, null, null, null, null, null, new BigDecimal("18.00"), null, null, null,
                null, null, null, null, null, null, null, null));
        assertThat(product.lockedFields()).contains(ProductField.SALE_PRICE);
        List<FieldChange> applied = product.applyRefresh(product.planRefresh(facts("Lamp", "15.00", 4), FEED_RULES),
                FEED_RULES);
        assertThat(product.price()).isEqualByComparingTo("20.00");
        assertThat(applied).filteredOn(c -> c.field() == ProductField.PRICE).singleElement()
                .extracting(FieldChange::outcome).isEqualTo(FieldChange.Outcome.SKIPPED_INVALID);
    }

    @Test
    void onlyFeedFilledFieldsOfPublishedProductsCanBeLocked() {
        Product product = published(PublishOverrides.NONE);
        assertThat(product.lockableField("description")).isEqualTo(ProductField.DESCRIPTION_EN);
        assertThatThrownBy(() -> product.lockableField("sku")).isInstanceOf(CatalogException.class)
                .extracting("errorCode").isEqualTo("FIELD_NOT_LOCKABLE");
        Product handMade = Product.create(UUID.randomUUID(), new ProductDetails("H-1", "Hand made", null, null, null,
                new BigDecimal("1.00"), null, "EUR", null, null, null, null, null, null, null, null, null), SETTINGS);
        assertThatThrownBy(() -> handMade.lockableField("price")).isInstanceOf(CatalogException.class)
                .extracting("errorCode").isEqualTo("PRODUCT_HAS_NO_SOURCE");
        assertThat(handMade.edit(edit(null, new BigDecimal("2.00"), Set.of()))).containsExactly(ProductField.PRICE);
        assertThat(handMade.lockedFields()).isEmpty();
    }

    @Test
    void aProductMadeByHandNamesEveryInvalidField() {
        assertThatThrownBy(() -> Product.create(UUID.randomUUID(), new ProductDetails(" ", null, null,
                Map.of("it", "Lampada"), null, new BigDecimal("1.001"), new BigDecimal("5"), "euro", null, null,
                "123", List.of("ftp://x"), null, null, null, "luxury", "soon"), SETTINGS))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .extracting(com.wizamart.sharedkernel.FieldViolation::field)
                        .contains("sku", "names.it", "price", "currency", "gtin", "images[0]", "taxCategory",
                                "availability"));
    }

    @Test
    void aProductIsOfTheStandardTaxCategoryUnlessTheVendorSaysOtherwiseAndTheCategoryNeverLocks() {
        Product handMade = Product.create(UUID.randomUUID(), new ProductDetails("H-2", "Book", null, null, null,
                new BigDecimal("12.00"), null, "EUR", null, null, null, null, null, null, null, "reduced", null), SETTINGS);
        assertThat(handMade.taxCategory()).isEqualTo(TaxCategory.REDUCED);
        Product product = published(PublishOverrides.NONE);
        assertThat(product.taxCategory()).isEqualTo(TaxCategory.STANDARD);
        assertThat(product.edit(new ProductEdit(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, "SUPER_REDUCED", null))).containsExactly(ProductField.TAX_CATEGORY);
        assertThat(product.taxCategory()).isEqualTo(TaxCategory.SUPER_REDUCED);
        assertThat(product.lockedFields()).as("feeds carry no category: nothing to lock").isEmpty();
        assertThatThrownBy(() -> product.lockableField("taxCategory")).isInstanceOf(CatalogException.class)
                .extracting("errorCode").isEqualTo("FIELD_NOT_LOCKABLE");
    }

    @Test
    void aProductIsPricedInTheShopsCurrency() {
        assertThatThrownBy(() -> Product.create(UUID.randomUUID(), new ProductDetails("U-1", "Dollar lamp", null,
                null, null, new BigDecimal("1.00"), null, "USD", null, null, null, null, null, null, null, null, null),
                SETTINGS)).isInstanceOfSatisfying(CatalogException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("CURRENCY_NOT_ACCEPTED");
                    assertThat(e.details()).containsEntry("currency", "USD").containsEntry("shopCurrency", "EUR");
                });
        assertThatThrownBy(() -> Product.publish(UUID.randomUUID(), SOURCE, facts("Lamp", "20.00", "USD", 4, null),
                PublishOverrides.NONE, SETTINGS)).isInstanceOf(CatalogException.class)
                .extracting("errorCode").isEqualTo("CURRENCY_NOT_ACCEPTED");
        CatalogSettings dollars = new CatalogSettings("en", new BigDecimal("17"), "USD");
        assertThat(Product.publish(UUID.randomUUID(), SOURCE, facts("Lamp", "20.00", "USD", 4, null),
                PublishOverrides.NONE, dollars).currency()).isEqualTo("USD");
    }

    @Test
    void aRefreshNeverSwitchesTheCurrencyNorReadsAnotherCurrencysAmounts() {
        Product product = published(PublishOverrides.NONE);
        List<FieldChange> planned = product.planRefresh(facts("Lamp (new)", "25.00", "USD", 4, null), FEED_RULES);
        assertThat(planned).extracting(FieldChange::field).contains(ProductField.CURRENCY, ProductField.PRICE,
                ProductField.NAME_EN);
        List<FieldChange> applied = product.applyRefresh(planned, FEED_RULES);
        assertThat(product.currency()).isEqualTo("EUR");
        assertThat(product.price()).isEqualByComparingTo("20.00");
        assertThat(product.name("en")).isEqualTo("Lamp (new)");
        assertThat(applied).filteredOn(c -> c.field().kind() == ProductField.Kind.PRICE)
                .extracting(FieldChange::outcome).containsOnly(FieldChange.Outcome.SKIPPED_INVALID);
    }

    @Test
    void theFeedsAvailabilityIsPublishedRefreshedAndLockable() {
        Product product = Product.publish(UUID.randomUUID(), SOURCE,
                facts("Lamp", "20.00", "EUR", 4, Availability.PREORDER), PublishOverrides.NONE, SETTINGS);
        assertThat(product.availability()).isEqualTo(Availability.PREORDER);
        assertThat(published(PublishOverrides.NONE).availability()).isEqualTo(Availability.IN_STOCK);

        List<FieldChange> planned = product.planRefresh(facts("Lamp", "20.00", "EUR", 4, Availability.OUT_OF_STOCK),
                FEED_RULES);
        assertThat(planned).singleElement().satisfies(c -> {
            assertThat(c.field()).isEqualTo(ProductField.AVAILABILITY);
            assertThat(c.from()).isEqualTo("PREORDER");
            assertThat(c.to()).isEqualTo("OUT_OF_STOCK");
        });
        product.applyRefresh(planned, FEED_RULES);
        assertThat(product.availability()).isEqualTo(Availability.OUT_OF_STOCK);
        // a feed that does not say leaves it; a locked one keeps the vendor's
        assertThat(product.planRefresh(facts("Lamp", "20.00", "EUR", 4, null), FEED_RULES)).isEmpty();
        assertThat(product.edit(new ProductEdit(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, "backorder"))).containsExactly(ProductField.AVAILABILITY);
        assertThat(product.lockedFields()).containsExactly(ProductField.AVAILABILITY);
        assertThat(product.applyRefresh(product.planRefresh(facts("Lamp", "20.00", "EUR", 4, Availability.IN_STOCK),
                FEED_RULES), FEED_RULES)).singleElement().extracting(FieldChange::outcome).isEqualTo(FieldChange.Outcome.KEPT_LOCKED);
        assertThat(product.availability()).isEqualTo(Availability.BACKORDER);
    }

    @Test
    void gtinsNeedAValidCheckDigit() {
        assertThat(ProductRules.isGtin("4006381333931")).isTrue();
        assertThat(ProductRules.isGtin("4006381333932")).isFalse();
        assertThat(ProductRules.isGtin("96385074")).isTrue();
        assertThat(ProductRules.isGtin("4.00638E+12")).isFalse();
    }

    @Test
    void feedFactsAreMadeToFit() {
        SourceFacts facts = new SourceFacts(Map.of("en", "x".repeat(600), "it", "Lampada"), null,
                new BigDecimal("10"), new BigDecimal("12"), "EUR", null, " ", "123",
                List.of("https://a.example/1.jpg", "javascript:alert(1)"), null, -1, null);
        assertThat(facts.names()).containsOnlyKeys("en");
        assertThat(facts.names().get("en")).hasSize(ProductRules.MAX_NAME);
        assertThat(facts.salePrice()).isNull();
        assertThat(facts.brand()).isNull();
        assertThat(facts.gtin()).isNull();
        assertThat(facts.images()).containsExactly("https://a.example/1.jpg");
        assertThat(facts.quantity()).isNull();
    }
}
