package com.wizamart.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.util.ServletRequestPathUtils;

/** Rules of Spring MVC's lookup that the application's own mappings do not exercise. */
class SegmentIndexedHandlerMappingTests {

    @Controller
    static class Files {

        @RequestMapping("/files/latest")
        void latest() {
        }

        @GetMapping("/files/{name}")
        void named(@PathVariable String name) {
        }

        @GetMapping("/files/{name}/v?")
        void version(@PathVariable String name) {
        }

        @GetMapping(path = "/files/{name}/v1", params = "raw")
        void firstVersion(@PathVariable String name) {
        }
    }

    /**
     * A mapping whose exact path the request's path is wins over pattern mappings even where the comparison would
     * prefer a pattern: for {@code HEAD} it compares methods first, and {@code latest} declares none.
     */
    @ParameterizedTest
    @ValueSource(strings = {"HEAD", "GET", "POST", "DELETE"})
    void anExactPathComesFirst(String method) throws Exception {
        SegmentIndexedHandlerMapping mapping = mapping();
        HandlerMethod found = lookUp(mapping, method, "/files/latest", true);
        assertThat(found).isEqualTo(lookUp(mapping, method, "/files/latest", false));
        assertThat(found.getMethod().getName()).isEqualTo("latest");
    }

    @Test
    void patternsAreComparedAsSpringMvcComparesThem() throws Exception {
        SegmentIndexedHandlerMapping mapping = mapping();
        for (String path : new String[] {"/files/a", "/files/a/v1", "/files/a/v2", "/files/a/v1?raw"}) {
            assertThat(lookUp(mapping, "GET", path, true)).as(path).isEqualTo(lookUp(mapping, "GET", path, false));
        }
        assertThat(lookUp(mapping, "GET", "/files/a/v1?raw", true).getMethod().getName()).isEqualTo("firstVersion");
    }

    private static SegmentIndexedHandlerMapping mapping() {
        StaticWebApplicationContext context = new StaticWebApplicationContext();
        context.setServletContext(new MockServletContext());
        context.registerSingleton("files", Files.class);
        context.refresh();
        SegmentIndexedHandlerMapping mapping = new SegmentIndexedHandlerMapping();
        mapping.setApplicationContext(context);
        mapping.afterPropertiesSet();
        return mapping;
    }

    private static HandlerMethod lookUp(SegmentIndexedHandlerMapping mapping, String method, String uri,
                                        boolean indexed) throws Exception {
        int query = uri.indexOf('?');
        MockHttpServletRequest request = new MockHttpServletRequest(method, query < 0 ? uri : uri.substring(0, query));
        if (query >= 0) {
            request.setQueryString(uri.substring(query + 1));
            request.addParameter(uri.substring(query + 1), "");
        }
        ServletRequestPathUtils.parseAndCache(request);
        String path = ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication().value();
        return indexed ? mapping.lookupHandlerMethod(path, request) : mapping.lookupWithoutIndex(path, request);
    }
}
