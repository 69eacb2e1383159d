package com.wizamart.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.server.RequestPath;

/** The vendor code of a public path, read decoded, as Spring MVC and Spring Security read the path. */
class VendorContextFilterTests {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "/api/v1/public/vendors/acme, acme", "/api/v1/public/vendors/acme/, acme",
            "/api/v1/public/vendors/acme/products, acme", "/api/v1/public/vendors/acme/cart/s1/items, acme",
            "/api/v1/public/vendors/%61cme/products, acme", "/api/v1/%70ublic/vendors/acme/products, acme",
            "/api/v1/public/vendors/a%20b/products, a b", "/api/v1/public/vendors/%E2%82%AC, \u20ac",
            "/api/v1/public/vendors/, null", "/api/v1/public/vendors//products, null", "/api/v1/public/vendors, null",
            "/api/v1/public/vendor/acme, null", "/api/v1/vendor/products, null", "/api/v1/public/vendorsacme, null",
            "/x/api/v1/public/vendors/acme, null"})
    void readsTheDecodedVendorCode(String path, String code) {
        assertThat(VendorContextFilter.publicVendorCode(RequestPath.parse(path, null).pathWithinApplication()))
                .isEqualTo(code);
    }
}
