package com.wizamart.inventory.domain;

import java.util.Map;
import java.util.UUID;

import com.wizamart.sharedkernel.DomainException;

/** Inventory's business errors, each with its stable code. */
public final class InventoryException extends DomainException {

    private InventoryException(Kind kind, String code, String message, Map<String, Object> details) {
        super(kind, code, message, details);
    }

    /** No such stock entry (in the caller's vendor). */
    public static InventoryException inventoryNotFound() {
        return new InventoryException(Kind.NOT_FOUND, "INVENTORY_NOT_FOUND", "Inventory entry not found.", Map.of());
    }

    /** No such location (in the caller's vendor). */
    public static InventoryException locationNotFound() {
        return new InventoryException(Kind.NOT_FOUND, "LOCATION_NOT_FOUND", "Location not found.", Map.of());
    }

    /** No such product (in the caller's vendor). */
    public static InventoryException productNotFound() {
        return new InventoryException(Kind.NOT_FOUND, "PRODUCT_NOT_FOUND", "Product not found.", Map.of());
    }

    public static InventoryException locationAlreadyExists(String code) {
        return new InventoryException(Kind.CONFLICT, "LOCATION_ALREADY_EXISTS",
                "A location with code '" + code + "' exists already.", Map.of("code", code));
    }

    /** Fewer units are available than asked for. */
    public static InventoryException insufficient(UUID productId, int requested, int available) {
        return new InventoryException(Kind.CONFLICT, "INSUFFICIENT_INVENTORY", "Only " + available
                + " unit(s) available, " + requested + " requested.",
                Map.of("productId", productId, "requested", requested, "available", available));
    }

    /** On hand may not drop below what is reserved for open orders (nor below zero). */
    public static InventoryException belowReserved(UUID productId, int onHand, int reserved) {
        return new InventoryException(Kind.CONFLICT, "INSUFFICIENT_INVENTORY", "On hand cannot be " + onHand
                + ": " + reserved + " unit(s) are reserved for open orders.",
                Map.of("productId", productId, "requestedOnHand", onHand, "reserved", reserved));
    }

    /** A product whose units open orders hold cannot leave inventory (its product cannot be deleted). */
    public static InventoryException productStockReserved(UUID productId, int reserved) {
        return new InventoryException(Kind.CONFLICT, "PRODUCT_STOCK_RESERVED", reserved + " unit(s) of this product "
                + "are held by open orders: ship or cancel them first, or deactivate the product instead.",
                Map.of("productId", productId, "reserved", reserved));
    }
}
