package com.wizamart.catalog.adapter.in.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.catalog.application.ProductCuration;
import com.wizamart.catalog.application.ProductViews;
import com.wizamart.catalog.application.Publishing;
import com.wizamart.catalog.application.port.in.ProductView;
import com.wizamart.catalog.domain.ProductDetails;
import com.wizamart.catalog.domain.ProductEdit;
import com.wizamart.catalog.domain.ProductField;
import com.wizamart.catalog.domain.PublishOverrides;
import com.wizamart.sharedkernel.FieldViolation;
import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.tenancy.Actor;

/**
 * The vendor's catalog: products made by hand or published from marketplace imports, their locks against later
 * imports. Each call checks its permission.
 */
@RestController
@RequestMapping("/api/v1/vendor/products")
class VendorProductController {

    private final ProductViews search;
    private final ProductCuration curation;
    private final Publishing publishing;

    VendorProductController(ProductViews search, ProductCuration curation, Publishing publishing) {
        this.search = search;
        this.curation = curation;
        this.publishing = publishing;
    }

    @InitBinder("productFilters")
    void filters(WebDataBinder binder) {
        ProductFilters.fromTheQueryString(binder);
    }

    @GetMapping
    @PreAuthorize("hasAuthority('PERM_products.view')")
    PagedModel<ProductResponse> list(@RequestParam(required = false) @Size(max = 200) String search,
                                     @RequestParam(required = false) Boolean active,
                                     @ModelAttribute @Valid ProductFilters filters,
                                     @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept,
                                     @PageableDefault(size = 20) Pageable pageable) {
        String language = DisplayLanguage.of(filters.lang(), accept);
        return new PagedModel<>(this.search.search(filters.query(search, false, active, language), pageable)
                .map(v -> ProductResponse.of(v, language)));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('PERM_products.view')")
    ProductResponse get(@PathVariable UUID id, @RequestParam(required = false) @Size(max = 8) String lang,
                        @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept) {
        return ProductResponse.of(search.get(id, false), DisplayLanguage.of(lang, accept));
    }

    record CreateProductRequest(@NotBlank @Size(max = 100) String sku, @Size(max = 500) String name,
                                @Size(max = 20000) String description, Map<String, String> names,
                                Map<String, String> descriptions, @NotNull BigDecimal price, BigDecimal salePrice,
                                @NotBlank @Size(min = 3, max = 3) String currency, BigDecimal taxRate,
                                @Size(max = 200) String brand, @Size(max = 14) String gtin,
                                @Size(max = 20) List<String> images, @Size(max = 500) String categoryPath,
                                Boolean active, Boolean featured, @PositiveOrZero Integer initialQuantity,
                                @Size(max = 16) String taxCategory, @Size(max = 16) String availability) {

        ProductDetails toDetails() {
            return new ProductDetails(sku, name, description, names, descriptions, price, salePrice, currency, taxRate,
                    brand, gtin, images, categoryPath, active, featured, taxCategory, availability);
        }
    }

    @PostMapping
    @PreAuthorize("hasAuthority('PERM_products.create')")
    ResponseEntity<ProductResponse> create(@Valid @RequestBody CreateProductRequest request, Actor actor) {
        return created(curation.create(request.toDetails(), request.initialQuantity(), actor));
    }

    /**
     * @param clear fields to empty (see {@link ProductEdit#clear()}); every other field given is set, absent ones stay.
     */
    record EditProductRequest(@Size(min = 1, max = 100) String sku, @Size(max = 500) String name,
                              @Size(max = 20000) String description, Map<String, String> names,
                              Map<String, String> descriptions, BigDecimal price, BigDecimal salePrice,
                              @Size(min = 3, max = 3) String currency, BigDecimal taxRate,
                              @Size(max = 200) String brand, @Size(max = 14) String gtin,
                              @Size(max = 20) List<String> images, @Size(max = 500) String categoryPath,
                              Boolean active, Boolean featured, @Size(max = 20) Set<String> clear,
                              @Size(max = 16) String taxCategory, @Size(max = 16) String availability) {

        /** @throws ValidationException naming every key of {@code clear} that names no field. */
        ProductEdit toEdit() {
            return new ProductEdit(sku, name, description, names, descriptions, price, salePrice, currency, taxRate,
                    brand, gtin, images, categoryPath, active, featured, fields(clear), taxCategory, availability);
        }

        private static Set<ProductField> fields(Set<String> keys) {
            if (keys == null) {
                return null;
            }
            Set<ProductField> fields = EnumSet.noneOf(ProductField.class);
            List<FieldViolation> unknown = new ArrayList<>();
            for (String key : keys) {
                ProductField.ofKey(key).ifPresentOrElse(fields::add,
                        () -> unknown.add(ProductEdit.cannotClear(key)));
            }
            if (!unknown.isEmpty()) {
                throw new ValidationException(unknown);
            }
            return fields;
        }
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAuthority('PERM_products.edit')")
    ProductResponse edit(@PathVariable UUID id, @Valid @RequestBody EditProductRequest request) {
        return ProductResponse.of(curation.edit(id, request.toEdit()), null);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('PERM_products.delete')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable UUID id, Actor actor) {
        curation.delete(id, actor);
    }

    @PutMapping("/{id}/toggle-active")
    @PreAuthorize("hasAuthority('PERM_products.edit')")
    ProductResponse toggleActive(@PathVariable UUID id) {
        return ProductResponse.of(curation.toggleActive(id), null);
    }

    @PutMapping("/{id}/toggle-featured")
    @PreAuthorize("hasAuthority('PERM_products.edit')")
    ProductResponse toggleFeatured(@PathVariable UUID id) {
        return ProductResponse.of(curation.toggleFeatured(id), null);
    }

    /** Locks a field: imports leave it as it is. */
    @PutMapping("/{id}/locks/{field}")
    @PreAuthorize("hasAuthority('PERM_products.edit')")
    ProductResponse lock(@PathVariable UUID id, @PathVariable String field) {
        return ProductResponse.of(curation.lock(id, field), null);
    }

    /** Unlocks a field and sets it from the feed's current value at once. */
    @DeleteMapping("/{id}/locks/{field}")
    @PreAuthorize("hasAuthority('PERM_products.edit')")
    ProductResponse unlock(@PathVariable UUID id, @PathVariable String field, Actor actor) {
        return ProductResponse.of(curation.unlock(id, field, actor), null);
    }

    record PublishRequest(BigDecimal price, @Size(min = 1, max = 500) String name,
                          @Size(max = 20000) String description, @PositiveOrZero Integer initialQuantity) {
    }

    /** Publishes one staged marketplace product; the body (overrides) is optional. */
    @PostMapping("/from-import/{marketplaceProductId}")
    @PreAuthorize("hasAuthority('PERM_products.create')")
    ResponseEntity<ProductResponse> publish(@PathVariable UUID marketplaceProductId,
                                            @Valid @RequestBody(required = false) PublishRequest request,
                                            Actor actor) {
        PublishOverrides overrides = request == null ? PublishOverrides.NONE
                : new PublishOverrides(request.price(), request.name(), request.description(),
                request.initialQuantity());
        return created(publishing.publish(marketplaceProductId, overrides, actor));
    }

    private static ResponseEntity<ProductResponse> created(ProductView view) {
        return ResponseEntity.created(URI.create("/api/v1/vendor/products/" + view.product().id()))
                .body(ProductResponse.of(view, null));
    }
}
