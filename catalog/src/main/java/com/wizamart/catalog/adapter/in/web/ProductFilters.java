package com.wizamart.catalog.adapter.in.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import com.wizamart.catalog.application.port.in.ProductQuery;
import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.sharedkernel.web.QueryParameterSource;

/**
 * The query parameters every product list takes.
 *
 * @param inStock  {@literal true}: available quantity above zero; {@literal false}: none available.
 * @param minPrice lowest current price (the sale price when there is one).
 * @param lang     the language of names and descriptions (else {@code Accept-Language}).
 */
record ProductFilters(Boolean featured, Boolean inStock, String brand, BigDecimal minPrice, BigDecimal maxPrice,
                      String lang) {

    ProductQuery query(String text, boolean activeOnly, Boolean active, String language) {
        return new ProductQuery(text, activeOnly, active, featured, inStock, brand, minPrice, maxPrice, language);
    }

    /**
     * Reads the filters off the query string. Replaces Spring's data binding of the record, which cost ~5 % of a
     * shop list request (a binder, its conversion service and a constructor lookup per request). Same rules: an
     * empty value (for a flag or an amount also a blank one) is no filter; booleans are
     * {@code true/false/on/off/yes/no/1/0}; {@code brand} is at most 200 characters, {@code lang} 8; a malformed value is 422 {@code VALIDATION_FAILED} naming the parameter.
     * Of a repeated parameter the first value counts (the binder joined text values with commas).
     */
    static ProductFilters of(NativeWebRequest request) {
        List<FieldViolation> errors = new ArrayList<>(0);
        ProductFilters filters = new ProductFilters(flag(request, "featured", errors), flag(request, "inStock", errors),
                text(request, "brand", 200, errors), amount(request, "minPrice", errors),
                amount(request, "maxPrice", errors), text(request, "lang", 8, errors));
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return filters;
    }

    private static String text(NativeWebRequest request, String name, int max, List<FieldViolation> errors) {
        String value = request.getParameter(name);
        if (value != null && value.length() > max) {
            errors.add(new FieldViolation(name, "size must be between 0 and " + max));
        }
        return value == null || value.isEmpty() ? null : value;
    }

    /** @return the value without surrounding blanks, {@literal null} when there is none left. */
    private static String trimmed(NativeWebRequest request, String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Boolean flag(NativeWebRequest request, String name, List<FieldViolation> errors) {
        String value = trimmed(request, name);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes", "1" -> Boolean.TRUE;
            case "false", "off", "no", "0" -> Boolean.FALSE;
            default -> {
                errors.add(new FieldViolation(name, "must be true or false"));
                yield null;
            }
        };
    }

    private static BigDecimal amount(NativeWebRequest request, String name, List<FieldViolation> errors) {
        String value = trimmed(request, name);
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException malformed) {
            errors.add(new FieldViolation(name, "must be a decimal number"));
            return null;
        }
    }

    /** Resolves {@link ProductFilters} controller parameters ({@link CatalogWebConfiguration}). */
    static final class Resolver implements HandlerMethodArgumentResolver, QueryParameterSource {

        /** The query parameters read: one per component. */
        private static final Set<String> NAMES = java.util.Arrays.stream(ProductFilters.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).collect(Collectors.toUnmodifiableSet());

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == ProductFilters.class;
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                      WebDataBinderFactory binderFactory) {
            return of(request);
        }

        @Override
        public Set<String> queryParameters(MethodParameter parameter) {
            return NAMES;
        }
    }
}
