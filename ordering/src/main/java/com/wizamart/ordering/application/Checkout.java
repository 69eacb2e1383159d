package com.wizamart.ordering.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.ordering.OrderPlaced;
import com.wizamart.ordering.PaymentMethod;
import com.wizamart.ordering.PaymentStatus;
import com.wizamart.ordering.application.port.out.IdempotencyStore;
import com.wizamart.ordering.application.port.out.OrderNumbers;
import com.wizamart.ordering.application.port.out.OrderStore;
import com.wizamart.ordering.domain.Cart;
import com.wizamart.ordering.domain.Order;
import com.wizamart.ordering.domain.OrderStatus;
import com.wizamart.ordering.domain.OrderingException;
import com.wizamart.ordering.domain.PaymentChange;
import com.wizamart.ordering.domain.PlaceOrderCommand;
import com.wizamart.ordering.domain.PricedCart;
import com.wizamart.ordering.domain.StatusChange;
import com.wizamart.ordering.spi.PaymentOptions;
import com.wizamart.ordering.spi.ProductCatalog;
import com.wizamart.ordering.spi.StockReservation;
import com.wizamart.ordering.spi.StockReservation.ReservationLine;
import com.wizamart.sharedkernel.DomainException;
import com.wizamart.tenancy.VendorScope;
import com.wizamart.tenancy.Vendors;

/**
 * Placing an order from a customer's cart, in one transaction: claim the {@code Idempotency-Key}, price the cart with
 * the catalog (product names in the shopper's language), take the addresses (inline, from the customer's
 * {@link AddressBook} by id, or its defaults), decide its shipping and VAT ({@link OrderCharges}), take the payment
 * method (the one asked for if the shop offers it, else the shop's default, {@link PaymentOptions}), write the order
 * with its per-vendor number, line, shipping and address snapshots, its payment {@code PENDING} (first entry of its
 * payment history) and the language the shopper read, empty the cart, remember the key, publish
 * {@link OrderPlaced}, and last reserve the stock of every line through {@link StockReservation} (all or nothing; last
 * because its row locks are then held for the shortest time). A refused checkout (cart empty or not orderable,
 * shipping refused, stock short) rolls everything back, the key included, so nothing at all is written and the same
 * key may be tried again.
 *
 * <p>Idempotency: the key is locked for the transaction ({@code pg_try_advisory_xact_lock}); a second request with
 * the key while the first runs answers 409 at once; after the first committed, the same key answers its order again
 * (a replay) when the request is the same (same fingerprint) and 422 otherwise. See ADR 0011; the shop's one currency
 * and backordered units: ADR 0020; shipping and VAT by destination: ADR 0023; addresses from the address book and
 * names in the shopper's language: ADR 0025.
 */
@Service
public class Checkout {

    private final Carts carts;
    private final AddressBook addressBook;
    private final ShopperLanguages languages;
    private final OrderCharges charges;
    private final ProductCatalog catalog;
    private final StockReservation stock;
    private final PaymentOptions payments;
    private final OrderStore orders;
    private final OrderNumbers numbers;
    private final IdempotencyStore keys;
    private final Vendors vendors;
    private final VendorScope vendorScope;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Map<UUID, String> vendorCodes = new ConcurrentHashMap<>();

    Checkout(Carts carts, AddressBook addressBook, ShopperLanguages languages, OrderCharges charges,
             ProductCatalog catalog, StockReservation stock, PaymentOptions payments, OrderStore orders,
             OrderNumbers numbers,
             IdempotencyStore keys, Vendors vendors, VendorScope vendorScope, ApplicationEventPublisher events,
             Optional<Clock> clock) {
        this.carts = carts;
        this.addressBook = addressBook;
        this.languages = languages;
        this.charges = charges;
        this.catalog = catalog;
        this.stock = stock;
        this.payments = payments;
        this.orders = orders;
        this.numbers = numbers;
        this.keys = keys;
        this.vendors = vendors;
        this.vendorScope = vendorScope;
        this.events = events;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * The outcome of a checkout.
     *
     * @param replayed whether the key had placed this order before (nothing was done now).
     */
    public record Placed(Order order, boolean replayed) {
    }

    /**
     * @throws DomainException {@code IDEMPOTENCY_REQUEST_IN_PROGRESS} (409), {@code IDEMPOTENCY_KEY_REUSED} (422),
     *         {@code CART_EMPTY} (422), {@code CART_NOT_ORDERABLE} (409: gone, inactive or out-of-stock products),
     *         {@code CART_CURRENCY_NOT_ACCEPTED} (422: products priced in another currency than the shop's),
     *         {@code SHIPPING_METHOD_REQUIRED} (422), {@code SHIPPING_METHOD_NOT_FOUND} (404),
     *         {@code SHIPPING_METHOD_NOT_AVAILABLE} (422), {@code VAT_RATES_MISSING} (409),
     *         {@code PAYMENT_METHOD_NOT_OFFERED} (422),
     *         {@code INSUFFICIENT_INVENTORY} (409, naming the short lines).
     */
    @Transactional
    public Placed place(PlaceOrderCommand command) {
        return vendorScope.callAs(command.vendorId(), () -> {
            if (!keys.tryLock(command.customerId(), command.idempotencyKey())) {
                throw OrderingException.idempotencyRequestInProgress();
            }
            String fingerprint = command.fingerprint();
            Optional<IdempotencyStore.StoredKey> used = keys.find(command.customerId(), command.idempotencyKey());
            if (used.isPresent()) {
                if (!used.get().fingerprint().equals(fingerprint)) {
                    throw OrderingException.idempotencyKeyReused();
                }
                return new Placed(orders.find(used.get().orderId()).orElseThrow(), true);
            }
            return new Placed(placeNew(command, fingerprint), false);
        });
    }

    private Order placeNew(PlaceOrderCommand command, String fingerprint) {
        UUID vendorId = command.vendorId();
        Cart cart = carts.current(command.cartSessionId(), command.customerId(), false)
                .filter(c -> !c.isEmpty()).orElseThrow(OrderingException::cartEmpty);
        List<UUID> ids = cart.lines().stream().map(l -> l.productId()).toList();
        // prices only: stock is decided by the reservation below, on locked rows; names in the shopper's language
        String shopCurrency = catalog.shopCurrency(vendorId);
        String shopperLanguages = languages.of(command.languages(), command.customerId());
        PricedCart priced = PricedCart.of(cart.lines(), Carts.facts(catalog.findAll(vendorId, ids,
                shopperLanguages)), null, shopCurrency);
        List<Map<String, Object>> unorderable = new ArrayList<>();
        for (PricedCart.PricedLine line : priced.linesWith(PricedCart.LineStatus.NOT_FOUND,
                PricedCart.LineStatus.INACTIVE, PricedCart.LineStatus.OUT_OF_STOCK)) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("productId", line.productId().toString());
            if (line.product() != null) {
                l.put("sku", line.product().sku());
            }
            l.put("reason", line.status().name());
            unorderable.add(l);
        }
        if (!unorderable.isEmpty()) {
            throw OrderingException.cartNotOrderable(unorderable);
        }
        List<Map<String, Object>> otherCurrency = new ArrayList<>();
        for (PricedCart.PricedLine line : priced.linesWith(PricedCart.LineStatus.CURRENCY_NOT_ACCEPTED)) {
            otherCurrency.add(Map.of("productId", line.productId().toString(), "sku", line.product().sku(),
                    "currency", line.product().currency()));
        }
        if (!otherCurrency.isEmpty()) {
            throw OrderingException.cartCurrencyNotAccepted(shopCurrency, otherCurrency);
        }
        PaymentMethod method = paymentMethod(command);
        AddressBook.CheckoutAddresses addresses = addressBook.forCheckout(command);
        Instant now = clock.instant();
        OrderCharges.Charges charged = charges.decide(command, addresses, priced, now);
        UUID orderId = UUID.randomUUID();
        String number = Order.number(vendorCode(vendorId), numbers.next(vendorId));
        Order placed = Order.place(orderId, vendorId, number, command.customerId(), command.customerEmail(),
                charged.cart(), charged.shippingAddress(), charged.billingAddress(), command.note(),
                charged.shipping(), charged.vat(), now).payableBy(method, ShopperLanguages.primary(shopperLanguages));
        orders.insert(placed, new StatusChange(null, OrderStatus.PENDING, command.customerId(),
                command.customerEmail(), null, now));
        orders.addPaymentHistory(orderId, new PaymentChange(null, PaymentStatus.PENDING, placed.total(),
                placed.currency(), null, command.customerId(), command.customerEmail(), now));
        carts.clearLines(cart);
        keys.insert(command.customerId(), command.idempotencyKey(), fingerprint, orderId, now);
        events.publishEvent(new OrderPlaced(placed.id(), vendorId, placed.number(), placed.customerId(),
                placed.lines().stream().map(l -> new OrderPlaced.Line(l.productId(), l.sku(), l.quantity(),
                        l.unitPrice())).toList(), placed.total(), placed.currency(), placed.placedAt(),
                placed.paymentMethod()));
        // Last, so the stock rows it locks (a hot product's row is every checkout's) are held only until the commit
        // that follows: everything else is written already. Short: the exception rolls all of it back. A preorder
        // or backorder product takes what is available, and its line records the rest as backordered.
        StockReservation.ReservationResult reservation = stock.reserve(vendorId, placed.number(),
                priced.lines().stream().map(l -> new ReservationLine(l.productId(), l.quantity(),
                        l.product().backorderable())).toList());
        if (!reservation.reserved()) {
            throw OrderingException.insufficientInventory(shortLines(priced, reservation));
        }
        if (reservation.backordered().isEmpty()) {
            return placed;
        }
        Order backordered = placed.withBackordered(reservation.backordered());
        orders.updateLines(backordered);
        return backordered;
    }

    /**
     * @return the method the command chose, or the shop's default (the first it offers).
     * @throws DomainException {@code PAYMENT_METHOD_NOT_OFFERED}.
     */
    private PaymentMethod paymentMethod(PlaceOrderCommand command) {
        List<PaymentMethod> offered = payments.offered(command.vendorId());
        if (command.paymentMethod() == null) {
            return offered.get(0);
        }
        if (!offered.contains(command.paymentMethod())) {
            throw OrderingException.paymentMethodNotOffered(command.paymentMethod(), offered);
        }
        return command.paymentMethod();
    }

    private static List<Map<String, Object>> shortLines(PricedCart priced, StockReservation.ReservationResult result) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (StockReservation.ShortLine s : result.shortLines()) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("productId", s.productId().toString());
            priced.lines().stream().filter(p -> p.productId().equals(s.productId())).findFirst()
                    .ifPresent(p -> l.put("sku", p.product().sku()));
            l.put("requested", s.requested());
            l.put("available", s.available());
            lines.add(l);
        }
        return lines;
    }

    private String vendorCode(UUID vendorId) {
        // codes never change; one lookup per vendor and instance
        return vendorCodes.computeIfAbsent(vendorId, id -> vendors.findById(id)
                .orElseThrow(() -> new IllegalStateException("vendor " + id + " not found")).code());
    }
}
