package com.wizamart.ordering.adapter.in.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.ordering.PaymentMethod;
import com.wizamart.ordering.application.Checkout;
import com.wizamart.ordering.application.OrderViews;
import com.wizamart.ordering.application.Returning;
import com.wizamart.ordering.domain.Address;
import com.wizamart.ordering.domain.OrderReturn;
import com.wizamart.ordering.domain.PlaceOrderCommand;
import com.wizamart.ordering.domain.ReturnGoodsCommand;
import com.wizamart.sharedkernel.DomainException;
import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.VendorContext;

/** Checkout and the customer's own order history (customer token of this shop). */
@RestController
@RequestMapping("/api/v1/public/vendors/{vendorCode}")
@PreAuthorize("hasRole('CUSTOMER')")
class PublicOrderController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    private final Checkout checkout;
    private final OrderViews views;
    private final Returning returning;

    PublicOrderController(Checkout checkout, OrderViews views, Returning returning) {
        this.checkout = checkout;
        this.views = views;
        this.returning = returning;
    }

    /**
     * Each address inline or as the id of an address in the customer's book; none: the book's default (for billing,
     * else the shipping address). No shipping address is needed for a pick-up.
     *
     * @param shippingMethodId one of {@code GET /cart/{sessionId}/shipping-methods}; required when the shop has
     *                         shipping methods, absent when it has none.
     * @param paymentMethod    {@code CARD}, {@code BANK_TRANSFER} or {@code CASH_ON_DELIVERY}, one the shop offers;
     *                         absent for the shop's default.
     */
    record PlaceOrderRequest(@NotBlank @Size(max = 100) String cartSessionId, AddressRequest shippingAddress,
                             AddressRequest billingAddress, @Size(max = 1000) String note, UUID shippingAddressId,
                             UUID billingAddressId, UUID shippingMethodId, @Size(max = 32) String paymentMethod) {

        PaymentMethod payment() {
            if (paymentMethod == null || paymentMethod.isBlank()) {
                return null;
            }
            PaymentMethod method = PaymentMethod.parse(paymentMethod);
            if (method == null) {
                throw ValidationException.of("paymentMethod", "must be one of " + List.of(PaymentMethod.values()));
            }
            return method;
        }
    }

    /**
     * Places the order. The same {@code Idempotency-Key} with the same body answers the same order again (201, header
     * {@code Idempotent-Replayed: true}), with another body 422 {@code IDEMPOTENCY_KEY_REUSED}, while the first is
     * running 409 {@code IDEMPOTENCY_REQUEST_IN_PROGRESS}. A payment method the shop does not offer: 422
     * {@code PAYMENT_METHOD_NOT_OFFERED}; the order's payment starts {@code PENDING}. The order keeps the product names in the language of
     * {@code Accept-Language} (else the customer's preferred language), and copies of its addresses.
     */
    @PostMapping("/orders")
    ResponseEntity<OrderResponse> place(@PathVariable String vendorCode,
                                        @RequestHeader(value = IDEMPOTENCY_KEY, required = false) String key,
                                        @Valid @RequestBody PlaceOrderRequest request, Actor customer,
                                        @RequestHeader(value = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                        String accept) {
        Address shipping = request.shippingAddress() == null ? null
                : request.shippingAddress().toAddress("shippingAddress");
        Address billing = request.billingAddress() == null ? null
                : request.billingAddress().toAddress("billingAddress");
        Checkout.Placed placed = checkout.place(new PlaceOrderCommand(VendorContext.require(), customer.id(),
                customer.email(), key, request.cartSessionId(), shipping, billing, request.note(),
                request.shippingAddressId(), request.billingAddressId(), accept, request.shippingMethodId(),
                request.payment()));
        URI location = URI.create("/api/v1/public/vendors/" + vendorCode + "/customers/me/orders/"
                + placed.order().id());
        ResponseEntity.BodyBuilder response = ResponseEntity.created(location);
        if (placed.replayed()) {
            response.header(REPLAYED, "true");
        }
        return response.body(OrderResponse.placed(placed.order()));
    }

    @GetMapping("/customers/me/orders")
    PagedModel<OrderSummaryResponse> mine(@PathVariable String vendorCode, Actor customer,
                                          @PageableDefault(size = 20, sort = "placedAt",
                                                  direction = Sort.Direction.DESC) Pageable pageable) {
        return new PagedModel<>(views.ofCustomer(customer.id(), pageable)
                .map(s -> OrderSummaryResponse.of(s, null)));
    }

    @GetMapping("/customers/me/orders/{id}")
    OrderResponse mineOne(@PathVariable String vendorCode, @PathVariable UUID id, Actor customer) {
        return OrderResponse.of(views.getForCustomer(customer.id(), id), false);
    }

    /**
     * The customer asks to return goods of one of their shipped or delivered orders; the shop receives and refunds
     * them. Answers 201 with the return ({@code REQUESTED}); the order's detail lists its returns.
     */
    @PostMapping("/customers/me/orders/{id}/returns")
    ResponseEntity<ReturnResponse> requestReturn(@PathVariable String vendorCode, @PathVariable UUID id,
                                                 @Valid @RequestBody ReturnRequest request, Actor customer) {
        OrderReturn requested = returning.request(new ReturnGoodsCommand(id, request.requestedLines(), request.reason()),
                customer);
        return ResponseEntity.status(HttpStatus.CREATED).body(ReturnResponse.of(requested, false));
    }

    /** The same as {@code /customers/me/orders}; {@code customerId} must be the caller (else 404). */
    @GetMapping("/customers/{customerId}/orders")
    PagedModel<OrderSummaryResponse> ofCustomer(@PathVariable String vendorCode, @PathVariable UUID customerId,
                                                Actor customer,
                                                @PageableDefault(size = 20, sort = "placedAt",
                                                        direction = Sort.Direction.DESC) Pageable pageable) {
        requireSelf(customerId, customer);
        return mine(vendorCode, customer, pageable);
    }

    @GetMapping("/customers/{customerId}/orders/{id}")
    OrderResponse ofCustomerOne(@PathVariable String vendorCode, @PathVariable UUID customerId, @PathVariable UUID id,
                                Actor customer) {
        requireSelf(customerId, customer);
        return mineOne(vendorCode, id, customer);
    }

    private static void requireSelf(UUID customerId, Actor customer) {
        if (!customerId.equals(customer.id())) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "CUSTOMER_NOT_FOUND", "No such customer.");
        }
    }
}
