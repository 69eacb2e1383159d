package com.wizamart.inventory.adapter.out.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

import com.wizamart.inventory.application.port.out.ProductDirectory.Verdict;
import com.wizamart.ordering.spi.CatalogProduct;
import com.wizamart.ordering.spi.ProductCatalog;

class CatalogProductDirectoryTests {

    private static final UUID VENDOR = UUID.randomUUID();
    private static final UUID PRODUCT = UUID.randomUUID();

    @Test
    void withoutACatalogNothingCanBeVerified() {
        var directory = new CatalogProductDirectory(new DefaultListableBeanFactory().getBeanProvider(ProductCatalog.class));
        assertThat(directory.check(VENDOR, PRODUCT)).isEqualTo(Verdict.UNVERIFIED);
    }

    @Test
    void withACatalogItsAnswerDecides() {
        DefaultListableBeanFactory beans = new DefaultListableBeanFactory();
        beans.registerSingleton("catalog", new ProductCatalog() {
            @Override
            public Optional<CatalogProduct> find(UUID vendorId, UUID productId) {
                return vendorId.equals(VENDOR) && productId.equals(PRODUCT)
                        ? Optional.of(new CatalogProduct(PRODUCT, VENDOR, "SKU", "Name", BigDecimal.TEN, "EUR",
                        BigDecimal.valueOf(17), true))
                        : Optional.empty();
            }

            @Override
            public Map<UUID, CatalogProduct> findAll(UUID vendorId, Collection<UUID> productIds, String languages) {
                return Map.of();
            }

            @Override
            public String shopCurrency(UUID vendorId) {
                return "EUR";
            }
        });
        var directory = new CatalogProductDirectory(beans.getBeanProvider(ProductCatalog.class));

        assertThat(directory.check(VENDOR, PRODUCT)).isEqualTo(Verdict.KNOWN);
        assertThat(directory.check(UUID.randomUUID(), PRODUCT)).isEqualTo(Verdict.UNKNOWN);
        assertThat(directory.check(VENDOR, UUID.randomUUID())).isEqualTo(Verdict.UNKNOWN);
    }
}
