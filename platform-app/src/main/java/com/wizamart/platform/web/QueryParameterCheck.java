package com.wizamart.platform.web;

import java.beans.PropertyDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.core.ParameterNameDiscoverer;
import org.springframework.data.web.PageableArgumentResolver;
import org.springframework.data.web.SortArgumentResolver;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.ModelAttributeMethodProcessor;
import org.springframework.web.method.annotation.RequestParamMapMethodArgumentResolver;
import org.springframework.web.method.annotation.RequestParamMethodArgumentResolver;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.wizamart.sharedkernel.DomainException;
import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.web.QueryParameterSource;
import com.wizamart.sharedkernel.web.QueryParameters;

/**
 * Refuses a query parameter the API operation does not take, with 400 {@code UNKNOWN_QUERY_PARAMETER} naming it and
 * the ones the operation takes, as an unknown JSON field is refused: a mistyped filter ({@code ?stauts=SHIPPED}) never
 * answers the whole list. Registered for {@code /api/**} (WebConfiguration), every HTTP method.
 *
 * <p>What an operation takes is read off its handler method, as Spring MVC would fill its parameters, through the
 * argument resolvers Spring MVC itself picks for them: a {@code @RequestParam} (or a simple parameter without
 * annotation) takes its name, a model attribute the names its type binds (constructor parameters and writable
 * properties, nested paths below them; the product lists' filters), Spring Data's {@code Pageable} resolver
 * {@code page}, {@code size} and {@code sort} (its default names, which application.yaml keeps), a resolver of ours
 * that reads the query says which names it reads ({@link QueryParameterSource}: the feed upload's target), a
 * {@code @RequestParam Map} takes any. Nothing else (path variables, headers, bodies, the caller) reads the query.
 * Worked out once per handler method, for all of them when the context has made its beans; only the query string is
 * read, never the body (see {@link QueryParameters}).
 */
@Component
class QueryParameterCheck implements HandlerInterceptor, SmartInitializingSingleton {

    private final ObjectProvider<RequestMappingHandlerAdapter> adapter;
    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    private final ParameterNameDiscoverer parameterNames = new DefaultParameterNameDiscoverer();
    private final Map<Method, Accepted> accepted = new ConcurrentHashMap<>();

    QueryParameterCheck(ObjectProvider<RequestMappingHandlerAdapter> adapter,
                        ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.adapter = adapter;
        this.mappings = mappings;
    }

    /** Works out what every API operation takes, once the mappings are registered, so no request pays for it. */
    @Override
    public void afterSingletonsInstantiated() {
        mappings.orderedStream().forEach(mapping -> mapping.getHandlerMethods().forEach((info, handler) -> {
            if (info.getPatternValues().stream().anyMatch(pattern -> pattern.startsWith("/api/"))) {
                acceptedBy(handler);
            }
        }));
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String query = request.getQueryString();
        if (query == null || query.isEmpty() || !(handler instanceof HandlerMethod method)) {
            return true;
        }
        Accepted takes = acceptedBy(method);
        if (takes.any()) {
            return true;
        }
        List<String> unknown = QueryParameters.of(query).keySet().stream().filter(name -> !takes.takes(name))
                .toList();
        if (!unknown.isEmpty()) {
            throw unknownParameters(unknown, takes.names());
        }
        return true;
    }

    /** The query parameters the handler method takes (tests compare them with the published contract). */
    Accepted acceptedBy(HandlerMethod handler) {
        return accepted.computeIfAbsent(handler.getMethod(), method -> workOut(handler));
    }

    private Accepted workOut(HandlerMethod handler) {
        List<HandlerMethodArgumentResolver> resolvers = adapter.getObject().getArgumentResolvers();
        Set<String> names = new LinkedHashSet<>();
        Set<String> bindingRoots = new LinkedHashSet<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(parameterNames);
            HandlerMethodArgumentResolver resolver = resolvers == null ? null : resolvers.stream()
                    .filter(r -> r.supportsParameter(parameter)).findFirst().orElse(null);
            if (resolver instanceof RequestParamMapMethodArgumentResolver) {
                return Accepted.ANY;
            }
            if (resolver instanceof QueryParameterSource source) {
                source.queryParameters(parameter).stream().sorted().forEach(names::add);
            } else if (resolver instanceof RequestParamMethodArgumentResolver) {
                names.add(requestParamName(parameter));
            } else if (resolver instanceof ModelAttributeMethodProcessor) {
                Collection<String> bound = bindableNames(parameter.getParameterType(), bindingRoots);
                bound.stream().sorted().forEach(names::add);
            } else if (resolver instanceof PageableArgumentResolver) {
                names.addAll(List.of("page", "size", "sort"));
            } else if (resolver instanceof SortArgumentResolver) {
                names.add("sort");
            }
        }
        return new Accepted(false, List.copyOf(names), Set.copyOf(bindingRoots));
    }

    private static String requestParamName(MethodParameter parameter) {
        RequestParam annotation = parameter.getParameterAnnotation(RequestParam.class);
        if (annotation != null && !annotation.name().isEmpty()) {
            return annotation.name();
        }
        if (annotation != null && !annotation.value().isEmpty()) {
            return annotation.value();
        }
        return parameter.getParameterName();
    }

    /**
     * The names data binding fills on a model attribute of this type: constructor arguments and setters. Those of a
     * type with properties of its own (not a simple value such as a number, a text or a flag) are also added to
     * {@code nestedRoots}: only below them does the binder take nested names ({@code address.city}, {@code tags[0]}).
     */
    private static Collection<String> bindableNames(Class<?> type, Set<String> nestedRoots) {
        Set<String> names = new LinkedHashSet<>();
        Constructor<?> constructor = BeanUtils.getResolvableConstructor(type);
        String[] parameters = BeanUtils.getParameterNames(constructor);
        for (int i = 0; i < parameters.length; i++) {
            BindParam renamed = constructor.getParameters()[i].getAnnotation(BindParam.class);
            String name = renamed != null ? renamed.value() : parameters[i];
            names.add(name);
            if (!BeanUtils.isSimpleProperty(constructor.getParameterTypes()[i])) {
                nestedRoots.add(name);
            }
        }
        for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
            if (property.getWriteMethod() != null) {
                names.add(property.getName());
                if (!BeanUtils.isSimpleProperty(property.getPropertyType())) {
                    nestedRoots.add(property.getName());
                }
            }
        }
        return names;
    }

    private static DomainException unknownParameters(List<String> unknown, List<String> accepted) {
        String named = unknown.size() == 1 ? "The query parameter '" + unknown.getFirst() + "' is"
                : "The query parameters '" + String.join("', '", unknown) + "' are";
        String takes = accepted.isEmpty() ? "it takes none" : "it takes " + String.join(", ", accepted);
        List<FieldViolation> errors = new ArrayList<>();
        unknown.forEach(name -> errors.add(new FieldViolation(name, "is not a query parameter of this endpoint")));
        return new DomainException(DomainException.Kind.BAD_REQUEST, "UNKNOWN_QUERY_PARAMETER",
                named + " not taken by this endpoint; " + takes + ".",
                Map.of("errors", errors, "acceptedParameters", accepted));
    }

    /**
     * The query parameters an operation takes.
     *
     * @param any          whether it takes any parameter at all ({@code @RequestParam Map}).
     * @param names        the names it takes, in the order of its parameters.
     * @param bindingRoots the names of model attributes' properties, which may be followed by a nested path.
     */
    record Accepted(boolean any, List<String> names, Set<String> bindingRoots) {

        static final Accepted ANY = new Accepted(true, List.of(), Set.of());

        boolean takes(String name) {
            if (any || names.contains(name)) {
                return true;
            }
            int end = name.length();
            for (char separator : new char[] {'.', '['}) {
                int at = name.indexOf(separator);
                end = at >= 0 ? Math.min(end, at) : end;
            }
            return end < name.length() && bindingRoots.contains(name.substring(0, end));
        }
    }
}
