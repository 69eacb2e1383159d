package com.wizamart.sharedkernel.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import com.wizamart.sharedkernel.DomainException;
import com.wizamart.sharedkernel.ValidationException;

/**
 * The query string's parameters, read off the raw query string ({@code HttpServletRequest#getQueryString}) rather than
 * with {@code getParameter}: on a multipart or form request that call makes the servlet container parse, and spool
 * to disk, the whole body first. Decoded as the container decodes them ({@code application/x-www-form-urlencoded},
 * UTF-8). For web adapters and the platform's web layer.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /**
     * @param query the raw query string, {@literal null} for none.
     * @return every parameter of the query string with its values, in the order they come; empty without a query.
     * @throws DomainException 400 {@code MALFORMED_REQUEST} when the query string is not well-formed (a broken
     *                         percent escape).
     */
    public static MultiValueMap<String, String> of(String query) {
        MultiValueMap<String, String> result = new LinkedMultiValueMap<>();
        if (query == null || query.isEmpty()) {
            return result;
        }
        try {
            UriComponentsBuilder.newInstance().query(query).build().getQueryParams().forEach((name, values) ->
                    values.forEach(value -> result.add(decode(name), value == null ? "" : decode(value))));
        } catch (IllegalArgumentException e) {
            throw new DomainException(DomainException.Kind.BAD_REQUEST, "MALFORMED_REQUEST",
                    "The query string is not well-formed.");
        }
        return result;
    }

    /**
     * The first value of the parameter; 422 {@code VALIDATION_FAILED} on it when it is missing, blank or longer than
     * {@code maxLength}.
     */
    public static String required(MultiValueMap<String, String> parameters, String name, int maxLength) {
        String value = parameters.getFirst(name);
        if (value == null || value.isBlank()) {
            throw ValidationException.of(name, "is required (a query parameter)");
        }
        if (value.length() > maxLength) {
            throw ValidationException.of(name, "size must be between 0 and " + maxLength);
        }
        return value;
    }

    private static String decode(String encoded) {
        return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }
}
