package com.wizamart.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.UrlPathHelper;

import com.wizamart.support.ApiTest;

/**
 * The application's request mappings are looked up through {@link SegmentIndexedHandlerMapping}, which answers as
 * Spring MVC's own lookup does for every mapping, and for paths and methods no mapping takes, while trying only a
 * few mappings per path.
 */
class SegmentIndexedHandlerMappingIntegrationTests extends ApiTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    private SegmentIndexedHandlerMapping indexed() {
        assertThat(handlerMapping).isInstanceOf(SegmentIndexedHandlerMapping.class);
        return (SegmentIndexedHandlerMapping) handlerMapping;
    }

    @Test
    void everyMappingIsFoundAsSpringMvcFindsIt() {
        SegmentIndexedHandlerMapping mapping = indexed();
        Map<RequestMappingInfo, HandlerMethod> all = mapping.getHandlerMethods();
        assertThat(all).hasSizeGreaterThan(50);
        int foundItself = 0;
        int tried = 0;
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : all.entrySet()) {
            Set<RequestMethod> declared = entry.getKey().getMethodsCondition().getMethods();
            for (String pattern : entry.getKey().getPatternValues()) {
                String path = pattern.replaceAll("\\{\\*[^}]+}|\\*\\*", "any/thing")
                        .replaceAll("\\{[^}]+}", "v1x").replace("*", "w");
                for (RequestMethod method : declared.isEmpty() ? Set.of(RequestMethod.GET) : declared) {
                    Outcome ours = lookUp(mapping, method.name(), path, true);
                    assertThat(ours).as("%s %s", method, path).isEqualTo(lookUp(mapping, method.name(), path, false));
                    tried++;
                    if (entry.getValue().equals(ours.handler())) {
                        foundItself++;
                    }
                }
                // HEAD is answered by GET mappings and compared by method first; OPTIONS by Spring MVC's own handler
                for (String method : List.of("HEAD", "OPTIONS", "PATCH")) {
                    assertThat(lookUp(mapping, method, path, true)).as("%s %s", method, path)
                            .isEqualTo(lookUp(mapping, method, path, false));
                }
            }
        }
        // the substituted paths lead most mappings to themselves, so the comparison above covers real matches
        assertThat(foundItself).isGreaterThan(tried * 9 / 10);
    }

    @ParameterizedTest
    @CsvSource({
        "GET, /api/v1/public/vendors/acme/products", // a match through the index
        "GET, /api/v1/public/vendors/acme/%70roducts", // escaped: the patterns match it decoded
        "GET, /api/v1/public/vendors/acme;x=1/products", // a path parameter (removed from the lookup path)
        "HEAD, /api/v1/public/vendors/acme/products/search",
        "DELETE, /api/v1/public/vendors/acme/products", // no such method: 405
        "GET, /api/v1/public/vendors/acme/nothing-here", // no such path: 404
        "GET, /nothing/here",
        "GET, /",
        "OPTIONS, /api/v1/vendor/products/v1x",
    })
    void pathsAndMethodsOutsideTheMappingsAreAnsweredAsSpringMvcAnswersThem(String method, String path) {
        SegmentIndexedHandlerMapping mapping = indexed();
        assertThat(lookUp(mapping, method, path, true)).isEqualTo(lookUp(mapping, method, path, false));
    }

    @Test
    void aShopRequestTriesOnlyTheMappingsThatShareItsLiteralStart() {
        SegmentIndexedHandlerMapping mapping = indexed();
        assertThat(mapping.getHandlerMethods()).hasSizeGreaterThan(50);
        assertThat(mapping.candidateCount("/api/v1/public/vendors/acme/products")).isBetween(1, 3);
        assertThat(mapping.candidateCount("/api/v1/public/vendors/acme/cart/s1/items")).isBetween(1, 5);
        assertThat(lookUp(mapping, "GET", "/api/v1/public/vendors/acme/products", true).handler().getMethod().getName())
                .isEqualTo("list");
    }

    /**
     * A lookup's handler, or the exception it ended with. An answer to {@code OPTIONS} is a handler made for the
     * request: it is described by the methods it allows.
     */
    private record Outcome(HandlerMethod handler, String failure) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Outcome that && describe().equals(that.describe());
        }

        @Override
        public int hashCode() {
            return describe().hashCode();
        }

        private String describe() {
            if (handler == null) {
                return failure == null ? "no handler" : failure;
            }
            if (handler.getBean().getClass().getSimpleName().equals("HttpOptionsHandler")) {
                try {
                    handler.getMethod().setAccessible(true);
                    return "OPTIONS " + handler.getMethod().invoke(handler.getBean());
                }
                catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return handler.toString();
        }
    }

    private static Outcome lookUp(SegmentIndexedHandlerMapping mapping, String method, String path, boolean indexed) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        if (!method.equals("GET") && !method.equals("DELETE")) {
            request.setContentType("application/json");
        }
        ServletRequestPathUtils.parseAndCache(request);
        String lookupPath = UrlPathHelper.defaultInstance.removeSemicolonContent( // as Spring MVC's initLookupPath
                ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication().value());
        Callable<HandlerMethod> lookup = indexed
                ? () -> mapping.lookupHandlerMethod(lookupPath, request)
                : () -> mapping.lookupWithoutIndex(lookupPath, request);
        try {
            return new Outcome(lookup.call(), null);
        }
        catch (Exception e) {
            return new Outcome(null, e.getClass().getName() + ": " + e.getMessage());
        }
    }
}
