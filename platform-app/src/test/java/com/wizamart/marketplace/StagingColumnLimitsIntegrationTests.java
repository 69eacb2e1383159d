package com.wizamart.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.wizamart.marketplace.spi.FeedRowError;
import com.wizamart.marketplace.spi.StagedField;
import com.wizamart.support.ApiTest;

/**
 * The staging columns follow from the limits the adapter SPI declares ({@link StagedField}): a column changed without
 * its limit, a limit without its column, or a new length-limited column without a declared limit fails here.
 */
class StagingColumnLimitsIntegrationTests extends ApiTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyLengthLimitedStagingColumnHoldsExactlyItsFieldsDeclaredLimit() {
        Map<String, Integer> columns = lengths("marketplace_staged_products");
        // not a feed value: the adapter's name
        columns.remove("marketplace");

        Map<String, Integer> declared = Arrays.stream(StagedField.values()).filter(f -> f.column() != null)
                .collect(Collectors.toMap(StagedField::column, StagedField::maxLength));

        assertThat(columns).isEqualTo(declared);
    }

    @Test
    void textsAndAttributesHaveNoColumnLimitButTheirDeclaredOne() {
        // titles, descriptions and raw values per language; attributes, whatever their names, in one JSON object
        assertThat(lengths("marketplace_staged_texts")).containsOnlyKeys("language");
        assertThat(lengths("marketplace_raw_layouts")).isEmpty();
        assertThat(jdbc.queryForObject("""
                select data_type from information_schema.columns where table_schema = current_schema()
                  and table_name = 'marketplace_staged_products' and column_name = 'attributes'""", String.class))
                .isEqualTo("jsonb");
    }

    @Test
    void theLargestDeclaredNumbersFitTheirColumns() {
        assertFits("price_amount", StagedField.MAX_AMOUNT);
        assertFits("sale_amount", StagedField.MAX_AMOUNT);
        assertFits("tax_rate", StagedField.MAX_TAX_RATE);
        assertThat(StagedField.MAX_AMOUNT.add(new BigDecimal("0.01")).precision())
                .as("the largest amount is the largest the column holds").isGreaterThan(precision("price_amount"));
    }

    @Test
    void rowErrorsFitTheirColumns() {
        int longestSeverity = java.util.Arrays.stream(FeedRowError.Severity.values())
                .mapToInt(severity -> severity.name().length()).max().orElseThrow();
        assertThat(lengths("marketplace_import_errors")).containsOnlyKeys("column_name", "severity")
                .containsEntry("column_name", FeedRowError.MAX_FIELD);
        assertThat(lengths("marketplace_import_errors").get("severity")).isGreaterThanOrEqualTo(longestSeverity);
    }

    private Map<String, Integer> lengths(String table) {
        Map<String, Integer> lengths = new HashMap<>();
        jdbc.query("""
                select column_name, character_maximum_length from information_schema.columns
                where table_schema = current_schema() and table_name = ?
                  and data_type in ('character varying', 'character')""",
                rs -> {
                    lengths.put(rs.getString(1), rs.getInt(2));
                }, table);
        return lengths;
    }

    private int precision(String column) {
        return jdbc.queryForObject("""
                select numeric_precision from information_schema.columns
                where table_schema = current_schema() and table_name = 'marketplace_staged_products'
                  and column_name = ?""", Integer.class, column);
    }

    private void assertFits(String column, BigDecimal largest) {
        Map<String, Object> type = jdbc.queryForMap("""
                select numeric_precision, numeric_scale from information_schema.columns
                where table_schema = current_schema() and table_name = 'marketplace_staged_products'
                  and column_name = ?""", column);
        int precision = ((Number) type.get("numeric_precision")).intValue();
        int scale = ((Number) type.get("numeric_scale")).intValue();
        assertThat(largest.scale()).as(column).isLessThanOrEqualTo(scale);
        assertThat(largest.precision() - largest.scale()).as(column + ": integer digits")
                .isLessThanOrEqualTo(precision - scale);
    }
}
