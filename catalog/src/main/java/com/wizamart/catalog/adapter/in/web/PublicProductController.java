package com.wizamart.catalog.adapter.in.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.catalog.application.ProductViews;
import com.wizamart.catalog.application.port.in.ProductView;
import com.wizamart.catalog.spi.DisplayImage;

/**
 * The shop's catalog: active products only, in the language asked for ({@code lang}, else {@code Accept-Language},
 * else each product's default language). The vendor comes from the path, resolved and bound before this runs.
 */
@RestController
@RequestMapping("/api/v1/public/vendors/{vendorCode}/products")
class PublicProductController {

    private final ProductViews search;

    PublicProductController(ProductViews search) {
        this.search = search;
    }

    @InitBinder("productFilters")
    void filters(WebDataBinder binder) {
        ProductFilters.fromTheQueryString(binder);
    }

    @GetMapping
    PagedModel<PublicProductResponse> list(@PathVariable String vendorCode,
                                           @RequestParam(required = false) @Size(max = 200) String search,
                                           @ModelAttribute @Valid ProductFilters filters,
                                           @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                           String accept,
                                           @PageableDefault(size = 20) Pageable pageable) {
        return find(search, filters, accept, pageable);
    }

    /** Full-text search: exact names first, then by relevance (unless {@code sort} says otherwise). */
    @GetMapping("/search")
    PagedModel<PublicProductResponse> search(@PathVariable String vendorCode,
                                             @RequestParam @NotBlank @Size(max = 200) String q,
                                             @ModelAttribute @Valid ProductFilters filters,
                                             @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                             String accept,
                                             @PageableDefault(size = 20) Pageable pageable) {
        return find(q, filters, accept, pageable);
    }

    @GetMapping("/{id}")
    PublicProductResponse get(@PathVariable String vendorCode, @PathVariable UUID id,
                              @RequestParam(required = false) @Size(max = 8) String lang,
                              @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept) {
        ProductView view = search.get(id, true);
        return PublicProductResponse.of(view, DisplayLanguage.of(lang, accept), search.images(List.of(id)).get(id));
    }

    private PagedModel<PublicProductResponse> find(String text, ProductFilters filters, String accept,
                                                   Pageable pageable) {
        String language = DisplayLanguage.of(filters.lang(), accept);
        var page = search.search(filters.query(text, true, null, language), pageable);
        Map<UUID, List<DisplayImage>> media = search.images(page.map(v -> v.product().id()).getContent());
        return new PagedModel<>(page.map(v -> PublicProductResponse.of(v, language, media.get(v.product().id()))));
    }
}
