package com.wizamart.catalog.application;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.wizamart.catalog.ProductPublished;
import com.wizamart.catalog.application.port.in.ProductView;
import com.wizamart.catalog.application.port.out.ProductStore;
import com.wizamart.catalog.application.port.out.StockPort;
import com.wizamart.catalog.config.CatalogProperties;
import com.wizamart.catalog.domain.CatalogException;
import com.wizamart.catalog.domain.Product;
import com.wizamart.catalog.domain.PublishOverrides;
import com.wizamart.marketplace.StagedCatalog;
import com.wizamart.marketplace.StagedProductView;
import com.wizamart.sharedkernel.DomainException;
import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.VendorContext;

/**
 * Publishing staged marketplace products into the vendor's catalog: one with the vendor's overrides, or many at
 * once. A staged product is published at most once; its feed quantity becomes the product's starting stock in
 * inventory, in the same transaction.
 */
@Service
public class Publishing {

    private final ProductStore products;
    private final StagedCatalog staged;
    private final CatalogSetup settings;
    private final StockPort stock;
    private final AvailableQuantityTracking availableQuantities;
    private final ApplicationEventPublisher events;
    private final CatalogProperties properties;
    private final TransactionTemplate eachInItsOwnTransaction;

    Publishing(ProductStore products, StagedCatalog staged, CatalogSetup settings, StockPort stock,
               AvailableQuantityTracking availableQuantities, ApplicationEventPublisher events, CatalogProperties properties,
               PlatformTransactionManager transactionManager) {
        this.products = products;
        this.staged = staged;
        this.settings = settings;
        this.stock = stock;
        this.availableQuantities = availableQuantities;
        this.events = events;
        this.properties = properties;
        this.eachInItsOwnTransaction = new TransactionTemplate(transactionManager);
        this.eachInItsOwnTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Publishes one staged product; every override locks its field. The feed's quantity (or the override) becomes
     * its stock, recorded as brought in by {@code actor}.
     *
     * @throws CatalogException {@code MARKETPLACE_PRODUCT_NOT_FOUND}, {@code PRODUCT_ALREADY_PUBLISHED} (with the
     *         product's id), {@code SKU_ALREADY_EXISTS} (a product made by hand has the feed's id as SKU).
     */
    @Transactional
    public ProductView publish(UUID stagedProductId, PublishOverrides overrides, Actor actor) {
        UUID productId = publishOne(stagedProductId, overrides, actor);
        return products.view(productId, false).orElseThrow(CatalogException::productNotFound);
    }

    /**
     * Publishes many staged products, each in its own transaction: one that fails never holds back the others.
     *
     * @return one result per id, in request order.
     */
    public List<PublishResult> publishAll(List<UUID> stagedProductIds, Actor actor) {
        if (stagedProductIds == null || stagedProductIds.isEmpty()) {
            throw ValidationException.of("ids", "must not be empty");
        }
        if (stagedProductIds.size() > properties.maxPublishIds()) {
            throw ValidationException.of("ids", "must hold at most " + properties.maxPublishIds() + " ids");
        }
        List<PublishResult> results = new ArrayList<>();
        for (UUID id : stagedProductIds) {
            if (id == null) {
                throw ValidationException.of("ids", "must not hold null");
            }
        }
        for (UUID id : stagedProductIds) {
            results.add(publishInOwnTransaction(id, actor));
        }
        return results;
    }

    private PublishResult publishInOwnTransaction(UUID stagedProductId, Actor actor) {
        try {
            UUID productId = eachInItsOwnTransaction.execute(status -> publishOne(stagedProductId,
                    PublishOverrides.NONE, actor));
            return new PublishResult(stagedProductId, PublishResult.Outcome.PUBLISHED, productId, null, null);
        } catch (DomainException e) {
            return PublishResult.failed(stagedProductId, e);
        }
    }

    private UUID publishOne(UUID stagedProductId, PublishOverrides overrides, Actor actor) {
        UUID vendorId = VendorContext.require();
        products.idBySource(stagedProductId).ifPresent(existing -> {
            throw CatalogException.alreadyPublished(existing);
        });
        StagedProductView source = staged.find(vendorId, stagedProductId)
                .orElseThrow(CatalogException::stagedProductNotFound);
        Product product = Product.publish(vendorId, StagedFacts.source(source), StagedFacts.of(source), overrides,
                settings.current());
        if (products.skuTaken(product.sku(), null)) {
            throw CatalogException.skuTaken(product.sku());
        }
        products.insert(product);
        Integer override = overrides == null ? null : overrides.initialQuantity();
        int quantity = override != null ? override : source.quantity() != null ? source.quantity() : 0;
        stock.setInitialFeedStock(vendorId, product.id(), quantity, actor);
        availableQuantities.sync(vendorId, List.of(product.id()));
        staged.markPublished(vendorId, List.of(stagedProductId));
        events.publishEvent(new ProductPublished(product.id(), vendorId, product.sku(), stagedProductId,
                source.marketplace()));
        return product.id();
    }

    /**
     * What became of one id of a bulk publish.
     *
     * @param productId the published product: new ({@code PUBLISHED}) or existing ({@code ALREADY_PUBLISHED}).
     */
    public record PublishResult(UUID id, Outcome outcome, UUID productId, String errorCode, String message) {

        /** The outcome for one id. */
        public enum Outcome { PUBLISHED, ALREADY_PUBLISHED, NOT_FOUND, FAILED }

        static PublishResult failed(UUID id, DomainException e) {
            Outcome outcome = switch (e.errorCode()) {
                case "PRODUCT_ALREADY_PUBLISHED" -> Outcome.ALREADY_PUBLISHED;
                case "MARKETPLACE_PRODUCT_NOT_FOUND" -> Outcome.NOT_FOUND;
                default -> Outcome.FAILED;
            };
            Object existing = e.details().get("productId");
            return new PublishResult(id, outcome, existing == null ? null : UUID.fromString(existing.toString()),
                    e.errorCode(), e.getMessage());
        }
    }
}
