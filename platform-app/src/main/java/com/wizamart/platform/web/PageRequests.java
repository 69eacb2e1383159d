package com.wizamart.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.core.MethodParameter;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import com.wizamart.sharedkernel.web.QueryParameterSource;

/**
 * Resolves {@link Pageable} controller parameters from {@code page}, {@code size} and {@code sort}, with the rules of
 * Spring Data's resolver as configured here: pages count from 0 (negative or unreadable: 0), a missing or unreadable
 * size is the default ({@link PageableDefault} on the parameter, else {@code defaultSize}), a larger one is capped at
 * {@code maxSize}; each {@code sort} value is {@code property[,property...][,asc|desc][,ignorecase]} (blank and
 * dots-only words are no property); when that names no property, the default's sort applies. Not supported, because
 * no endpoint uses them: {@code @SortDefault}, qualifiers, one-indexed pages, other parameter names or a prefix
 * ({@code spring.data.web.*} settings other than the two sizes are ignored).
 *
 * <p>It replaces Spring Data's resolver (it is registered first, see {@link WebConfiguration}), which looks up the
 * parameter's qualifier and default annotations and checks the method's other parameters on every request: ~7 % of a
 * shop list request. Here a parameter's default is read once.
 */
final class PageRequests implements HandlerMethodArgumentResolver, QueryParameterSource {

    private static final Pattern DOTS = Pattern.compile("\\.+");
    private static final Set<String> NAMES = Set.of("page", "size", "sort");

    private final int defaultSize;
    private final int maxSize;
    private final Map<MethodParameter, Pageable> defaults = new ConcurrentHashMap<>();

    PageRequests(int defaultSize, int maxSize) {
        this.defaultSize = defaultSize;
        this.maxSize = maxSize;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Pageable.class;
    }

    @Override
    public Set<String> queryParameters(MethodParameter parameter) {
        return NAMES;
    }

    @Override
    public Pageable resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                    WebDataBinderFactory binderFactory) {
        Pageable fallback = defaults.computeIfAbsent(parameter, this::defaultOf);
        int page = number(request.getParameter("page"), fallback.getPageNumber());
        int size = number(request.getParameter("size"), fallback.getPageSize());
        size = size < 1 ? fallback.getPageSize() : Math.min(size, maxSize);
        Sort sort = sort(request.getParameterValues("sort"));
        return PageRequest.of(page, size, sort.isSorted() ? sort : fallback.getSort());
    }

    private Pageable defaultOf(MethodParameter parameter) {
        PageableDefault annotation = parameter.getParameterAnnotation(PageableDefault.class);
        if (annotation == null) {
            return PageRequest.of(0, defaultSize);
        }
        int size = annotation.size() != 10 ? annotation.size() : annotation.value();
        Sort sort = annotation.sort().length == 0 ? Sort.unsorted() : Sort.by(annotation.direction(), annotation.sort());
        return PageRequest.of(annotation.page(), Math.min(size, maxSize), sort);
    }

    /** @return the number, {@code fallback} when there is none, 0 when it is unreadable or negative. */
    private static int number(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException unreadable) {
            return 0;
        }
    }

    private static Sort sort(String[] values) {
        if (values == null) {
            return Sort.unsorted();
        }
        List<Sort.Order> orders = new ArrayList<>();
        for (String value : values) {
            String[] parts = value.split(",");
            int end = parts.length;
            boolean ignoreCase = end > 0 && parts[end - 1].strip().equalsIgnoreCase("ignorecase");
            if (ignoreCase) {
                end--;
            }
            Optional<Sort.Direction> direction = end > 0 ? Sort.Direction.fromOptionalString(parts[end - 1].strip())
                    : Optional.empty();
            if (direction.isPresent()) {
                end--;
            }
            for (int i = 0; i < end; i++) {
                String property = parts[i].strip();
                if (!property.isEmpty() && !DOTS.matcher(property).matches()) {
                    Sort.Order order = new Sort.Order(direction.orElse(Sort.Direction.ASC), property);
                    orders.add(ignoreCase ? order.ignoreCase() : order);
                }
            }
        }
        return Sort.by(orders);
    }
}
