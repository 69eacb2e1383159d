package com.wizamart.ordering.domain;

import java.util.List;
import java.util.Map;

import com.wizamart.sharedkernel.DomainException;

/** Ordering's broken rules, each with its stable error code. */
public final class OrderingException {

    private OrderingException() {
    }

    public static DomainException orderNotFound() {
        return new DomainException(DomainException.Kind.NOT_FOUND, "ORDER_NOT_FOUND", "No such order.");
    }

    public static DomainException productNotFound() {
        return new DomainException(DomainException.Kind.NOT_FOUND, "PRODUCT_NOT_FOUND", "No such product in this shop.");
    }

    /**
     * @param status  why: {@code INACTIVE}, {@code OUT_OF_STOCK} or {@code CURRENCY_NOT_ACCEPTED} (the line status
     *                the product would get).
     * @param message for the shopper.
     */
    public static DomainException productUnavailable(String status, String message) {
        return new DomainException(DomainException.Kind.CONFLICT, "PRODUCT_UNAVAILABLE", message,
                Map.of("reason", status));
    }

    public static DomainException cartLineNotFound() {
        return new DomainException(DomainException.Kind.NOT_FOUND, "CART_ITEM_NOT_FOUND",
                "This product is not in the cart.");
    }

    public static DomainException cartEmpty() {
        return new DomainException(DomainException.Kind.VALIDATION, "CART_EMPTY", "The cart is empty.");
    }

    public static DomainException cartTooLarge(int maxLines) {
        return new DomainException(DomainException.Kind.VALIDATION, "CART_TOO_LARGE",
                "A cart holds at most " + maxLines + " different products.", Map.of("maxLines", maxLines));
    }

    /**
     * @param lines one entry per line that cannot be ordered: {@code productId}, {@code sku}, {@code reason}
     *              ({@code NOT_FOUND}, {@code INACTIVE}, {@code OUT_OF_STOCK}).
     */
    public static DomainException cartNotOrderable(List<Map<String, Object>> lines) {
        return new DomainException(DomainException.Kind.CONFLICT, "CART_NOT_ORDERABLE",
                "Some products of the cart are not for sale now; remove them and try again.", Map.of("lines", lines));
    }

    /**
     * @param lines one entry per line priced in another currency: {@code productId}, {@code sku}, {@code currency}.
     */
    public static DomainException cartCurrencyNotAccepted(String shopCurrency, List<Map<String, Object>> lines) {
        return new DomainException(DomainException.Kind.VALIDATION, "CART_CURRENCY_NOT_ACCEPTED",
                "This shop sells in " + shopCurrency + " only; remove the products priced in another currency.",
                Map.of("shopCurrency", shopCurrency, "lines", lines));
    }

    /**
     * @param lines one entry per line whose backordered units are not in stock yet: {@code productId}, {@code sku},
     *              {@code backordered}, {@code available}.
     */
    public static DomainException backorderNotInStock(List<Map<String, Object>> lines) {
        return new DomainException(DomainException.Kind.CONFLICT, "BACKORDER_NOT_IN_STOCK",
                "The order has backordered units that are not in stock yet; receive them, then ship.",
                Map.of("lines", lines));
    }

    /** @param lines one entry per short line: {@code productId}, {@code sku}, {@code requested}, {@code available}. */
    public static DomainException insufficientInventory(List<Map<String, Object>> lines) {
        return new DomainException(DomainException.Kind.CONFLICT, "INSUFFICIENT_INVENTORY",
                "Not enough stock for some lines; nothing was reserved.", Map.of("lines", lines));
    }

    public static DomainException invalidStatus(OrderStatus from, OrderStatus to) {
        return new DomainException(DomainException.Kind.CONFLICT, "INVALID_ORDER_STATUS",
                "An order that is " + from + " cannot become " + to + ".",
                Map.of("currentStatus", from.name(), "requestedStatus", to.name(),
                        "allowed", from.next().stream().map(Enum::name).toList()));
    }

    public static DomainException idempotencyKeyReused() {
        return new DomainException(DomainException.Kind.VALIDATION, "IDEMPOTENCY_KEY_REUSED",
                "This Idempotency-Key was used with a different request; use a new key for a new order.");
    }

    public static DomainException idempotencyRequestInProgress() {
        return new DomainException(DomainException.Kind.CONFLICT, "IDEMPOTENCY_REQUEST_IN_PROGRESS",
                "A request with this Idempotency-Key is still being processed; retry shortly.");
    }

    public static DomainException memberNotFound() {
        return new DomainException(DomainException.Kind.VALIDATION, "MEMBER_NOT_FOUND",
                "No active team member of this shop has this id.");
    }
}
