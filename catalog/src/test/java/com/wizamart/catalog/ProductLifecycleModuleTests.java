package com.wizamart.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import com.wizamart.catalog.application.ProductCuration;
import com.wizamart.catalog.application.ProductViews;
import com.wizamart.catalog.application.Publishing;
import com.wizamart.catalog.application.port.in.ProductView;
import com.wizamart.catalog.domain.CatalogException;
import com.wizamart.catalog.domain.ProductDetails;
import com.wizamart.catalog.domain.ProductEdit;
import com.wizamart.catalog.domain.ProductField;
import com.wizamart.catalog.domain.PublishOverrides;
import com.wizamart.inventory.StockLevel;
import com.wizamart.inventory.StockLevels;
import com.wizamart.marketplace.StagedCatalog;
import com.wizamart.ordering.SalesRanking;
import com.wizamart.ordering.spi.StockReservation;
import com.wizamart.ordering.spi.StockReservation.ReservationLine;
import com.wizamart.sharedkernel.DomainException;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.BusinessDetails;
import com.wizamart.tenancy.Owner;
import com.wizamart.tenancy.RegisterVendor;
import com.wizamart.tenancy.VendorScope;
import com.wizamart.tenancy.Vendors;

/**
 * The catalog with the contexts it works with (tenancy, marketplace's staging, inventory's stock), against a real
 * PostgreSQL: products published from staging or made by hand, edited and removed, the events that announce each,
 * and the available quantity the catalog keeps from inventory's events. Marketplace runs its imports on JobRunr, whose storage the test configures (its server stays off: no import
 * runs here). Ordering is left out: it needs identity, which the catalog does not depend on; the one thing the
 * catalog asks of it, the units an order sold ({@link SalesRanking}), is not what these tests exercise.
 */
@ApplicationModuleTest(extraIncludes = {"tenancy", "marketplace", "inventory"})
@TestPropertySource(properties = {
        "jobrunr.database.table-prefix=jobrunr.", "jobrunr.background-job-server.enabled=false",
        "jobrunr.dashboard.enabled=false", "jobrunr.miscellaneous.allow-anonymous-data-usage=false"})
class ProductLifecycleModuleTests {

    @MockitoBean
    SalesRanking salesRanking;

    @Autowired
    Vendors vendors;

    @Autowired
    VendorScope vendorScope;

    @Autowired
    Publishing publishing;

    @Autowired
    ProductCuration curation;

    @Autowired
    ProductViews views;

    @Autowired
    StagedCatalog staged;

    @Autowired
    StockLevels stock;

    @Autowired
    StockReservation reservations;

    @Autowired
    JdbcClient jdbc;

    UUID vendorId;

    @BeforeEach
    void openAVendor() {
        String label = "catalog-" + UUID.randomUUID().toString().substring(0, 8);
        vendorId = vendors.register(new RegisterVendor(null, "Catalog Shop", label, BusinessDetails.empty(), List.of(),
                new Owner("owner@" + label + ".example", "Ada", "Owner", null)), Actor.system()).id();
    }

    /** A product staged by a letzshop import (as the import writes it), not published yet. */
    private UUID staged(String externalId, String title, String price, int quantity) {
        UUID id = UUID.randomUUID();
        UUID job = UUID.randomUUID();
        vendorScope.runAs(vendorId, () -> {
            jdbc.sql("""
                            insert into marketplace_staged_products (id, vendor_id, marketplace, external_id,
                              price_amount, price_currency, brand, quantity, tax_rate, first_job_id, last_job_id,
                              created_at, updated_at)
                            values (:id, :vendor, 'letzshop', :externalId, :price, 'EUR', 'Maker', :quantity, 17, :job,
                              :job, now(), now())""")
                    .param("id", id).param("vendor", vendorId).param("externalId", externalId)
                    .param("price", new BigDecimal(price)).param("quantity", quantity).param("job", job).update();
            jdbc.sql("""
                            insert into marketplace_staged_texts (product_id, language, vendor_id, title, raw_layout,
                              raw_values)
                            values (:id, 'en', :vendor, :title, :layout, '{}')""")
                    .param("id", id).param("vendor", vendorId).param("title", title)
                    .param("layout", UUID.randomUUID()).update();
        });
        return id;
    }

    private <T> T asVendor(java.util.function.Supplier<T> work) {
        return vendorScope.callAs(vendorId, work);
    }

    private int onHand(UUID productId) {
        return stock.levels(vendorId, List.of(productId)).get(productId).onHand();
    }

    @Test
    void publishingAStagedProductPublishesProductPublishedWithItsSourceAndGivesItTheFeedsStock(
            AssertablePublishedEvents events) {
        UUID stagedId = staged("LS-1", "Lamp", "20.00", 4);

        ProductView published = asVendor(() -> publishing.publish(stagedId, PublishOverrides.NONE, Actor.system()));

        UUID productId = published.product().id();
        assertThat(published.product().sku()).isEqualTo("LS-1");
        assertThat(published.product().name("en")).isEqualTo("Lamp");
        assertThat(published.product().source().stagedProductId()).isEqualTo(stagedId);
        assertThat(published.availableQuantity()).as("inventory's figure, copied").isEqualTo(4);
        assertThat(onHand(productId)).isEqualTo(4);
        assertThat(staged.find(vendorId, stagedId)).hasValueSatisfying(s -> assertThat(s.published()).isTrue());
        assertThat(events).contains(ProductPublished.class)
                .matching(ProductPublished::productId, productId)
                .matching(ProductPublished::vendorId, vendorId)
                .matching(ProductPublished::sku, "LS-1")
                .matching(ProductPublished::stagedProductId, stagedId)
                .matching(ProductPublished::marketplace, "letzshop");
    }

    @Test
    void aStagedProductIsPublishedOnceAndTheSecondAttemptPublishesNothing(AssertablePublishedEvents events) {
        UUID stagedId = staged("LS-2", "Chair", "50.00", 1);
        UUID productId = asVendor(() -> publishing.publish(stagedId, PublishOverrides.NONE, Actor.system()))
                .product().id();

        assertThatThrownBy(() -> asVendor(() -> publishing.publish(stagedId, PublishOverrides.NONE, Actor.system())))
                .isInstanceOfSatisfying(CatalogException.class, e -> {
                    assertThat(e.errorCode()).isEqualTo("PRODUCT_ALREADY_PUBLISHED");
                    assertThat(e.details()).containsEntry("productId", productId.toString());
                });
        assertThat(events.ofType(ProductPublished.class)).hasSize(1);
        assertThat(onHand(productId)).as("stock set once").isEqualTo(1);
    }

    @Test
    void makingAProductByHandPublishesProductPublishedWithoutASource(AssertablePublishedEvents events) {
        ProductView made = asVendor(() -> curation.create(new ProductDetails("HAND-1", "Vase", null, null, null,
                new BigDecimal("12.00"), null, "EUR", null, null, null, null, null, null, null, null, null), 3,
                Actor.system()));

        assertThat(made.availableQuantity()).isEqualTo(3);
        assertThat(events).contains(ProductPublished.class)
                .matching(ProductPublished::productId, made.product().id())
                .matching(ProductPublished::sku, "HAND-1")
                .matching(ProductPublished::stagedProductId, (UUID) null);
    }

    @Test
    void editingAPublishedProductLocksWhatChangedAndNamesTheFieldsByTheirKeys(AssertablePublishedEvents events) {
        UUID productId = asVendor(() -> publishing.publish(staged("LS-3", "Table", "80.00", 2),
                PublishOverrides.NONE, Actor.system())).product().id();

        ProductView edited = asVendor(() -> curation.edit(productId, new ProductEdit(null, "Oak table", null, null,
                null, new BigDecimal("75.00"), null, null, null, null, null, null, null, null, null, null, null,
                null)));

        assertThat(edited.product().lockedFields()).containsExactly(ProductField.PRICE, ProductField.NAME_EN);
        assertThat(events).contains(ProductUpdated.class)
                .matching(ProductUpdated::productId, productId)
                .matching(ProductUpdated::fields, java.util.Set.of("price", "name.en"))
                .matching(ProductUpdated::cause, ProductUpdated.EDIT);
    }

    @Test
    void removingAProductPublishesProductRemovedAndFreesItsStagedSource(AssertablePublishedEvents events) {
        UUID stagedId = staged("LS-4", "Rug", "30.00", 2);
        UUID productId = asVendor(() -> publishing.publish(stagedId, PublishOverrides.NONE, Actor.system()))
                .product().id();

        asVendor(() -> {
            curation.delete(productId, Actor.system());
            return null;
        });

        assertThat(events).contains(ProductRemoved.class)
                .matching(ProductRemoved::productId, productId)
                .matching(ProductRemoved::vendorId, vendorId)
                .matching(ProductRemoved::sku, "LS-4")
                .matching(ProductRemoved::stagedProductId, stagedId);
        assertThat(stock.levels(vendorId, List.of(productId))).as("its stock rows are gone")
                .containsExactly(Map.entry(productId, StockLevel.none(productId)));
        assertThat(staged.find(vendorId, stagedId)).hasValueSatisfying(s -> assertThat(s.published()).isFalse());
        assertThat(asVendor(() -> publishing.publish(stagedId, PublishOverrides.NONE, Actor.system())).product()
                .id()).as("published anew").isNotEqualTo(productId);
    }

    @Test
    void aProductWhoseUnitsOpenOrdersHoldIsNotRemoved(AssertablePublishedEvents events) {
        UUID productId = asVendor(() -> publishing.publish(staged("LS-5", "Mirror", "40.00", 2),
                PublishOverrides.NONE, Actor.system())).product().id();
        assertThat(reservations.reserve(vendorId, "SHOP-000001", List.of(new ReservationLine(productId, 1)))
                .reserved()).isTrue();

        assertThatThrownBy(() -> asVendor(() -> {
            curation.delete(productId, Actor.system());
            return null;
        })).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.errorCode()).isEqualTo("PRODUCT_STOCK_RESERVED"));

        assertThat(events.ofType(ProductRemoved.class)).isEmpty();
        assertThat(asVendor(() -> curation.toggleFeatured(productId)).product().featured())
                .as("still in the catalog").isTrue();
    }

    @Test
    void stockReceivedInInventoryShowsWithTheProductOnceInventoryAnnouncesIt(Scenario scenario) {
        UUID productId = asVendor(() -> curation.create(new ProductDetails("HAND-2", "Bowl", null, null, null,
                new BigDecimal("9.00"), null, "EUR", null, null, null, null, null, null, null, null, null), null,
                Actor.system())).product().id();

        scenario.stimulate(() -> stock.receive(vendorId, productId, null, 5, "delivery", Actor.system()))
                .andWaitForStateChange(() -> asVendor(() -> views.get(productId, false)).availableQuantity(),
                        available -> available == 5)
                .andVerify(available -> assertThat(available).isEqualTo(5));
    }
}
