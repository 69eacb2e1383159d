package com.wizamart.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.ServletWebRequest;

/** The paging rules of {@link PageRequests} (those of Spring Data's resolver as configured for the API). */
class PageRequestsTests {

    private final PageRequests resolver = new PageRequests(20, 200);

    @SuppressWarnings("unused")
    void plain(Pageable pageable) {
    }

    @SuppressWarnings("unused")
    void newestFirst(@PageableDefault(size = 50, sort = "placedAt", direction = Sort.Direction.DESC) Pageable pageable) {
    }

    private Pageable resolve(String method, Map<String, String[]> parameters) throws Exception {
        Method m = getClass().getDeclaredMethod(method, Pageable.class);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setParameters(parameters);
        return resolver.resolveArgument(new MethodParameter(m, 0), null, new ServletWebRequest(request), null);
    }

    @Test
    void withoutParametersTheDefaultApplies() throws Exception {
        assertThat(resolve("plain", Map.of())).isEqualTo(PageRequest.of(0, 20));
        assertThat(resolve("newestFirst", Map.of()))
                .isEqualTo(PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "placedAt")));
    }

    @Test
    void pageAndSizeAreBoundedAndUnreadableOnesFallBack() throws Exception {
        assertThat(resolve("plain", Map.of("page", new String[] {"3"}, "size", new String[] {"7"})))
                .isEqualTo(PageRequest.of(3, 7));
        assertThat(resolve("plain", Map.of("page", new String[] {"-2"}, "size", new String[] {"5000"})))
                .isEqualTo(PageRequest.of(0, 200));
        assertThat(resolve("newestFirst", Map.of("page", new String[] {"x"}, "size", new String[] {"0"})))
                .isEqualTo(PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "placedAt")));
        assertThat(resolve("plain", Map.of("size", new String[] {"many"}))).isEqualTo(PageRequest.of(0, 20));
    }

    @Test
    void sortValuesAreReadLikeSpringDatasAndReplaceTheDefaultSort() throws Exception {
        assertThat(resolve("newestFirst", Map.of("sort", new String[] {"price,desc", "name"})).getSort())
                .isEqualTo(Sort.by(Sort.Order.desc("price"), Sort.Order.asc("name")));
        assertThat(resolve("plain", Map.of("sort", new String[] {"name,sku,DESC,ignorecase"})).getSort())
                .isEqualTo(Sort.by(Sort.Order.desc("name").ignoreCase(), Sort.Order.desc("sku").ignoreCase()));
        // a lone word is a property (a bad one is the controller's 400 INVALID_SORT)
        assertThat(resolve("plain", Map.of("sort", new String[] {"sku"})).getSort())
                .isEqualTo(Sort.by(Sort.Order.asc("sku")));
        // a value that names no property (blank, a direction alone, dots) leaves the default sort
        for (String none : new String[] {"", "desc", "ignorecase", "desc,ignorecase", ".", " , ,asc"}) {
            assertThat(resolve("newestFirst", Map.of("sort", new String[] {none})).getSort()).as(none)
                    .isEqualTo(Sort.by(Sort.Direction.DESC, "placedAt"));
        }
    }
}
