package com.wizamart.ordering.adapter.in.web;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.ordering.application.Returning;
import com.wizamart.ordering.domain.OrderReturn;
import com.wizamart.ordering.domain.ReturnGoodsCommand;
import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.tenancy.Actor;

/** Returns of the vendor's shipped orders: recorded, received (restocked or not), refunded or rejected. */
@RestController
@RequestMapping("/api/v1/vendor/orders/{id}/returns")
class VendorReturnController {

    private final Returning returning;

    VendorReturnController(Returning returning) {
        this.returning = returning;
    }

    /** Records a return of units of a shipped or delivered order: 201 with the return ({@code REQUESTED}). */
    @PostMapping
    @PreAuthorize("hasAuthority('PERM_orders.edit')")
    ResponseEntity<ReturnResponse> recordReturn(@PathVariable("id") UUID orderId,
                                                @Valid @RequestBody ReturnRequest request, Actor actor) {
        OrderReturn recorded = returning.record(new ReturnGoodsCommand(orderId, request.requestedLines(),
                request.reason()), actor);
        return ResponseEntity.created(URI.create("/api/v1/vendor/orders/" + orderId + "/returns/" + recorded.id()))
                .body(ReturnResponse.of(recorded, true));
    }

    @GetMapping("/{returnId}")
    @PreAuthorize("hasAuthority('PERM_orders.view')")
    ReturnResponse getReturn(@PathVariable("id") UUID orderId, @PathVariable UUID returnId) {
        return ReturnResponse.of(returning.get(orderId, returnId), true);
    }

    /**
     * @param status  {@code RECEIVED}, {@code REFUNDED} or {@code REJECTED}.
     * @param restock on {@code RECEIVED}: put the units back into stock (default false).
     */
    record ReturnStatusRequest(@NotBlank @Size(max = 32) String status, Boolean restock,
                               @Size(max = 1000) String note) {
    }

    /** Moves the return on; moving it to the status it has answers it unchanged (a retry is harmless). */
    @PutMapping("/{returnId}/status")
    @PreAuthorize("hasAuthority('PERM_orders.edit')")
    ReturnResponse moveReturn(@PathVariable("id") UUID orderId, @PathVariable UUID returnId,
                              @Valid @RequestBody ReturnStatusRequest request, Actor actor) {
        OrderReturn.Status status = OrderReturn.Status.parse(request.status());
        if (status == null) {
            throw ValidationException.of("status", "must be one of [RECEIVED, REFUNDED, REJECTED]");
        }
        return ReturnResponse.of(returning.move(orderId, returnId, status, Boolean.TRUE.equals(request.restock()),
                request.note(), actor), true);
    }
}
