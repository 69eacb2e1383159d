package com.wizamart.catalog.adapter.in.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.catalog.application.CatalogRefreshing;
import com.wizamart.catalog.application.CatalogSetup;
import com.wizamart.catalog.application.port.in.RefreshChange;
import com.wizamart.catalog.domain.CatalogSettings;
import com.wizamart.catalog.domain.ChangeReason;
import com.wizamart.catalog.domain.FieldChange;
import com.wizamart.catalog.domain.ImportRefresh;
import com.wizamart.catalog.domain.Ownership;
import com.wizamart.catalog.domain.RefreshReview;
import com.wizamart.catalog.domain.RefreshStatus;
import com.wizamart.catalog.domain.RefreshSummary;
import com.wizamart.tenancy.Actor;

/**
 * The vendor's catalog as a whole: its settings, and what each import did to the published products (with the
 * refreshes held by the guardrail, to approve or reject, and failed ones, to retry).
 */
@RestController
@RequestMapping("/api/v1/vendor/catalog")
class VendorCatalogController {

    private final CatalogSetup settings;
    private final CatalogRefreshing refreshes;

    VendorCatalogController(CatalogSetup settings, CatalogRefreshing refreshes) {
        this.settings = settings;
        this.refreshes = refreshes;
    }

    @GetMapping("/settings")
    @PreAuthorize("hasAuthority('PERM_products.view')")
    CatalogSettings settings() {
        return settings.current();
    }

    /**
     * @param currency   the shop's currency (ISO 4217); omitted: unchanged.
     * @param stockOwner who owns the stock of products published from feeds ({@code FEED} or {@code PLATFORM});
     *                   omitted: unchanged.
     * @param priceOwner the same for prices; omitted: unchanged.
     * @param refreshReview which import refreshes wait for approval: {@code GUARDED} (the guardrail decides),
     *                   {@code ALWAYS} (every one that changes a product) or {@code NEVER} (none); omitted: unchanged.
     *                   Another value is a validation error naming the field (not a malformed body).
     */
    record SettingsRequest(@NotBlank @Size(max = 8) String defaultLanguage, @NotNull BigDecimal defaultTaxRate,
                           @Size(max = 3) String currency, Ownership stockOwner, Ownership priceOwner,
                           @Size(max = 16) String refreshReview) {
    }

    @PutMapping("/settings")
    @PreAuthorize("hasAuthority('PERM_settings.edit')")
    CatalogSettings configure(@Valid @RequestBody SettingsRequest request, Actor actor) {
        RefreshReview review = RefreshReview.of("refreshReview", request.refreshReview());
        CatalogSettings current = settings.current();
        return settings.update(new CatalogSettings(request.defaultLanguage(), request.defaultTaxRate(),
                request.currency() != null ? request.currency() : current.currency(),
                request.stockOwner() != null ? request.stockOwner() : current.stockOwner(),
                request.priceOwner() != null ? request.priceOwner() : current.priceOwner(),
                review != null ? review : current.refreshReview()), actor);
    }

    /**
     * A refresh as the API shows it.
     *
     * @param failure why it failed ({@code FAILED} only).
     */
    record RefreshResponse(UUID id, UUID jobId, String marketplace, String language, RefreshStatus status,
                           String holdReason, String failure, RefreshSummary summary, Instant createdAt,
                           Instant decidedAt, UUID decidedBy) {

        static RefreshResponse of(ImportRefresh r) {
            return new RefreshResponse(r.id(), r.jobId(), r.marketplace(), r.language(), r.status(), r.holdReason(),
                    r.failure(), r.summary(), r.createdAt(), r.decidedAt(), r.decidedBy());
        }
    }

    /** @param productId only refreshes with a change of this product (the product's page shows them). */
    @GetMapping("/refreshes")
    @PreAuthorize("hasAuthority('PERM_products.view')")
    PagedModel<RefreshResponse> refreshes(@RequestParam(required = false) RefreshStatus status,
                                          @RequestParam(required = false) UUID jobId,
                                          @RequestParam(required = false) UUID productId,
                                          @PageableDefault(size = 20) Pageable pageable) {
        return new PagedModel<>(refreshes.list(status, jobId, productId, pageable).map(RefreshResponse::of));
    }

    @GetMapping("/refreshes/{id}")
    @PreAuthorize("hasAuthority('PERM_products.view')")
    RefreshResponse refresh(@PathVariable UUID id) {
        return RefreshResponse.of(refreshes.get(id));
    }

    /**
     * @param outcome only changes with these outcomes (repeatable).
     * @param skipped only changes that could not be applied ({@code SKIPPED_*}, each with its reason).
     * @param productId only the changes of this product.
     */
    @GetMapping("/refreshes/{id}/changes")
    @PreAuthorize("hasAuthority('PERM_products.view')")
    PagedModel<RefreshChangeResponse> changes(@PathVariable UUID id,
                                      @RequestParam(required = false) Set<FieldChange.Outcome> outcome,
                                      @RequestParam(defaultValue = "false") boolean skipped,
                                      @RequestParam(required = false) UUID productId,
                                      @PageableDefault(size = 100) Pageable pageable) {
        return new PagedModel<>(refreshes.changes(id, outcome, skipped, productId, pageable)
                .map(RefreshChangeResponse::of));
    }

    /**
     * A change of a refresh as the API shows it.
     *
     * @param sku   the product's SKU ({@literal null} when the product was deleted since).
     * @param field the field's key, e.g. {@code price} or {@code name.fr}.
     */
    record RefreshChangeResponse(UUID productId, String sku, String field, String from, String to,
                                 FieldChange.Outcome outcome, ChangeReason reasonCode, String reason) {

        static RefreshChangeResponse of(RefreshChange c) {
            return new RefreshChangeResponse(c.productId(), c.sku(), c.field().key(), c.from(), c.to(), c.outcome(),
                    c.reasonCode(), c.reason());
        }
    }

    @PostMapping("/refreshes/{id}/approve")
    @PreAuthorize("hasAuthority('PERM_products.edit')")
    RefreshResponse approve(@PathVariable UUID id, Actor actor) {
        return RefreshResponse.of(refreshes.approve(id, actor));
    }

    /** Retries a failed refresh; answers it as the attempt left it ({@code FAILED} again, with a new message). */
    @PostMapping("/refreshes/{id}/retry")
    @PreAuthorize("hasAuthority('PERM_products.edit')")
    RefreshResponse retry(@PathVariable UUID id, Actor actor) {
        return RefreshResponse.of(refreshes.retry(id, actor));
    }

    @PostMapping("/refreshes/{id}/reject")
    @PreAuthorize("hasAuthority('PERM_products.edit')")
    RefreshResponse reject(@PathVariable UUID id, Actor actor) {
        return RefreshResponse.of(refreshes.reject(id, actor));
    }
}
