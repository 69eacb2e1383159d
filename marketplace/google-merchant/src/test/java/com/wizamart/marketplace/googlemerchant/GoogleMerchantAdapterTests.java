package com.wizamart.marketplace.googlemerchant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.wizamart.marketplace.spi.Attribute;
import com.wizamart.marketplace.spi.MarketplaceAdapter;
import com.wizamart.marketplace.spi.StagedField;

class GoogleMerchantAdapterTests {

    private final MarketplaceAdapter adapter = new GoogleMerchantAdapter();

    @Test
    void itIsGoogleMerchantCenterInEveryLanguageTheVendorGives() {
        assertThat(adapter.name()).isEqualTo("google-merchant").matches("[a-z0-9-]{1,32}");
        assertThat(adapter.displayName()).isEqualTo("Google Merchant Center");
        assertThat(adapter.supportedFormats()).containsExactlyInAnyOrder("rss", "atom", "tsv");
        assertThat(adapter.languages()).isEmpty();
    }

    @Test
    void theFieldsItFillsAreProductFieldsOrAttributes() {
        Set<String> known = new HashSet<>();
        Arrays.stream(StagedField.values()).map(StagedField::fieldName).forEach(known::add);
        known.add("quantity");
        known.add("tax_rate");
        Set<String> attributes = new HashSet<>(adapter.fields());
        attributes.removeAll(known);

        assertThat(adapter.fields()).contains("id", "title", "price", "sale_price", "additional_image_link",
                "item_group_id", "quantity");
        assertThat(attributes).containsExactlyInAnyOrder(Attribute.GOOGLE_PRODUCT_CATEGORY.name(),
                Attribute.COLOR.name(), Attribute.SIZE.name(), Attribute.GENDER.name(), Attribute.AGE_GROUP.name(),
                Attribute.IDENTIFIER_EXISTS.name(), Attribute.ADULT.name(), "shipping", "shipping_weight",
                "shipping_weight_unit");
    }
}
