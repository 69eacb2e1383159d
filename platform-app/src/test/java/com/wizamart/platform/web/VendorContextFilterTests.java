package com.wizamart.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The vendor code of a public path, read as the expression the filter used before (ADR 0010) reads it, for the paths
 * the firewall lets through (it refuses line breaks, which the expression's {@code .} did not match).
 */
class VendorContextFilterTests {

    private static final Pattern PUBLIC_PATH = Pattern.compile("^/api/v1/public/vendors/([^/]+)(?:/.*)?$");

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/public/vendors/acme", "/api/v1/public/vendors/acme/",
        "/api/v1/public/vendors/acme/products", "/api/v1/public/vendors/acme/cart/s1/items", "/api/v1/public/vendors/", "/api/v1/public/vendors//products",
        "/api/v1/public/vendors", "/api/v1/public/vendor/acme", "/api/v1/vendor/products", "/api/v1/public/vendorsacme",
        "/x/api/v1/public/vendors/acme", "/api/v1/public/vendors/a%20b/products", ""})
    void readsTheVendorCodeAsTheOldExpression(String path) {
        Matcher m = PUBLIC_PATH.matcher(path);
        assertThat(VendorContextFilter.publicVendorCode(path)).isEqualTo(m.matches() ? m.group(1) : null);
    }
}
