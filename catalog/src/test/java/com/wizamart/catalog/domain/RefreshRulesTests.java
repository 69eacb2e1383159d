package com.wizamart.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Who owns stock and prices, rejected values, and the stock a feed's quantity replaces (ADR 0019). */
class RefreshRulesTests {

    private static final CatalogSettings FEED = CatalogSettings.DEFAULTS;
    private static final CatalogSettings PLATFORM = new CatalogSettings("en", new BigDecimal("17"),
            Ownership.PLATFORM, Ownership.PLATFORM);

    private static SourceFacts facts(String price, Integer quantity) {
        return new SourceFacts(Map.of("en", "Lamp"), Map.of(), new BigDecimal(price), null, "EUR",
                new BigDecimal("17"), "Maker", null, List.of(), null, quantity, null);
    }

    /** Published with price 20.00 and 24 units from the feed. */
    private static Product published() {
        return Product.publish(UUID.randomUUID(), new ProductSource(UUID.randomUUID(), "letzshop", "LS-1"),
                facts("20.00", 24), PublishOverrides.NONE, FEED);
    }

    private static FieldChange change(List<FieldChange> changes, ProductField field) {
        return changes.stream().filter(c -> c.field() == field).findFirst().orElseThrow();
    }

    @Test
    void aStockChangeReplacesTheOnHandAtTheFeedLocationAsItIsNow() {
        Product product = published();
        // counted down to 0 by hand; the feed says 30 now
        List<FieldChange> planned = product.planRefresh(facts("20.00", 30),
                RefreshRules.of(FEED).forProduct(0, Map.of()));
        FieldChange stock = change(planned, ProductField.QUANTITY);
        assertThat(stock.from()).isEqualTo("0");
        assertThat(stock.to()).isEqualTo("30");
        assertThat(stock.outcome()).isEqualTo(FieldChange.Outcome.PENDING);
    }

    @Test
    void aFeedWhoseQuantityDidNotChangeLeavesTheStockAlone() {
        Product product = published();
        // sales took the feed location down to 7; the feed still says 24
        List<FieldChange> planned = product.planRefresh(facts("21.00", 24),
                RefreshRules.of(FEED).forProduct(7, Map.of()));
        assertThat(planned).extracting(FieldChange::field).containsExactly(ProductField.PRICE);
    }

    @Test
    void whenThePlatformOwnsStockAndPricesTheFeedsChangesAreRecordedAndKept() {
        Product product = published();
        RefreshRules rules = RefreshRules.of(PLATFORM).forProduct(5, Map.of());
        List<FieldChange> planned = product.planRefresh(facts("25.00", 30), rules);
        assertThat(change(planned, ProductField.QUANTITY)).satisfies(c -> {
            assertThat(c.outcome()).isEqualTo(FieldChange.Outcome.KEPT_PLATFORM_OWNED);
            assertThat(c.reasonCode()).isEqualTo(ChangeReason.PLATFORM_OWNS_STOCK);
            assertThat(c.from()).isEqualTo("5");
        });
        assertThat(change(planned, ProductField.PRICE)).satisfies(c -> {
            assertThat(c.outcome()).isEqualTo(FieldChange.Outcome.KEPT_PLATFORM_OWNED);
            assertThat(c.reasonCode()).isEqualTo(ChangeReason.PLATFORM_OWNS_PRICE);
        });
        RefreshSummary summary = RefreshSummary.EMPTY.plus(planned);
        assertThat(summary.productsChanged()).isZero();
        assertThat(summary.platformKept()).isEqualTo(2);

        product.applyRefresh(planned, rules);
        assertThat(product.price()).isEqualByComparingTo("20.00");
        assertThat(product.sourceQuantity()).isEqualTo(24);
    }

    @Test
    void theOwnershipAtApplyTimeDecidesAHeldChange() {
        Product product = published();
        List<FieldChange> planned = product.planRefresh(facts("25.00", 24), RefreshRules.of(FEED).forProduct(24,
                Map.of()));
        List<FieldChange> applied = product.applyRefresh(planned, RefreshRules.of(PLATFORM).forProduct(null,
                Map.of()));
        assertThat(change(applied, ProductField.PRICE).outcome()).isEqualTo(FieldChange.Outcome.KEPT_PLATFORM_OWNED);
        assertThat(product.price()).isEqualByComparingTo("20.00");
    }

    @Test
    void aRejectedValueIsKeptOutWhileTheFeedPresentsItAndANewOneIsPlanned() {
        Product product = published();
        RefreshRules rules = RefreshRules.of(FEED).forProduct(24, Map.of(ProductField.PRICE, "51.00"));

        List<FieldChange> same = product.planRefresh(facts("51.00", 24), rules);
        assertThat(change(same, ProductField.PRICE)).satisfies(c -> {
            assertThat(c.outcome()).isEqualTo(FieldChange.Outcome.KEPT_REJECTED);
            assertThat(c.reasonCode()).isEqualTo(ChangeReason.VALUE_REJECTED);
        });
        assertThat(RefreshSummary.EMPTY.plus(same).rejectedKept()).isEqualTo(1);
        assertThat(rules.rejectionsOverBy(facts("51.00", 24))).isEmpty();

        List<FieldChange> other = product.planRefresh(facts("52.00", 24), rules);
        assertThat(change(other, ProductField.PRICE).outcome()).isEqualTo(FieldChange.Outcome.PENDING);
        assertThat(rules.rejectionsOverBy(facts("52.00", 24))).containsExactly(ProductField.PRICE);
    }

    @Test
    void aRejectedRemovalIsRememberedToo() {
        Map<ProductField, String> rejected = new EnumMap<>(ProductField.class);
        rejected.put(ProductField.BRAND, null);
        RefreshRules rules = RefreshRules.of(FEED).forProduct(24, rejected);
        SourceFacts withoutBrand = new SourceFacts(Map.of("en", "Lamp"), Map.of(), new BigDecimal("20.00"), null,
                "EUR", new BigDecimal("17"), null, null, List.of(), null, 24, null);
        assertThat(change(published().planRefresh(withoutBrand, rules), ProductField.BRAND).outcome())
                .isEqualTo(FieldChange.Outcome.KEPT_REJECTED);
    }

    @Test
    void inventorysAnswerDecidesAStockChange() {
        Product product = published();
        FieldChange planned = change(product.planRefresh(facts("20.00", 1), RefreshRules.of(FEED).forProduct(3,
                Map.of())), ProductField.QUANTITY);

        FieldChange held = product.feedStockSet(planned,
                new StockAnswer(StockAnswer.Result.BELOW_RESERVED, "DEFAULT", 3, 3));
        assertThat(held.outcome()).isEqualTo(FieldChange.Outcome.SKIPPED_STOCK_RESERVED);
        assertThat(held.reasonCode()).isEqualTo(ChangeReason.STOCK_RESERVED);
        assertThat(held.reason()).isEqualTo("3 unit(s) at DEFAULT are held by open orders: on hand there cannot go"
                + " down to 1 (it stays 3).");
        assertThat(held.outcome().skipped()).isTrue();
        assertThat(product.sourceQuantity()).as("not applied").isEqualTo(24);

        FieldChange moved = product.feedStockSet(planned,
                new StockAnswer(StockAnswer.Result.CHANGED_SINCE, "DEFAULT", 2, 0));
        assertThat(moved.outcome()).isEqualTo(FieldChange.Outcome.SKIPPED_STALE);
        assertThat(moved.reason()).contains("is 2 now, 3 when the refresh was planned");

        FieldChange set = product.feedStockSet(planned, new StockAnswer(StockAnswer.Result.SET, "DEFAULT", 3, 0));
        assertThat(set.outcome()).isEqualTo(FieldChange.Outcome.APPLIED);
        assertThat(set.reasonCode()).isNull();
        assertThat(product.sourceQuantity()).isEqualTo(1);
        assertThatThrownBy(() -> product.feedStockSet(set, new StockAnswer(StockAnswer.Result.SET, "DEFAULT", 1, 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRejectionIsOverOnceTheFeedStopsPresentingTheFieldOrItsValue() {
        Map<ProductField, String> rejected = new EnumMap<>(ProductField.class);
        rejected.put(ProductField.PRICE, "20.00");
        rejected.put(ProductField.QUANTITY, "24");
        rejected.put(ProductField.NAME_FR, "Lampe");
        RefreshRules rules = RefreshRules.of(FEED).forProduct(24, rejected);
        // the feed still says 20.00 and 24, has no French name any more
        assertThat(rules.rejectionsOverBy(facts("20.00", 24))).containsExactly(ProductField.NAME_FR);
        // a feed without a quantity does not present the rejected one either
        assertThat(rules.rejectionsOverBy(facts("20.00", null)))
                .containsExactly(ProductField.QUANTITY, ProductField.NAME_FR);
        assertThat(RefreshRules.of(FEED).rejectionsOverBy(facts("1.00", 1))).isEmpty();
    }

    @Test
    void whoOwnsPricesOwnsTheSalePriceAndTheCurrencyButNotTheTaxRate() {
        RefreshRules platformPrices = RefreshRules.of(new CatalogSettings("en", new BigDecimal("17"), Ownership.FEED,
                Ownership.PLATFORM));
        assertThat(platformPrices.platformOwned(ProductField.PRICE)).isEqualTo(ChangeReason.PLATFORM_OWNS_PRICE);
        assertThat(platformPrices.platformOwned(ProductField.SALE_PRICE)).isEqualTo(ChangeReason.PLATFORM_OWNS_PRICE);
        assertThat(platformPrices.platformOwned(ProductField.CURRENCY)).isEqualTo(ChangeReason.PLATFORM_OWNS_PRICE);
        assertThat(platformPrices.platformOwned(ProductField.TAX_RATE)).isNull();
        assertThat(platformPrices.platformOwned(ProductField.QUANTITY)).as("the feed owns the stock").isNull();
        assertThat(RefreshRules.of(PLATFORM).platformOwned(ProductField.QUANTITY))
                .isEqualTo(ChangeReason.PLATFORM_OWNS_STOCK);
        assertThat(RefreshRules.of(PLATFORM).platformOwned(ProductField.NAME_EN)).isNull();
    }

    @Test
    void theRulesKeepACopyOfTheRejectedValues() {
        Map<ProductField, String> rejected = new EnumMap<>(ProductField.class);
        rejected.put(ProductField.BRAND, "Other");
        RefreshRules rules = RefreshRules.of(FEED).forProduct(null, rejected);
        rejected.clear();
        assertThat(rules.rejects(ProductField.BRAND, "Other")).isTrue();
        assertThat(rules.rejects(ProductField.BRAND, "Maker")).isFalse();
        assertThatThrownBy(() -> rules.rejected().put(ProductField.GTIN, null))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
