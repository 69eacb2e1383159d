package com.wizamart.marketplace.adapter.in.web;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.MethodParameter;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

import com.wizamart.sharedkernel.web.QueryParameterSource;
import com.wizamart.sharedkernel.web.QueryParameters;

/**
 * Where a feed upload goes: the marketplace it comes from and its language, both required query parameters (at most
 * 32 and 8 characters; else 422 {@code VALIDATION_FAILED} naming them). Read off the query string, never with
 * {@code getParameter}, which would make the container parse the multipart body first.
 */
record FeedUploadTarget(String marketplace, String language) {

    /** Resolves {@link FeedUploadTarget} controller parameters ({@link MarketplaceWebConfiguration}). */
    static final class Resolver implements HandlerMethodArgumentResolver, QueryParameterSource {

        private static final Set<String> NAMES = Arrays.stream(FeedUploadTarget.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).collect(Collectors.toUnmodifiableSet());

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == FeedUploadTarget.class;
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                      WebDataBinderFactory binderFactory) {
            MultiValueMap<String, String> query = QueryParameters.of(
                    request.getNativeRequest(HttpServletRequest.class).getQueryString());
            return new FeedUploadTarget(QueryParameters.required(query, "marketplace", 32),
                    QueryParameters.required(query, "language", 8));
        }

        @Override
        public Set<String> queryParameters(MethodParameter parameter) {
            return NAMES;
        }
    }
}
