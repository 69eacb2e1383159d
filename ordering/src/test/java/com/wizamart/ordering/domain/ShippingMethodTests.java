package com.wizamart.ordering.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;

class ShippingMethodTests {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static ShippingMethod define(String kind, String price, String threshold, List<String> countries,
                                         String pickup) {
        return ShippingMethod.define(UUID.randomUUID(), new ShippingMethodDetails("Method", kind,
                price == null ? null : new BigDecimal(price), null, threshold == null ? null : new BigDecimal(threshold),
                countries, pickup, null), "EUR", NOW, NOW);
    }

    @Test
    void freeAboveIsFreeFromTheThresholdOn() {
        ShippingMethod method = define("free_above", "4.90", "50", null, null);
        assertThat(method.kind()).isEqualTo(ShippingKind.FREE_ABOVE);
        assertThat(method.priceFor(new BigDecimal("49.99"))).isEqualByComparingTo("4.90");
        assertThat(method.priceFor(new BigDecimal("50.00"))).isEqualByComparingTo("0.00");
        assertThat(method.priceFor(new BigDecimal("50.01"))).isEqualByComparingTo("0.00");
        assertThat(method.currency()).as("the shop's currency by default").isEqualTo("EUR");
        assertThat(method.active()).isTrue();
    }

    @Test
    void aZoneIsAListOfCountriesAndPickUpServesEveryDestination() {
        ShippingMethod benelux = define("FLAT", "7.90", null, List.of("nl", " BE", "LU", "BE"), null);
        assertThat(benelux.countries()).containsExactly("BE", "LU", "NL");
        assertThat(benelux.serves("BE")).isTrue();
        assertThat(benelux.serves("FR")).isFalse();
        assertThat(define("FLAT", "12", null, List.of(), null).serves("US")).as("no zone: everywhere").isTrue();
        ShippingMethod pickup = define("PICKUP", "0", null, null, "Shop, 1 Rue du Fort, Luxembourg");
        assertThat(pickup.delivers()).isFalse();
        assertThat(pickup.serves(null)).isTrue();
        assertThat(pickup.priceFor(new BigDecimal("1"))).isEqualByComparingTo("0");
    }

    @Test
    void namesEveryInvalidField() {
        assertThatThrownBy(() -> ShippingMethod.define(UUID.randomUUID(), new ShippingMethodDetails(" ", "TELEPORT",
                new BigDecimal("-1"), "USD", new BigDecimal("10"), List.of("XX"), null, null), "EUR", NOW, NOW))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactlyInAnyOrder("name", "kind", "price", "currency", "countries[0]"));
        assertThatThrownBy(() -> define("FREE_ABOVE", "0", "0", null, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactlyInAnyOrder("price", "threshold"));
        assertThatThrownBy(() -> define("FLAT", "1.999", "20", null, "Back door"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactlyInAnyOrder("price", "threshold", "pickupLocation"));
        assertThatThrownBy(() -> define("PICKUP", "0", null, List.of("LU"), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactlyInAnyOrder("countries", "pickupLocation"));
        assertThatThrownBy(() -> ShippingMethod.define(UUID.randomUUID(), new ShippingMethodDetails("Post", "FLAT",
                null, "EURO", null, null, null, null), "EUR", NOW, NOW))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactlyInAnyOrder("price", "currency"));
    }

    @Test
    void amountsRunFromZeroTo99999999Point99WithAtMostTwoDecimals() {
        assertThat(define("FLAT", "0", null, null, null).price()).isEqualTo(new BigDecimal("0.00"));
        assertThat(define("FLAT", "99999999.99", null, null, null).price()).isEqualByComparingTo("99999999.99");
        assertThat(define("FLAT", "4.900", null, null, null).price()).as("trailing zeros are no decimals")
                .isEqualTo(new BigDecimal("4.90"));
        for (String refused : List.of("100000000.00", "-0.01", "0.001")) {
            assertThatThrownBy(() -> define("FLAT", refused, null, null, null)).as(refused)
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                            .extracting(FieldViolation::field).containsExactly("price"));
        }
    }

    @Test
    void aNameHasAtMost100CharactersAfterStripping() {
        ShippingMethod method = ShippingMethod.define(UUID.randomUUID(), new ShippingMethodDetails(
                "  " + "n".repeat(100) + "  ", "FLAT", BigDecimal.ONE, null, null, null, null, false), "EUR", NOW, NOW);
        assertThat(method.name()).hasSize(100);
        assertThat(method.active()).as("switched off when the vendor says so").isFalse();
        assertThatThrownBy(() -> ShippingMethod.define(UUID.randomUUID(), new ShippingMethodDetails("n".repeat(101),
                "FLAT", BigDecimal.ONE, null, null, null, null, null), "EUR", NOW, NOW))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("name"));
    }

    @Test
    void aZoneNamesEachBadEntryAndHasAtMost250Countries() {
        assertThatThrownBy(() -> define("FLAT", "1", null, java.util.Arrays.asList("LU", null, "", "FRA"), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactly("countries[1]", "countries[2]", "countries[3]"));
        assertThatThrownBy(() -> define("FLAT", "1", null, java.util.Collections.nCopies(251, "LU"), null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field).containsExactly("countries"));
        ShippingMethod zone = define("FLAT", "1", null, List.of("LU"), null);
        assertThat(zone.serves(null)).as("a delivery needs a destination in its zone").isFalse();
        assertThat(zone.delivers()).isTrue();
    }

    @Test
    void aFlatPriceIsTheSameWhateverTheGoodsCost() {
        ShippingMethod flat = define("flat", "7.90", null, null, null);
        assertThat(flat.priceFor(BigDecimal.ZERO)).isEqualByComparingTo("7.90");
        assertThat(flat.priceFor(new BigDecimal("100000"))).isEqualByComparingTo("7.90");
        assertThat(flat.threshold()).isNull();
    }

    @Test
    void theShippingLineSplitsTheGrossPriceIntoNetAndVatAndKeepsThePickUpLocation() {
        ShippingMethod pickup = define("PICKUP", "0", null, null, " Shop ");
        ShippingLine free = ShippingLine.of(pickup, pickup.priceFor(new BigDecimal("10")), new BigDecimal("17"));
        assertThat(free.tax()).isEqualByComparingTo("0");
        assertThat(free.pickupLocation()).isEqualTo("Shop");
        ShippingLine post = ShippingLine.of(define("FLAT", "4.90", null, null, null), new BigDecimal("4.90"),
                new BigDecimal("20"));
        // 4.90 * 20 / 120 = 0.8166... -> 0.82
        assertThat(post.tax()).isEqualTo(new BigDecimal("0.82"));
        assertThat(post.net()).isEqualTo(new BigDecimal("4.08"));
        assertThat(post.taxRate()).isEqualTo(new BigDecimal("20.00"));
        assertThat(post.pickupLocation()).isNull();
    }
}
