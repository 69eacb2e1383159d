package com.wizamart.ordering.domain;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Goods of a shipped order are to come back: which units of which lines, and why. */
public record ReturnGoodsCommand(UUID orderId, List<RequestedLine> lines, String reason) {

    public ReturnGoodsCommand {
        Objects.requireNonNull(orderId, "orderId");
        lines = RefundOrderCommand.checkLines(lines);
        reason = RefundOrderCommand.checkReason(reason);
    }
}
