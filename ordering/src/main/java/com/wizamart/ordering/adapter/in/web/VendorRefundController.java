package com.wizamart.ordering.adapter.in.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.ordering.application.Refunding;
import com.wizamart.ordering.domain.RefundOrderCommand;
import com.wizamart.ordering.domain.RequestedLine;
import com.wizamart.tenancy.Actor;

/** Refunds of the vendor's orders: by line and quantity, with or without restock, once per Idempotency-Key. */
@RestController
@RequestMapping("/api/v1/vendor/orders/{id}/refunds")
class VendorRefundController {

    private final Refunding refunding;

    VendorRefundController(Refunding refunding) {
        this.refunding = refunding;
    }

    /**
     * @param lines   1 to 200 order lines, each named by {@code lineNo} or {@code productId}.
     * @param restock whether the refunded units go back into stock, for lines that do not say (default false).
     */
    record RefundRequest(@NotEmpty @Size(max = 200) List<@Valid Line> lines, Boolean restock,
                         @Size(max = 1000) String reason) {

        /** @param quantity at least 1; @param restock overrides the refund's. */
        record Line(Integer lineNo, UUID productId, Integer quantity, Boolean restock) {
        }
    }

    /**
     * Refunds units of the order's lines: 201 with the refund. The same {@code Idempotency-Key} with the same body
     * answers the same refund again (201, {@code Idempotent-Replayed: true}); with another body 422
     * {@code IDEMPOTENCY_KEY_REUSED}.
     */
    @PostMapping
    @PreAuthorize("hasAuthority('PERM_orders.edit')")
    ResponseEntity<RefundResponse> refundOrder(@PathVariable("id") UUID orderId,
                                               @RequestHeader(value = PublicOrderController.IDEMPOTENCY_KEY,
                                                       required = false) String key,
                                               @Valid @RequestBody RefundRequest request, Actor actor) {
        Refunding.Outcome outcome = refunding.refund(new RefundOrderCommand(orderId, key,
                request.lines().stream().map(l -> new RequestedLine(l.lineNo(), l.productId(),
                        l.quantity() == null ? 0 : l.quantity(), l.restock())).toList(),
                Boolean.TRUE.equals(request.restock()), request.reason()), actor);
        ResponseEntity.BodyBuilder response = ResponseEntity.created(
                URI.create("/api/v1/vendor/orders/" + orderId + "/refunds/" + outcome.refund().id()));
        if (outcome.replayed()) {
            response.header(PublicOrderController.REPLAYED, "true");
        }
        return response.body(RefundResponse.of(outcome.refund(), true));
    }

    @GetMapping("/{refundId}")
    @PreAuthorize("hasAuthority('PERM_orders.view')")
    RefundResponse getRefund(@PathVariable("id") UUID orderId, @PathVariable UUID refundId) {
        return RefundResponse.of(refunding.get(orderId, refundId), true);
    }
}
