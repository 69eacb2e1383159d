package com.wizamart.marketplace.adapter.in.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.marketplace.application.FeedSourceSetup;
import com.wizamart.marketplace.application.ImportJobs;
import com.wizamart.marketplace.application.StagedProducts;
import com.wizamart.marketplace.application.port.in.StagedProductDetail;
import com.wizamart.marketplace.application.port.in.StagedProductQuery;
import com.wizamart.marketplace.application.port.in.StagedProductSummary;
import com.wizamart.marketplace.config.MarketplaceProperties;
import com.wizamart.marketplace.domain.ImportJob;
import com.wizamart.marketplace.domain.ImportStatus;
import com.wizamart.marketplace.spi.FeedRowError;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.FeedSource;

/** A vendor's marketplace imports: feed sources, jobs, row errors, staged products. */
@RestController
@RequestMapping("/api/v1/vendor/marketplace")
class VendorMarketplaceController {

    private final ImportJobs imports;
    private final FeedSourceSetup feedSources;
    private final StagedProducts staged;
    private final ImportJobWebMapper mapper;
    private final MarketplaceProperties properties;

    VendorMarketplaceController(ImportJobs imports, FeedSourceSetup feedSources, StagedProducts staged,
                                ImportJobWebMapper mapper, MarketplaceProperties properties) {
        this.imports = imports;
        this.feedSources = feedSources;
        this.staged = staged;
        this.mapper = mapper;
        this.properties = properties;
    }

    /**
     * The vendor's feed sources: per marketplace and language, the URL an import without {@code sourceUrl} fetches.
     *
     * @param feedSources by marketplace and language; at most one per marketplace and language.
     */
    record FeedSources(@NotNull List<FeedSource> feedSources) {
    }

    @GetMapping("/feed-sources")
    @PreAuthorize("hasAuthority('PERM_imports.configure')")
    FeedSources feedSources() {
        return new FeedSources(feedSources.list());
    }

    /** Replaces the feed sources as a whole: a source left out is removed. */
    @PutMapping("/feed-sources")
    @PreAuthorize("hasAuthority('PERM_imports.configure')")
    FeedSources replaceFeedSources(@Valid @RequestBody FeedSources request, Actor actor) {
        return new FeedSources(feedSources.replace(request.feedSources(), actor));
    }

    record TriggerRequest(@NotBlank @Size(max = 32) String marketplace, @NotBlank @Size(max = 8) String language,
                          @Size(max = 2000) String sourceUrl) {
    }

    @PostMapping("/import")
    @PreAuthorize("hasAuthority('PERM_imports.trigger')")
    ResponseEntity<ImportJobResponse> trigger(@Valid @RequestBody TriggerRequest request, Actor actor) {
        return accepted(imports.triggerFromUrl(request.marketplace(), request.language(), request.sourceUrl(),
                actor.id()));
    }

    /**
     * A feed upload: {@code marketplace} and {@code language} in the query ({@link FeedUploadTarget}), the feed as the
     * multipart part {@code file}. The body is read by {@link MultipartFeed} only after the import was allowed to
     * start, never spooled by the servlet container (multipart requests are resolved lazily, and nothing here asks
     * for a parameter, which would make the container parse the body).
     */
    @PostMapping(value = "/import/upload", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasAuthority('PERM_imports.trigger')")
    ResponseEntity<ImportJobResponse> upload(FeedUploadTarget target, HttpServletRequest request, Actor actor)
            throws IOException {
        return accepted(imports.triggerFromUpload(target.marketplace(), target.language(),
                new MultipartFeed(request, "file", properties.maxUploadSize().toBytes()), actor.id()));
    }

    private ResponseEntity<ImportJobResponse> accepted(ImportJob job) {
        return ResponseEntity.accepted().location(URI.create("/api/v1/vendor/marketplace/jobs/" + job.id()))
                .body(mapper.toResponse(job));
    }

    @GetMapping("/jobs")
    @PreAuthorize("hasAuthority('PERM_imports.view')")
    PagedModel<ImportJobResponse> jobs(@RequestParam(required = false) ImportStatus status,
                                       @RequestParam(required = false) @Size(max = 32) String marketplace,
                                       @RequestParam(required = false) @Size(max = 8) String language,
                                       @PageableDefault(size = 20) Pageable pageable) {
        return new PagedModel<>(imports.list(status, marketplace, language, pageable).map(mapper::toResponse));
    }

    @GetMapping("/jobs/{id}")
    @PreAuthorize("hasAuthority('PERM_imports.view')")
    ImportJobResponse job(@PathVariable UUID id) {
        return mapper.toResponse(imports.get(id));
    }

    @PostMapping("/jobs/{id}/cancel")
    @PreAuthorize("hasAuthority('PERM_imports.trigger')")
    ImportJobResponse cancel(@PathVariable UUID id) {
        return mapper.toResponse(imports.cancel(id));
    }

    @GetMapping(value = "/jobs/{id}/errors", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAuthority('PERM_imports.view')")
    PagedModel<FeedRowError> errors(@PathVariable UUID id, @PageableDefault(size = 100) Pageable pageable) {
        return new PagedModel<>(imports.errors(id, pageable));
    }

    /** The stored row errors as a CSV download; cells that a spreadsheet would run as formulas are defused. */
    @GetMapping(value = "/jobs/{id}/errors", produces = "text/csv")
    @PreAuthorize("hasAuthority('PERM_imports.view')")
    void errorsCsv(@PathVariable UUID id, HttpServletResponse response) throws IOException {
        imports.get(id);
        Csv.writeErrors(response, id, consumer -> imports.forEachError(id, consumer));
    }

    @GetMapping("/products")
    @PreAuthorize("hasAuthority('PERM_imports.view')")
    PagedModel<StagedProductSummary> products(@RequestParam(required = false) @Size(max = 32) String marketplace,
                                              @RequestParam(required = false) @Size(max = 200) String search,
                                              @RequestParam(required = false) @Size(max = 200) String brand,
                                              @RequestParam(required = false) Boolean published,
                                              @RequestParam(required = false) UUID jobId,
                                              @RequestParam(required = false) @Size(max = 8) String language,
                                              @PageableDefault(size = 20) Pageable pageable) {
        return new PagedModel<>(staged.search(new StagedProductQuery(marketplace, search, brand, published, jobId,
                language), pageable));
    }

    @GetMapping("/products/{id}")
    @PreAuthorize("hasAuthority('PERM_imports.view')")
    StagedProductDetail product(@PathVariable UUID id) {
        return staged.get(id);
    }
}
