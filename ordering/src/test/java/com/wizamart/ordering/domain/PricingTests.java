package com.wizamart.ordering.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.wizamart.sharedkernel.DomainException;
import com.wizamart.sharedkernel.ValidationException;

class PricingTests {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void vatIsIncludedInGrossPricesAndRoundedOncePerRate() {
        List<VatLine> vat = VatLine.breakdown(List.of(
                new VatLine.Taxed(new BigDecimal("17"), new BigDecimal("23.40")),
                new VatLine.Taxed(new BigDecimal("3"), new BigDecimal("20.60")),
                new VatLine.Taxed(new BigDecimal("17.00"), new BigDecimal("0.01")),
                new VatLine.Taxed(new BigDecimal("17"), new BigDecimal("0.01"))));
        assertThat(vat).hasSize(2);
        assertThat(vat.get(0).rate()).isEqualByComparingTo("3");
        assertThat(vat.get(0).tax()).isEqualByComparingTo("0.60");
        assertThat(vat.get(0).net()).isEqualByComparingTo("20.00");
        // 23.42 * 17 / 117 = 3.4029 -> 3.40 (per line it would be 3.40 + 0.00 + 0.00 too, but summed first)
        assertThat(vat.get(1).gross()).isEqualByComparingTo("23.42");
        assertThat(vat.get(1).tax()).isEqualByComparingTo("3.40");
        assertThat(vat.get(1).net().add(vat.get(1).tax())).isEqualByComparingTo(vat.get(1).gross());
        assertThat(VatLine.totalTax(vat)).isEqualByComparingTo("4.00");
    }

    @Test
    void flagsLinesThatCannotBeOrdered() {
        ProductFacts ok = product("OK", "2.00", true);
        ProductFacts inactive = product("OFF", "3.00", false);
        ProductFacts scarce = product("FEW", "4.00", true);
        UUID gone = UUID.randomUUID();
        List<CartLine> lines = List.of(new CartLine(ok.id(), 2, NOW), new CartLine(inactive.id(), 1, NOW),
                new CartLine(scarce.id(), 5, NOW), new CartLine(gone, 1, NOW));
        PricedCart cart = PricedCart.of(lines, Map.of(ok.id(), ok, inactive.id(), inactive, scarce.id(), scarce),
                Map.of(ok.id(), 10, inactive.id(), 10, scarce.id(), 2), "EUR");
        assertThat(cart.lines()).extracting(PricedCart.PricedLine::status).containsExactly(PricedCart.LineStatus.OK,
                PricedCart.LineStatus.INACTIVE, PricedCart.LineStatus.INSUFFICIENT_STOCK,
                PricedCart.LineStatus.NOT_FOUND);
        assertThat(cart.orderable()).isFalse();
        assertThat(cart.total()).as("ok and short lines are priced").isEqualByComparingTo("24.00");
        assertThat(cart.itemCount()).isEqualTo(7);
        assertThat(cart.reasons()).extracting(PricedCart.Reason::code)
                .containsExactly("INACTIVE", "NOT_FOUND", "INSUFFICIENT_STOCK");
        assertThat(cart.lines()).extracting(PricedCart.PricedLine::reason).first().isNull();
        assertThat(cart.lines().get(2).reason()).isEqualTo("Only 2 in stock.");
    }

    @Test
    void aLineInAnotherCurrencyThanTheShopsIsNeverTotalled() {
        ProductFacts eur = product("E", "2.00", true);
        ProductFacts usd = new ProductFacts(UUID.randomUUID(), "U", "U", new BigDecimal("3.00"), "USD",
                new BigDecimal("17"), true);
        PricedCart cart = PricedCart.of(List.of(new CartLine(eur.id(), 1, NOW), new CartLine(usd.id(), 1, NOW)),
                Map.of(eur.id(), eur, usd.id(), usd), null, "EUR");
        assertThat(cart.orderable()).isFalse();
        assertThat(cart.currency()).isEqualTo("EUR");
        assertThat(cart.total()).isEqualByComparingTo("2.00");
        assertThat(cart.itemCount()).isEqualTo(1);
        assertThat(cart.lines().get(1).status()).isEqualTo(PricedCart.LineStatus.CURRENCY_NOT_ACCEPTED);
        assertThat(cart.lines().get(1).reason()).contains("USD", "EUR");
        assertThat(cart.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("CURRENCY_NOT_ACCEPTED");
            assertThat(r.productIds()).containsExactly(usd.id());
            assertThat(r.message()).contains("USD", "EUR");
        });
        // every line in another currency: nothing to total, still in the shop's currency
        PricedCart dollars = PricedCart.of(List.of(new CartLine(usd.id(), 2, NOW)), Map.of(usd.id(), usd), null,
                "EUR");
        assertThat(dollars.total()).isEqualByComparingTo("0.00");
        assertThat(dollars.currency()).isEqualTo("EUR");
        assertThat(dollars.orderable()).isFalse();
    }

    @Test
    void outOfStockProductsAreNotOrderableAndPreordersMayExceedTheStock() {
        ProductFacts out = withAvailability(product("OUT", "2.00", true), ProductFacts.Availability.OUT_OF_STOCK);
        ProductFacts pre = withAvailability(product("PRE", "5.00", true), ProductFacts.Availability.PREORDER);
        ProductFacts back = withAvailability(product("BACK", "1.00", true), ProductFacts.Availability.BACKORDER);
        List<CartLine> lines = List.of(new CartLine(out.id(), 1, NOW), new CartLine(pre.id(), 4, NOW),
                new CartLine(back.id(), 2, NOW));
        Map<UUID, ProductFacts> products = Map.of(out.id(), out, pre.id(), pre, back.id(), back);
        PricedCart cart = PricedCart.of(lines, products, Map.of(out.id(), 50, pre.id(), 1, back.id(), 5), "EUR");
        assertThat(cart.lines()).extracting(PricedCart.PricedLine::status).containsExactly(
                PricedCart.LineStatus.OUT_OF_STOCK, PricedCart.LineStatus.OK, PricedCart.LineStatus.OK);
        assertThat(cart.lines()).extracting(PricedCart.PricedLine::backordered).containsExactly(0, 3, 0);
        assertThat(cart.reasons()).singleElement().satisfies(r -> {
            assertThat(r.code()).isEqualTo("OUT_OF_STOCK");
            assertThat(r.productIds()).containsExactly(out.id());
        });
        assertThat(PricedCart.of(lines.subList(1, 3), products, Map.of(), "EUR").orderable()).isTrue();
    }

    @Test
    void anEmptyCartSaysSo() {
        PricedCart empty = PricedCart.of(List.of(), Map.of(), Map.of(), "EUR");
        assertThat(empty.orderable()).isFalse();
        assertThat(empty.currency()).isNull();
        assertThat(empty.reasons()).extracting(PricedCart.Reason::code).containsExactly("EMPTY");
    }

    @Test
    void mergingCartsAddsQuantitiesUpToTheMaximum() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        List<CartLine> merged = Cart.merge(List.of(new CartLine(a, 2, NOW), new CartLine(b, 998, NOW)),
                List.of(new CartLine(b, 5, NOW), new CartLine(UUID.randomUUID(), 1, NOW)));
        assertThat(merged).hasSize(3);
        assertThat(merged.get(1).quantity()).isEqualTo(CartLine.MAX_QUANTITY);
    }

    @Test
    void theFingerprintCoversTheRequestNotTheKey() {
        Address address = Address.of("shippingAddress", "A", "B", null, "S", null, "P", "C", "LU", null);
        UUID vendor = UUID.randomUUID();
        UUID customer = UUID.randomUUID();
        PlaceOrderCommand one = new PlaceOrderCommand(vendor, customer, "c@x", "key-1", "session-1234", address, null,
                null);
        PlaceOrderCommand sameWithOtherKey = new PlaceOrderCommand(vendor, customer, "c@x", "key-2", "session-1234",
                address, null, " ");
        PlaceOrderCommand otherNote = new PlaceOrderCommand(vendor, customer, "c@x", "key-1", "session-1234", address,
                null, "please");
        assertThat(one.fingerprint()).isEqualTo(sameWithOtherKey.fingerprint()).hasSize(64);
        assertThat(one.fingerprint()).isNotEqualTo(otherNote.fingerprint());
        assertThatThrownBy(() -> new PlaceOrderCommand(vendor, customer, "c@x", " ", "session-1234", address, null,
                null)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.errorCode()).isEqualTo("IDEMPOTENCY_KEY_REQUIRED"));
    }

    @Test
    void addressIdsArePartOfTheRequestAndTheLanguageIsNot() {
        Address address = Address.of("shippingAddress", "A", "B", null, "S", null, "P", "C", "LU", null);
        UUID vendor = UUID.randomUUID();
        UUID customer = UUID.randomUUID();
        UUID home = UUID.randomUUID();
        UUID office = UUID.randomUUID();
        PlaceOrderCommand inline = new PlaceOrderCommand(vendor, customer, "c@x", "key-1", "session-1234", address,
                null, null);
        PlaceOrderCommand inlineInGerman = new PlaceOrderCommand(vendor, customer, "c@x", "key-1", "session-1234",
                address, null, null, null, null, "de", null);
        PlaceOrderCommand shipHome = new PlaceOrderCommand(vendor, customer, "c@x", "key-1", "session-1234", null,
                null, null, home, null, null, null);
        PlaceOrderCommand shipOffice = new PlaceOrderCommand(vendor, customer, "c@x", "key-1", "session-1234", null,
                null, null, office, null, "fr", null);
        PlaceOrderCommand billHome = new PlaceOrderCommand(vendor, customer, "c@x", "key-1", "session-1234", null,
                null, null, null, home, null, null);
        PlaceOrderCommand defaults = new PlaceOrderCommand(vendor, customer, "c@x", "key-1", "session-1234", null,
                null, null, null, null, null, null);
        assertThat(inlineInGerman.fingerprint()).isEqualTo(inline.fingerprint());
        assertThat(List.of(inline, shipHome, shipOffice, billHome, defaults)).extracting(PlaceOrderCommand::fingerprint)
                .doesNotHaveDuplicates();
        assertThatThrownBy(() -> new PlaceOrderCommand(vendor, customer, "c@x", "key-1", "session-1234", address,
                null, null, home, null, null, null)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("shippingAddressId"));
        assertThatThrownBy(() -> new PlaceOrderCommand(vendor, customer, "c@x", "key-1", "session-1234", null,
                address, null, null, home, null, null)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("billingAddressId"));
    }

    @Test
    void bookAddressesAreCheckedLikeCheckoutAddressesUnderTopLevelNames() {
        SaveAddressCommand saved = SaveAddressCommand.of(" Home ", " A ", "B", null, "S", " ", "P", "C", "lu", null,
                true, null);
        assertThat(saved.label()).isEqualTo("Home");
        assertThat(saved.address()).isEqualTo(Address.of("x", "A", "B", null, "S", null, "P", "C", "LU", null));
        assertThat(saved.defaultShipping()).isTrue();
        assertThat(saved.defaultBilling()).isNull();
        assertThatThrownBy(() -> SaveAddressCommand.of("x".repeat(51), "", "B", null, "S", null, "P", "C", "XX", null,
                null, null)).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                .extracting(v -> v.field()).containsExactlyInAnyOrder("label", "firstName", "country"));
    }

    @Test
    void theFingerprintCoversTheShippingMethodAndStaysAsItWasWithoutOne() throws Exception {
        Address address = Address.of("shippingAddress", "A", "B", null, "S", null, "P", "C", "LU", null);
        UUID vendor = UUID.randomUUID();
        UUID customer = UUID.randomUUID();
        PlaceOrderCommand none = new PlaceOrderCommand(vendor, customer, "c@x", "key-1", "session-1234", address,
                null, null);
        PlaceOrderCommand flat = new PlaceOrderCommand(vendor, customer, "c@x", "key-1", "session-1234", address,
                null, null, null, null, null, UUID.randomUUID());
        PlaceOrderCommand other = new PlaceOrderCommand(vendor, customer, "c@x", "key-1", "session-1234", address,
                null, null, null, null, null, UUID.randomUUID());
        assertThat(flat.fingerprint()).isNotEqualTo(none.fingerprint()).isNotEqualTo(other.fingerprint());
        // keys stored before shipping methods existed were fingerprinted over exactly this text
        String before = "session-1234\u001fA\u001eB\u001enull\u001eS\u001enull\u001eP\u001eC\u001eLU\u001enull"
                + "\u001f-\u001f-";
        assertThat(none.fingerprint()).isEqualTo(java.util.HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest(before.getBytes(
                        java.nio.charset.StandardCharsets.UTF_8))));
    }

    @Test
    void anOrderChargesItsShippingLineInTheTotalAndTheVatBreakdown() {
        ProductFacts book = new ProductFacts(UUID.randomUUID(), "B", "Book", new BigDecimal("21.10"), "EUR",
                new BigDecimal("3"), true, VatCategory.SUPER_REDUCED);
        PricedCart cart = PricedCart.of(List.of(new CartLine(book.id(), 2, NOW)), Map.of(book.id(), book), null, "EUR");
        ShippingMethod flat = ShippingMethod.define(UUID.randomUUID(), new ShippingMethodDetails("Post", "FLAT",
                new BigDecimal("5.85"), null, null, null, null, null), "EUR", NOW, NOW);
        ShippingLine shipping = ShippingLine.of(flat, flat.priceFor(cart.total()), new BigDecimal("17"));
        assertThat(shipping.tax()).isEqualByComparingTo("0.85");
        assertThat(shipping.net()).isEqualByComparingTo("5.00");
        Address address = Address.of("shippingAddress", "A", "B", null, "S", null, "P", "C", "LU", null);
        Order order = Order.place(UUID.randomUUID(), UUID.randomUUID(), "A-000001", UUID.randomUUID(), "c@x", cart,
                address, null, null, shipping, new VatTreatment(VatTreatment.Scheme.SHOP, "LU"), NOW);
        assertThat(order.total()).isEqualByComparingTo("48.05");
        assertThat(order.vat()).extracting(VatLine::rate).containsExactly(new BigDecimal("3.00"),
                new BigDecimal("17.00"));
        assertThat(order.vat().get(0).tax()).isEqualByComparingTo("1.23");
        assertThat(order.vat().get(1).tax()).isEqualByComparingTo("0.85");
        assertThat(order.taxTotal()).isEqualByComparingTo("2.08");
        assertThat(order.itemCount()).as("shipping is no item").isEqualTo(2);
    }

    @Test
    void aCartTaxedAtTheDestinationsRatesKeepsItsGrossPrices() {
        ProductFacts book = new ProductFacts(UUID.randomUUID(), "B", "Book", new BigDecimal("10.55"), "EUR",
                new BigDecimal("3"), true, VatCategory.REDUCED);
        ProductFacts lamp = product("L", "24.00", true);
        PricedCart cart = PricedCart.of(List.of(new CartLine(book.id(), 1, NOW), new CartLine(lamp.id(), 1, NOW)),
                Map.of(book.id(), book, lamp.id(), lamp), null, "EUR");
        PricedCart french = cart.taxedAt(p -> p.vatCategory() == VatCategory.REDUCED ? new BigDecimal("5.5")
                : new BigDecimal("20"));
        assertThat(french.total()).isEqualByComparingTo(cart.total()).isEqualByComparingTo("34.55");
        assertThat(french.lines()).extracting(l -> l.product().taxRate().stripTrailingZeros().toPlainString())
                .containsExactly("5.5", "20");
        assertThat(french.vat()).extracting(VatLine::tax).containsExactly(new BigDecimal("0.55"),
                new BigDecimal("4.00"));
    }

    @Test
    void addressesAreCheckedFieldByField() {
        assertThatThrownBy(() -> Address.of("shippingAddress", "", "B", null, "S", null, "P", "C", "XX", null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field())
                        .containsExactlyInAnyOrder("shippingAddress.firstName", "shippingAddress.country"));
        assertThat(Address.of("a", " Ann ", "Lee", null, "S", null, "P", "C", "lu", null).country()).isEqualTo("LU");
    }

    private static ProductFacts product(String sku, String price, boolean active) {
        return new ProductFacts(UUID.randomUUID(), sku, sku, new BigDecimal(price), "EUR", new BigDecimal("17"),
                active, ProductFacts.Availability.IN_STOCK);
    }

    private static ProductFacts withAvailability(ProductFacts p, ProductFacts.Availability availability) {
        return new ProductFacts(p.id(), p.sku(), p.name(), p.unitPrice(), p.currency(), p.taxRate(), p.active(),
                availability);
    }
}
