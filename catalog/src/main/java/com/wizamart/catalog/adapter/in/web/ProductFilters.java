package com.wizamart.catalog.adapter.in.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.Size;

import org.springframework.beans.propertyeditors.CustomNumberEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.servlet.support.ExtendedServletRequestDataBinder;

import com.wizamart.catalog.application.port.in.ProductQuery;

/**
 * The query parameters every product list takes, bound from the query string by Spring MVC's data binding (a model
 * attribute, validated with {@code @Valid}). An empty value is no filter, and so is a blank flag or amount; flags
 * read {@code true/false/on/off/yes/no/1/0}. A malformed or too long value is 422 {@code VALIDATION_FAILED} naming
 * the parameter.
 *
 * @param inStock  {@literal true}: available quantity above zero; {@literal false}: none available.
 * @param brand    exact, any case.
 * @param minPrice lowest current price (the sale price when there is one).
 * @param lang     the language of names and descriptions (else {@code Accept-Language}).
 */
record ProductFilters(Boolean featured, Boolean inStock, @Size(max = 200) String brand, BigDecimal minPrice,
                      BigDecimal maxPrice, @Size(max = 8) String lang) {

    ProductFilters {
        brand = brand == null || brand.isEmpty() ? null : brand;
        lang = lang == null || lang.isEmpty() ? null : lang;
    }

    ProductQuery query(String text, boolean activeOnly, Boolean active, String language) {
        return new ProductQuery(text, activeOnly, active, featured, inStock, brand, minPrice, maxPrice, language);
    }

    /**
     * For the lists' {@code @InitBinder}: the filters come from the query string only (Spring MVC's binder would also
     * fill a constructor argument from a request header of its name, {@code Lang: de} or {@code Featured: x}, which
     * neither the unknown-parameter check nor the API description knows of), and a blank amount is no filter
     * (Spring's own number conversion refuses blanks; its {@link CustomNumberEditor} may be told to take them as
     * none). Flags convert blanks to none as they are.
     */
    static void fromTheQueryString(WebDataBinder binder) {
        if (binder instanceof ExtendedServletRequestDataBinder servletBinder) {
            servletBinder.setHeaderPredicate(header -> false);
        }
        binder.registerCustomEditor(BigDecimal.class, new CustomNumberEditor(BigDecimal.class, true));
    }
}
