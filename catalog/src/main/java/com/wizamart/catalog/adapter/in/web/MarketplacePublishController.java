package com.wizamart.catalog.adapter.in.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.catalog.application.Publishing;
import com.wizamart.catalog.application.Publishing.PublishResult;
import com.wizamart.tenancy.Actor;

/** Publishing many staged marketplace products at once, next to the marketplace's staged product list. */
@RestController
class MarketplacePublishController {

    private final Publishing publishing;

    MarketplacePublishController(Publishing publishing) {
        this.publishing = publishing;
    }

    record PublishManyRequest(@NotEmpty List<UUID> ids) {
    }

    /**
     * @param results one per requested id, in request order.
     */
    record PublishManyResponse(List<PublishResult> results, long published, long alreadyPublished, long notFound,
                               long failed) {

        static PublishManyResponse of(List<PublishResult> results) {
            return new PublishManyResponse(results, count(results, PublishResult.Outcome.PUBLISHED),
                    count(results, PublishResult.Outcome.ALREADY_PUBLISHED),
                    count(results, PublishResult.Outcome.NOT_FOUND), count(results, PublishResult.Outcome.FAILED));
        }

        private static long count(List<PublishResult> results, PublishResult.Outcome outcome) {
            return results.stream().filter(r -> r.outcome() == outcome).count();
        }
    }

    /** Each id is published in its own transaction: one that fails never holds back the others. */
    @PostMapping("/api/v1/vendor/marketplace/products/publish")
    @PreAuthorize("hasAuthority('PERM_products.create')")
    PublishManyResponse publish(@Valid @RequestBody PublishManyRequest request, Actor actor) {
        return PublishManyResponse.of(publishing.publishAll(request.ids(), actor));
    }
}
