package com.wizamart.marketplace.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.wizamart.marketplace.application.port.in.StagedProductDetail.Change;

/** The changes of a staged product's latest changing import, from the former values staging keeps. */
class LastChangesTests {

    private static final UUID JOB = UUID.randomUUID();

    @Test
    void listsTheFactsThatChangedWithTheirFormerAndCurrentValues_aFormerNoneIncluded() {
        Map<String, Object> former = Map.of("price_amount", List.of(new BigDecimal("10.50")),
                "brand", Arrays.asList((Object) null));
        Map<String, Object> now = new HashMap<>();
        now.put("price_amount", new BigDecimal("12.00"));
        now.put("brand", "Kaffi");
        now.put("gtin", "4006381333931");

        assertThat(LastChanges.ofFacts(former, now, JOB)).containsExactly(
                new Change("price", null, new BigDecimal("10.50"), new BigDecimal("12.00"), JOB),
                new Change("brand", null, null, "Kaffi", JOB));
    }

    @Test
    void namesEachAttributeThatChanged_notTheOthers() {
        Map<String, Object> former = Map.of("attributes", List.of(Map.of("color", "red", "size", "M", "weight", 2)));
        Map<String, Object> now = Map.of("attributes", Map.of("color", "blue", "size", "M", "adult", true,
                "weight", new BigDecimal("2.0")));

        assertThat(LastChanges.ofFacts(former, now, JOB)).containsExactly(
                new Change("attributes.adult", null, null, true, JOB),
                new Change("attributes.color", null, "red", "blue", JOB));
    }

    @Test
    void nothingWhenNoImportChangedTheProduct() {
        assertThat(LastChanges.ofFacts(null, Map.of(), null)).isEmpty();
        assertThat(LastChanges.ofTexts("fr", null, "Titre", null, null)).isEmpty();
    }

    @Test
    void aLanguagesTitleAndDescriptionChangesCarryTheLanguage() {
        assertThat(LastChanges.ofTexts("fr", Map.of("description", Arrays.asList((Object) null)), "Titre",
                "Nouveau", JOB)).containsExactly(new Change("description", "fr", null, "Nouveau", JOB));
        assertThat(LastChanges.ofTexts("en", Map.of("title", List.of("Old")), "New", null, JOB))
                .containsExactly(new Change("title", "en", "Old", "New", JOB));
    }

    @Test
    void theFormerValuesExpressionKeepsOnlyTheColumnsThatChange() {
        assertThat(PostgresStagingStore.formerValues("s.", "c.", "brand, gtin")).isEqualTo(
                "jsonb_strip_nulls(jsonb_build_object('brand', case when s.brand is distinct from c.brand then "
                        + "jsonb_build_array(s.brand) end, 'gtin', case when s.gtin is distinct from c.gtin then "
                        + "jsonb_build_array(s.gtin) end))");
    }
}
