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

    /** Also for another customer's or another shop's address: the API never tells that it exists. */
    public static DomainException addressNotFound() {
        return new DomainException(DomainException.Kind.NOT_FOUND, "ADDRESS_NOT_FOUND",
                "No such address in your address book.");
    }

    public static DomainException addressBookFull(int maxAddresses) {
        return new DomainException(DomainException.Kind.VALIDATION, "ADDRESS_BOOK_FULL",
                "An address book holds at most " + maxAddresses + " addresses; delete one first.",
                Map.of("maxAddresses", maxAddresses));
    }

    /** A shipped order's goods come back through a return, not a cancellation. */
    public static DomainException shippedUseReturn(OrderStatus current) {
        return new DomainException(DomainException.Kind.CONFLICT, "ORDER_SHIPPED_USE_RETURN",
                "An order that is " + current + " cannot be cancelled: record a return of its goods and refund it.",
                Map.of("currentStatus", current.name()));
    }

    public static DomainException notRefundable(OrderStatus current) {
        return new DomainException(DomainException.Kind.CONFLICT, "ORDER_NOT_REFUNDABLE",
                "An order that is " + current + " cannot be refunded (only confirmed to delivered orders can).",
                Map.of("currentStatus", current.name()));
    }

    public static DomainException notReturnable(OrderStatus current) {
        return new DomainException(DomainException.Kind.CONFLICT, "ORDER_NOT_RETURNABLE",
                "Goods of an order that is " + current + " cannot be returned (only shipped or delivered ones).",
                Map.of("currentStatus", current.name()));
    }

    public static DomainException lineNotFound() {
        return new DomainException(DomainException.Kind.NOT_FOUND, "ORDER_LINE_NOT_FOUND",
                "The order has no such line.");
    }

    /** @param lines one entry per line asked for too much: {@code lineNo}, {@code requested}, {@code refundable}. */
    public static DomainException refundQuantityExceeded(List<Map<String, Object>> lines) {
        return new DomainException(DomainException.Kind.CONFLICT, "REFUND_QUANTITY_EXCEEDED",
                "More units than can be refunded: sold minus refunded minus units held by open returns.",
                Map.of("lines", lines));
    }

    /** @param lines one entry per line asked for too much: {@code lineNo}, {@code requested}, {@code returnable}. */
    public static DomainException returnQuantityExceeded(List<Map<String, Object>> lines) {
        return new DomainException(DomainException.Kind.CONFLICT, "RETURN_QUANTITY_EXCEEDED",
                "More units than can be returned: sold minus refunded minus units held by open returns.",
                Map.of("lines", lines));
    }

    public static DomainException openReturns(int count) {
        return new DomainException(DomainException.Kind.CONFLICT, "ORDER_HAS_OPEN_RETURNS",
                "The order has open returns: refund or reject them first.", Map.of("openReturns", count));
    }

    public static DomainException refundNotFound() {
        return new DomainException(DomainException.Kind.NOT_FOUND, "REFUND_NOT_FOUND", "No such refund of this order.");
    }

    public static DomainException returnNotFound() {
        return new DomainException(DomainException.Kind.NOT_FOUND, "RETURN_NOT_FOUND", "No such return of this order.");
    }

    public static DomainException invalidReturnStatus(OrderReturn.Status from, OrderReturn.Status to) {
        return new DomainException(DomainException.Kind.CONFLICT, "INVALID_RETURN_STATUS",
                "A return that is " + from + " cannot become " + to + ".",
                Map.of("currentStatus", from.name(), "requestedStatus", to.name(),
                        "allowed", from.next().stream().map(Enum::name).toList()));
    }

    public static DomainException idempotencyKeyRequired(String what) {
        return new DomainException(DomainException.Kind.BAD_REQUEST, "IDEMPOTENCY_KEY_REQUIRED",
                what + " needs an Idempotency-Key header (a fresh random value per request).");
    }

    public static DomainException refundKeyReused() {
        return new DomainException(DomainException.Kind.VALIDATION, "IDEMPOTENCY_KEY_REUSED",
                "This Idempotency-Key was used with a different refund of this order; use a new key for a new refund.");
    }

    public static DomainException memberNotFound() {
        return new DomainException(DomainException.Kind.VALIDATION, "MEMBER_NOT_FOUND",
                "No active team member of this shop has this id.");
    }

    public static DomainException shippingMethodNotFound() {
        return new DomainException(DomainException.Kind.NOT_FOUND, "SHIPPING_METHOD_NOT_FOUND",
                "No such shipping method in this shop.");
    }

    public static DomainException shippingMethodRequired() {
        return new DomainException(DomainException.Kind.VALIDATION, "SHIPPING_METHOD_REQUIRED",
                "Choose a shipping method (shippingMethodId): this shop ships its orders by one of its methods.");
    }

    /** Why a shipping method cannot be chosen for an order. */
    public enum Unavailable {
        /** The vendor switched it off. */
        INACTIVE,
        /** It does not deliver to the destination country. */
        DESTINATION,
        /** It is priced in another currency than the cart. */
        CURRENCY
    }

    /**
     * @param country the destination, {@literal null} when not the reason.
     */
    public static DomainException shippingMethodNotAvailable(java.util.UUID methodId, Unavailable reason,
                                                              String country) {
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("shippingMethodId", methodId.toString());
        details.put("reason", reason.name());
        if (country != null) {
            details.put("country", country);
        }
        String message = switch (reason) {
            case INACTIVE -> "This shipping method is not offered at the moment; choose another.";
            case DESTINATION -> "This shipping method does not deliver to " + country + "; choose another.";
            case CURRENCY -> "This shipping method is priced in another currency than the cart; choose another.";
        };
        return new DomainException(DomainException.Kind.VALIDATION, "SHIPPING_METHOD_NOT_AVAILABLE", message,
                details);
    }

    /** The rates table has no rates of a country the order must be taxed in on the day. */
    public static DomainException vatRatesMissing(String country, java.time.LocalDate day) {
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("country", country);
        details.put("day", String.valueOf(day));
        return new DomainException(DomainException.Kind.CONFLICT, "VAT_RATES_MISSING",
                "The shop cannot take orders at the moment: no VAT rates of " + country + " are on record for " + day
                        + ".", details);
    }

    /** Shipping (or delivering) a card or bank-transfer order before it is paid. */
    public static DomainException notPaid(com.wizamart.ordering.PaymentMethod method,
                                          com.wizamart.ordering.PaymentStatus paymentStatus) {
        return new DomainException(DomainException.Kind.CONFLICT, "ORDER_NOT_PAID",
                "This order is paid by " + method + " and its payment is " + paymentStatus
                        + ": it ships once it is paid.",
                Map.of("paymentMethod", method.name(), "paymentStatus", paymentStatus.name()));
    }

    /** @param offered the methods the shop offers, its default first. */
    public static DomainException paymentMethodNotOffered(com.wizamart.ordering.PaymentMethod method,
                                                          List<com.wizamart.ordering.PaymentMethod> offered) {
        return new DomainException(DomainException.Kind.VALIDATION, "PAYMENT_METHOD_NOT_OFFERED",
                "This shop does not take " + method + "; choose one of " + offered + ".",
                Map.of("paymentMethod", method.name(), "offered", offered.stream().map(Enum::name).toList()));
    }

    /** A payment status move the payment lifecycle forbids ({@code from} {@literal null}: not recorded). */
    public static DomainException invalidPaymentStatus(com.wizamart.ordering.PaymentStatus from,
                                                       com.wizamart.ordering.PaymentStatus to) {
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        if (from != null) {
            details.put("currentPaymentStatus", from.name());
        }
        details.put("requestedPaymentStatus", to.name());
        details.put("allowed", PaymentLifecycle.next(from).stream().map(Enum::name).toList());
        return new DomainException(DomainException.Kind.CONFLICT, "INVALID_PAYMENT_STATUS",
                "A payment that is " + (from == null ? "not recorded" : from) + " cannot become " + to + ".",
                details);
    }
}
