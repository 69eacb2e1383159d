package com.wizamart.ordering.adapter.in.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import com.wizamart.ordering.domain.RequestedLine;

/**
 * Goods to return: units of order lines, each named by {@code lineNo} or {@code productId}.
 *
 * @param lines 1 to 200 lines.
 */
record ReturnRequest(@NotEmpty @Size(max = 200) List<@Valid Line> lines, @Size(max = 1000) String reason) {

    /** @param quantity at least 1. */
    record Line(Integer lineNo, UUID productId, Integer quantity) {
    }

    List<RequestedLine> requestedLines() {
        return lines.stream().map(l -> new RequestedLine(l.lineNo(), l.productId(),
                l.quantity() == null ? 0 : l.quantity())).toList();
    }
}
