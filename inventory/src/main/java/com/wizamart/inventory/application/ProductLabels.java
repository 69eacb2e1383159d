package com.wizamart.inventory.application;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;

import com.wizamart.inventory.application.port.in.MovementView;
import com.wizamart.inventory.application.port.in.StockView;
import com.wizamart.inventory.application.port.out.ProductDirectory;
import com.wizamart.tenancy.VendorContext;

/**
 * Names the products of the bound vendor's stock rows and movements with the catalog's SKU and name: one question to
 * the catalog per page or view, whatever its length.
 */
@Component
class ProductLabels {

    private final ProductDirectory products;

    ProductLabels(ProductDirectory products) {
        this.products = products;
    }

    Page<StockView> stock(Page<StockView> page) {
        Map<UUID, ProductDirectory.Label> labels = of(page.map(StockView::productId).getContent());
        return page.map(v -> named(v, labels.get(v.productId())));
    }

    List<StockView> stock(List<StockView> rows) {
        Map<UUID, ProductDirectory.Label> labels = of(rows.stream().map(StockView::productId).toList());
        return rows.stream().map(v -> named(v, labels.get(v.productId()))).toList();
    }

    StockView stock(StockView row) {
        return stock(List.of(row)).getFirst();
    }

    Page<MovementView> movements(Page<MovementView> page) {
        Map<UUID, ProductDirectory.Label> labels = of(page.map(MovementView::productId).getContent());
        return page.map(m -> named(m, labels.get(m.productId())));
    }

    List<MovementView> movements(List<MovementView> movements, ProductDirectory.Label label) {
        return movements.stream().map(m -> named(m, label)).toList();
    }

    /** @return the row named by the catalog's product; as it is when the catalog does not have the product. */
    static StockView named(StockView row, ProductDirectory.Label label) {
        return label == null ? row : row.withProduct(label.sku(), label.name());
    }

    /** @return the movement named by the catalog's product; as it is when the catalog does not have the product. */
    static MovementView named(MovementView movement, ProductDirectory.Label label) {
        return label == null ? movement : movement.withProduct(label.sku(), label.name());
    }

    /** @return the labels of the products the catalog has; an empty list asks nothing. */
    Map<UUID, ProductDirectory.Label> of(Collection<UUID> productIds) {
        Set<UUID> distinct = new LinkedHashSet<>(productIds);
        return distinct.isEmpty() ? Map.of() : products.labels(VendorContext.require(), distinct);
    }
}
