package com.wizamart.dashboard.adapter.in.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.inventory.StockLevel;
import com.wizamart.inventory.StockLevels;
import com.wizamart.marketplace.ImportStatistics;
import com.wizamart.ordering.DailyOrderFigures;
import com.wizamart.ordering.OrderStatistics;
import com.wizamart.ordering.SalesRanking;
import com.wizamart.ordering.spi.CatalogProduct;
import com.wizamart.ordering.spi.ProductCatalog;
import com.wizamart.tenancy.VendorContext;

/**
 * The vendor's dashboard: each figure from the context that owns it (orders and sales from ordering, stock from
 * inventory, product names from the catalog, imports from marketplace).
 */
@RestController
@Validated
class VendorDashboardController {

    private final OrderStatistics orders;
    private final SalesRanking sales;
    private final StockLevels stock;
    private final ProductCatalog catalog;
    private final ImportStatistics imports;
    private final Clock clock = Clock.systemUTC();

    VendorDashboardController(OrderStatistics orders, SalesRanking sales, StockLevels stock, ProductCatalog catalog,
                              ImportStatistics imports) {
        this.orders = orders;
        this.sales = sales;
        this.stock = stock;
        this.catalog = catalog;
        this.imports = imports;
    }

    /** A product running out of stock. */
    record LowStock(UUID productId, String sku, String name, int quantity, int reserved, int available) {
    }

    /**
     * Sales figures as ADR 0022 defines them (orders not cancelled or refunded, their gross totals and units).
     *
     * @param ordersByStatus the order book: every order by its status now, every status present (0 when none).
     * @param revenuePerDay  the last {@code days} UTC days (today included) with sales: orders and revenue per
     *                       currency.
     * @param topProducts    best sellers (units sold) over the same days.
     */
    record VendorStats(LocalDate from, LocalDate to, Map<String, Long> ordersByStatus,
                       List<DailyOrderFigures> revenuePerDay, List<SalesRanking.ProductSales> topProducts,
                       int lowStockThreshold, List<LowStock> lowStockProducts,
                       List<ImportStatistics.LatestImport> lastImports) {
    }

    @GetMapping("/api/v1/vendor/dashboard/stats")
    @PreAuthorize("hasAuthority('PERM_analytics.view')")
    VendorStats stats(@RequestParam(defaultValue = "30") @Min(1) @Max(366) int days,
                      @RequestParam(defaultValue = "5") @Min(0) @Max(1000000) int lowStockThreshold) {
        UUID vendor = VendorContext.require();
        LocalDate to = LocalDate.now(clock);
        LocalDate from = to.minusDays(days - 1L);
        List<StockLevel> low = stock.lowStock(vendor, lowStockThreshold, 10);
        Map<UUID, CatalogProduct> products = catalog.findAll(vendor, low.stream().map(StockLevel::productId).toList());
        List<LowStock> lowStock = new ArrayList<>();
        for (StockLevel level : low) {
            CatalogProduct p = products.get(level.productId());
            lowStock.add(new LowStock(level.productId(), p == null ? null : p.sku(), p == null ? null : p.name(),
                    level.onHand(), level.reserved(), level.available()));
        }
        return new VendorStats(from, to, orders.countByStatus(vendor), orders.daily(vendor, from, to),
                sales.topProducts(vendor, from, to, 5), lowStockThreshold, lowStock,
                imports.latestPerMarketplace(vendor));
    }
}
