package com.wizamart.sharedkernel.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Sort;

import com.wizamart.sharedkernel.DomainException;

/**
 * Turns a client's {@code sort} parameter into an SQL {@code ORDER BY} list through a whitelist of properties, so
 * no client text ever reaches SQL. Unknown properties are refused with 400 {@code INVALID_SORT}.
 */
public final class SqlSort {

    private SqlSort() {
    }

    /**
     * @param sort     the requested sort; unsorted means {@code fallback}.
     * @param columns  client property name to SQL expression.
     * @param fallback the ORDER BY list used when nothing is requested.
     */
    public static String orderBy(Sort sort, Map<String, String> columns, String fallback) {
        if (sort == null || sort.isUnsorted()) {
            return fallback;
        }
        List<String> parts = new ArrayList<>();
        for (Sort.Order order : sort) {
            String column = columns.get(order.getProperty());
            if (column == null) {
                throw new DomainException(DomainException.Kind.BAD_REQUEST, "INVALID_SORT",
                        "Cannot sort by '" + order.getProperty() + "'; use one of " + columns.keySet().stream().sorted().toList());
            }
            parts.add(column + (order.isAscending() ? " asc" : " desc"));
        }
        return String.join(", ", parts);
    }
}
