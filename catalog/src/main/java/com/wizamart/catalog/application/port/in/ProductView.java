package com.wizamart.catalog.application.port.in;

import com.wizamart.catalog.domain.Product;

/**
 * A product as lists and details show it: the product and what other contexts keep up to date for it.
 *
 * @param availableQuantity units available to order, as inventory last reported them.
 * @param unitsSold         units sold so far (for "bestselling").
 */
public record ProductView(Product product, int availableQuantity, long unitsSold) {
}
