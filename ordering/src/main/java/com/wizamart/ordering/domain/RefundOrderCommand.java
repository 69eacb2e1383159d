package com.wizamart.ordering.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import com.wizamart.sharedkernel.ValidationException;

/**
 * The vendor refunds units of an order's lines.
 *
 * @param idempotencyKey the client's {@code Idempotency-Key}, per order: the same key with the same command answers
 *                       the first refund; with another command it is refused.
 * @param restock        whether refunded units go back into stock, for lines that do not say.
 */
public record RefundOrderCommand(UUID orderId, String idempotencyKey, List<RequestedLine> lines, boolean restock,
                                 String reason) {

    public static final int MAX_KEY = 255;
    public static final int MAX_LINES = 200;

    public RefundOrderCommand {
        Objects.requireNonNull(orderId, "orderId");
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw OrderingException.idempotencyKeyRequired("A refund");
        }
        idempotencyKey = idempotencyKey.strip();
        if (idempotencyKey.length() > MAX_KEY) {
            throw ValidationException.of("Idempotency-Key", "must be at most " + MAX_KEY + " characters");
        }
        lines = checkLines(lines);
        reason = checkReason(reason);
    }

    /** @return a SHA-256 over what the refund asks for (not the key), whatever the JSON formatting. */
    public String fingerprint() {
        return Fingerprint.of(lines.stream().map(l -> l.lineNo() + "/" + l.productId() + "/" + l.quantity() + "/"
                + l.restock()).collect(Collectors.joining(",")), String.valueOf(restock), String.valueOf(reason));
    }

    /**
     * @return the lines, checked: 1 to {@value #MAX_LINES}, each naming a line number or a product and a positive
     *         quantity.
     * @throws ValidationException naming the field.
     */
    static List<RequestedLine> checkLines(List<RequestedLine> lines) {
        if (lines == null || lines.isEmpty()) {
            throw ValidationException.of("lines", "must name at least one order line");
        }
        if (lines.size() > MAX_LINES) {
            throw ValidationException.of("lines", "must name at most " + MAX_LINES + " order lines");
        }
        for (int i = 0; i < lines.size(); i++) {
            RequestedLine line = lines.get(i);
            if (line == null || line.lineNo() == null && line.productId() == null) {
                throw ValidationException.of("lines[" + i + "]", "must name a lineNo or a productId");
            }
            if (line.quantity() < 1) {
                throw ValidationException.of("lines[" + i + "].quantity", "must be at least 1");
            }
        }
        return List.copyOf(lines);
    }

    static String checkReason(String reason) {
        String stripped = reason == null || reason.isBlank() ? null : reason.strip();
        if (stripped != null && stripped.length() > Order.MAX_NOTE) {
            throw ValidationException.of("reason", "must be at most " + Order.MAX_NOTE + " characters");
        }
        return stripped;
    }
}
