package com.wizamart.ordering.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.ordering.config.OrderingProperties;
import com.wizamart.ordering.application.port.out.CartStore;
import com.wizamart.ordering.domain.Cart;
import com.wizamart.ordering.domain.CartLine;
import com.wizamart.ordering.domain.CartSession;
import com.wizamart.ordering.domain.OrderingException;
import com.wizamart.ordering.domain.PricedCart;
import com.wizamart.ordering.domain.ProductFacts;
import com.wizamart.ordering.domain.VatCategory;
import com.wizamart.ordering.spi.CatalogProduct;
import com.wizamart.ordering.spi.ProductCatalog;
import com.wizamart.ordering.spi.StockReservation;
import com.wizamart.tenancy.VendorContext;

/**
 * Shopping carts of the bound vendor's shop. Anonymous shoppers own the cart of their session id; a customer (token)
 * owns one cart per shop: the first time a customer uses a session id, that session's anonymous cart becomes theirs,
 * or is merged into the one they have (quantities of the same product added). Every answer re-prices the lines
 * with the catalog and flags lines whose product became inactive, disappeared, is marked out of stock, is priced in
 * another currency than the shop's or is short of stock; the cart says why it cannot be ordered.
 */
@Service
public class Carts {

    private final CartStore carts;
    private final ProductCatalog catalog;
    private final StockReservation stock;
    private final OrderingProperties properties;
    private final ShopperLanguages languages;
    private final Clock clock;

    Carts(CartStore carts, ProductCatalog catalog, StockReservation stock, OrderingProperties properties,
          ShopperLanguages languages, Optional<Clock> clock) {
        this.languages = languages;
        this.carts = carts;
        this.catalog = catalog;
        this.stock = stock;
        this.properties = properties;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A cart as shown: its session and its priced lines. */
    public record CartView(String sessionId, Instant updatedAt, PricedCart priced) {
    }

    /**
     * @param customerId     the customer of the token, {@literal null} for an anonymous shopper.
     * @param acceptLanguage the request's {@code Accept-Language} (product names are shown in the language it prefers;
     *                       without one, in the customer's preferred language), {@literal null} when none was sent.
     */
    @Transactional
    public CartView view(String sessionId, UUID customerId, String acceptLanguage) {
        CartSession.check(sessionId, "sessionId");
        Optional<Cart> cart = current(sessionId, customerId, false);
        return cart.map(c -> show(sessionId, c, languages.of(acceptLanguage, customerId)))
                .orElseGet(() -> new CartView(sessionId, null, price(List.of(), null)));
    }

    /** Adds {@code quantity} units of a product (to the units already in the cart). */
    @Transactional
    public CartView add(String sessionId, UUID customerId, UUID productId, int quantity, String acceptLanguage) {
        CartLine.checkQuantity(quantity);
        Cart cart = current(sessionId, customerId, true).orElseThrow();
        int existing = cart.lines().stream().filter(l -> l.productId().equals(productId))
                .mapToInt(CartLine::quantity).sum();
        if (existing == 0 && cart.lines().size() >= properties.maxCartLines()) {
            throw OrderingException.cartTooLarge(properties.maxCartLines());
        }
        int total = existing + quantity;
        CartLine.checkQuantity(total);
        Instant now = now();
        List<CartLine> lines = new ArrayList<>();
        cart.lines().forEach(l -> lines.add(l.productId().equals(productId)
                ? new CartLine(productId, total, l.addedAt()) : l));
        if (existing == 0) {
            lines.add(new CartLine(productId, total, now));
        }
        // one catalog read prices the whole cart and tells whether the new product may be sold
        PricedCart priced = price(lines, languages.of(acceptLanguage, customerId));
        PricedCart.PricedLine added = priced.lines().stream().filter(l -> l.productId().equals(productId))
                .findFirst().orElseThrow();
        switch (added.status()) {
            case NOT_FOUND -> throw OrderingException.productNotFound();
            case INACTIVE, OUT_OF_STOCK, CURRENCY_NOT_ACCEPTED ->
                    throw OrderingException.productUnavailable(added.status().name(), added.reason());
            default -> {
                // orderable, or short of stock (shown so, the shopper may lower the quantity)
            }
        }
        carts.setLine(cart.id(), productId, total, now);
        return new CartView(sessionId, now, priced);
    }

    /** Sets a line's quantity; the product must be in the cart. */
    @Transactional
    public CartView change(String sessionId, UUID customerId, UUID productId, int quantity, String acceptLanguage) {
        CartLine.checkQuantity(quantity);
        Cart cart = current(sessionId, customerId, false).orElseThrow(OrderingException::cartLineNotFound);
        if (cart.lines().stream().noneMatch(l -> l.productId().equals(productId))) {
            throw OrderingException.cartLineNotFound();
        }
        carts.setLine(cart.id(), productId, quantity, now());
        return reload(sessionId, customerId, acceptLanguage);
    }

    @Transactional
    public CartView remove(String sessionId, UUID customerId, UUID productId, String acceptLanguage) {
        Cart cart = current(sessionId, customerId, false).orElseThrow(OrderingException::cartLineNotFound);
        if (!carts.removeLine(cart.id(), productId, now())) {
            throw OrderingException.cartLineNotFound();
        }
        return reload(sessionId, customerId, acceptLanguage);
    }

    @Transactional
    public void clear(String sessionId, UUID customerId) {
        current(sessionId, customerId, false).ifPresent(cart -> carts.clear(cart.id(), now()));
    }

    /**
     * The cart the caller works with, locked: for a customer, theirs (after taking over or merging the session's
     * anonymous cart); for an anonymous shopper, the session's. An idle cart comes back emptied.
     *
     * @param create create an empty cart when there is none.
     */
    Optional<Cart> current(String sessionId, UUID customerId, boolean create) {
        CartSession.check(sessionId, "sessionId");
        Instant now = now();
        Optional<Cart> found;
        if (customerId == null) {
            found = create ? Optional.of(carts.lockOrCreateForSession(sessionId, now)) : carts.lockBySession(sessionId);
        } else {
            CartStore.CustomerCarts both = carts.lockForCustomer(customerId, sessionId);
            Optional<Cart> own = both.own();
            Optional<Cart> anonymous = both.anonymous().filter(c -> !expired(c, now));
            if (anonymous.isPresent()) {
                Cart anon = anonymous.get();
                if (own.isEmpty()) {
                    carts.attach(anon.id(), customerId, now);
                } else {
                    List<CartLine> base = expired(own.get(), now) ? List.of() : own.get().lines();
                    List<CartLine> merged = Cart.merge(base, anon.lines());
                    if (merged.size() > properties.maxCartLines()) {
                        merged = merged.subList(0, properties.maxCartLines());
                    }
                    carts.delete(anon.id());
                    carts.replaceLines(own.get().id(), merged, now);
                }
                own = carts.lockByCustomer(customerId);
            }
            found = own.isEmpty() && create
                    ? Optional.of(carts.lockOrCreateForCustomer(customerId, sessionId, now)) : own;
        }
        if (found.isPresent() && expired(found.get(), now)) {
            carts.clear(found.get().id(), now);
            Cart c = found.get();
            found = Optional.of(new Cart(c.id(), c.vendorId(), c.sessionId(), c.customerId(), List.of(), c.createdAt(),
                    now));
        }
        return found;
    }

    /** Empties a cart that was ordered. */
    void clearLines(Cart cart) {
        carts.clear(cart.id(), now());
    }

    /**
     * Prices lines with the catalog's current figures, the shop's currency and inventory's available stock.
     *
     * @param names the languages product names are wanted in ({@link ShopperLanguages}), {@literal null} for none.
     */
    PricedCart price(List<CartLine> lines, String names) {
        if (lines.isEmpty()) {
            return PricedCart.of(List.of(), Map.of(), Map.of(), null);
        }
        UUID vendor = VendorContext.require();
        List<UUID> ids = lines.stream().map(CartLine::productId).toList();
        return PricedCart.of(lines, facts(catalog.findAll(vendor, ids, names)), stock.available(vendor, ids),
                catalog.shopCurrency(vendor));
    }

    static Map<UUID, ProductFacts> facts(Map<UUID, CatalogProduct> products) {
        Map<UUID, ProductFacts> facts = new LinkedHashMap<>();
        products.forEach((id, p) -> facts.put(id, new ProductFacts(p.id(), p.sku(), p.name(), p.unitPrice(),
                p.currency(), p.taxRate(), p.active(), VatCategory.parse(p.taxCategory()),
                p.availability() == null ? null : ProductFacts.Availability.valueOf(p.availability().name()))));
        return facts;
    }

    private CartView reload(String sessionId, UUID customerId, String acceptLanguage) {
        return show(sessionId, current(sessionId, customerId, false).orElseThrow(),
                languages.of(acceptLanguage, customerId));
    }

    private CartView show(String sessionId, Cart cart, String names) {
        return new CartView(sessionId, cart.updatedAt(), price(cart.lines(), names));
    }

    private boolean expired(Cart cart, Instant now) {
        return cart.idleSince(now, properties.cartIdleTimeout());
    }

    private Instant now() {
        return clock.instant();
    }
}
