package com.wizamart.catalog.application;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.catalog.ProductPublished;
import com.wizamart.catalog.ProductRemoved;
import com.wizamart.catalog.ProductUpdated;
import com.wizamart.catalog.application.port.in.ProductView;
import com.wizamart.catalog.application.port.out.ProductStore;
import com.wizamart.catalog.application.port.out.RefreshStore;
import com.wizamart.catalog.application.port.out.StockPort;
import com.wizamart.catalog.domain.CatalogException;
import com.wizamart.catalog.domain.FieldChange;
import com.wizamart.catalog.domain.Product;
import com.wizamart.catalog.domain.ProductDetails;
import com.wizamart.catalog.domain.ProductEdit;
import com.wizamart.catalog.domain.ProductField;
import com.wizamart.catalog.domain.RefreshRules;
import com.wizamart.catalog.domain.SourceFacts;
import com.wizamart.marketplace.StagedCatalog;
import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.VendorContext;

/**
 * The vendor's hand work on the catalog: products made, edited, deleted, (de)activated, featured; fields of
 * published products locked against imports and unlocked again. Runs within the bound vendor.
 */
@Service
public class ProductCuration {

    private final ProductStore products;
    private final CatalogSetup settings;
    private final StockPort stock;
    private final AvailableQuantityTracking availableQuantities;
    private final StagedCatalog staged;
    private final ApplicationEventPublisher events;
    private final FeedChanges feedChanges;
    private final RefreshStore refreshes;

    ProductCuration(ProductStore products, CatalogSetup settings, StockPort stock,
                    AvailableQuantityTracking availableQuantities, StagedCatalog staged, ApplicationEventPublisher events,
                    FeedChanges feedChanges, RefreshStore refreshes) {
        this.products = products;
        this.settings = settings;
        this.stock = stock;
        this.availableQuantities = availableQuantities;
        this.staged = staged;
        this.events = events;
        this.feedChanges = feedChanges;
        this.refreshes = refreshes;
    }

    /**
     * Makes a product by hand.
     *
     * @param initialQuantity starting stock, if any (set through inventory).
     * @param actor           who makes it (recorded with the initial stock's movement).
     * @throws CatalogException {@code SKU_ALREADY_EXISTS}; {@link ValidationException} for invalid fields.
     */
    @Transactional
    public ProductView create(ProductDetails details, Integer initialQuantity, Actor actor) {
        if (initialQuantity != null && initialQuantity < 0) {
            throw ValidationException.of("initialQuantity", "must not be negative");
        }
        UUID vendorId = VendorContext.require();
        Product product = Product.create(vendorId, details, settings.current());
        if (products.skuTaken(product.sku(), null)) {
            throw CatalogException.skuTaken(product.sku());
        }
        products.insert(product);
        if (initialQuantity != null) {
            stock.setInitialStock(vendorId, product.id(), initialQuantity, actor);
            availableQuantities.sync(vendorId, List.of(product.id()));
        }
        events.publishEvent(new ProductPublished(product.id(), vendorId, product.sku(), null, null));
        return view(product.id());
    }

    /**
     * Edits a product; on a published product every feed-filled field whose value changes is locked. The product
     * comes out priced in the shop's currency (a product from before the shop had one is moved to it by an edit that
     * sets {@code currency}).
     *
     * @throws CatalogException {@code PRODUCT_NOT_FOUND}, {@code SKU_ALREADY_EXISTS}, {@code CONCURRENT_MODIFICATION},
     *         {@code CURRENCY_NOT_ACCEPTED}.
     */
    @Transactional
    public ProductView edit(UUID id, ProductEdit edit) {
        Product product = load(id);
        Set<ProductField> changed = product.edit(edit);
        product.requireCurrency(settings.current().currency());
        if (!changed.isEmpty()) {
            if (changed.contains(ProductField.SKU) && products.skuTaken(product.sku(), id)) {
                throw CatalogException.skuTaken(product.sku());
            }
            products.update(product);
            events.publishEvent(new ProductUpdated(id, product.vendorId(), ProductField.keys(changed),
                    ProductUpdated.EDIT));
        }
        return view(id);
    }

    /**
     * Deletes a product, and with it its stock rows in inventory (its stock movements stay, the last one saying who
     * removed it); its staged source (if any) may be published again.
     *
     * @param actor who deletes it.
     * @throws com.wizamart.sharedkernel.DomainException {@code PRODUCT_NOT_FOUND}; {@code PRODUCT_STOCK_RESERVED}
     *         while open orders hold units of it (nothing is deleted).
     */
    @Transactional
    public void delete(UUID id, Actor actor) {
        Product product = load(id);
        stock.removeProduct(product.vendorId(), id, actor);
        products.delete(id);
        if (product.source() != null) {
            staged.markUnpublished(product.vendorId(), List.of(product.source().stagedProductId()));
        }
        events.publishEvent(new ProductRemoved(id, product.vendorId(), product.sku(),
                product.source() == null ? null : product.source().stagedProductId()));
    }

    @Transactional
    public ProductView toggleActive(UUID id) {
        Product product = load(id);
        product.toggleActive();
        return saveEdit(product, ProductField.ACTIVE);
    }

    @Transactional
    public ProductView toggleFeatured(UUID id) {
        Product product = load(id);
        product.toggleFeatured();
        return saveEdit(product, ProductField.FEATURED);
    }

    /**
     * Locks a field of a published product: imports leave it as it is.
     *
     * @throws CatalogException {@code PRODUCT_HAS_NO_SOURCE}, {@code FIELD_NOT_LOCKABLE}.
     */
    @Transactional
    public ProductView lock(UUID id, String field) {
        Product product = load(id);
        product.lock(product.lockableField(field));
        products.update(product);
        return view(id);
    }

    /**
     * Unlocks a field of a published product and sets it from the feed's current value at once (for the stock: the
     * on-hand quantity at the feed location), as the next import would under the vendor's rules (a field the
     * platform owns is not set). Unlocking also ends a rejection of the field's value: the vendor asks to follow the
     * feed again.
     *
     * @throws CatalogException {@code PRODUCT_HAS_NO_SOURCE}, {@code FIELD_NOT_LOCKABLE}.
     */
    @Transactional
    public ProductView unlock(UUID id, String field, Actor actor) {
        Product product = load(id);
        ProductField unlocked = product.lockableField(field);
        product.unlock(unlocked);
        Set<ProductField> fields = unlocked.guarded();
        refreshes.forgetRejections(Map.of(id, fields));
        List<FieldChange> applied = staged.find(product.vendorId(), product.source().stagedProductId())
                .map(StagedFacts::of)
                .map(facts -> resync(product, fields, facts, actor))
                .orElse(List.of());
        products.update(product);
        if (!applied.isEmpty()) {
            Set<String> changed = new LinkedHashSet<>();
            applied.forEach(c -> changed.add(c.field().key()));
            events.publishEvent(new ProductUpdated(id, product.vendorId(), changed, ProductUpdated.UNLOCK));
        }
        return view(id);
    }

    private List<FieldChange> resync(Product product, Set<ProductField> fields, SourceFacts facts, Actor actor) {
        RefreshRules rules = feedChanges.planningRules(product.vendorId(), feedChanges.vendorRules(),
                List.of(product.id())).get(product.id());
        List<FieldChange> planned = feedChanges.plan(product, facts, rules).stream()
                .filter(c -> fields.contains(c.field())).toList();
        List<FieldChange> applied = feedChanges.apply(product, planned, rules, actor).stream()
                .filter(c -> c.outcome() == FieldChange.Outcome.APPLIED).toList();
        if (applied.stream().anyMatch(c -> c.field() == ProductField.QUANTITY)) {
            availableQuantities.sync(product.vendorId(), List.of(product.id()));
        }
        return applied;
    }

    private ProductView saveEdit(Product product, ProductField field) {
        products.update(product);
        events.publishEvent(new ProductUpdated(product.id(), product.vendorId(), Set.of(field.key()),
                ProductUpdated.EDIT));
        return view(product.id());
    }

    private Product load(UUID id) {
        return products.find(id).orElseThrow(CatalogException::productNotFound);
    }

    private ProductView view(UUID id) {
        return products.view(id, false).orElseThrow(CatalogException::productNotFound);
    }
}
