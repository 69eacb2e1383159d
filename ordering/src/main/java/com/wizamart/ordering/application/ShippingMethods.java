package com.wizamart.ordering.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.ordering.application.port.out.ShippingMethodStore;
import com.wizamart.ordering.domain.OrderingException;
import com.wizamart.ordering.domain.PricedCart;
import com.wizamart.ordering.domain.ShippingMethod;
import com.wizamart.ordering.domain.ShippingMethodDetails;
import com.wizamart.ordering.spi.ProductCatalog;
import com.wizamart.sharedkernel.DomainException;
import com.wizamart.sharedkernel.ValidationException;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.AuditEntry;
import com.wizamart.tenancy.AuditTrail;
import com.wizamart.tenancy.VendorContext;

/**
 * The bound vendor's shipping methods: kept by the vendor (every change in the audit trail), offered to shoppers
 * for their cart and destination.
 */
@Service
public class ShippingMethods {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final ShippingMethodStore store;
    private final ProductCatalog catalog;
    private final Carts carts;
    private final AuditTrail audit;
    private final Clock clock;

    ShippingMethods(ShippingMethodStore store, ProductCatalog catalog, Carts carts, AuditTrail audit,
                    Optional<Clock> clock) {
        this.store = store;
        this.catalog = catalog;
        this.carts = carts;
        this.audit = audit;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** @return every method of the vendor, active or not, oldest first. */
    @Transactional(readOnly = true)
    public List<ShippingMethod> list() {
        return store.list();
    }

    /** @throws DomainException {@code SHIPPING_METHOD_NOT_FOUND}, also for another vendor's method. */
    @Transactional(readOnly = true)
    public ShippingMethod get(UUID id) {
        return store.find(id).orElseThrow(OrderingException::shippingMethodNotFound);
    }

    /** @throws ValidationException naming every invalid field. */
    @Transactional
    public ShippingMethod create(ShippingMethodDetails details, Actor actor) {
        Instant now = clock.instant();
        ShippingMethod method = ShippingMethod.define(UUID.randomUUID(), details, currency(), now, now);
        store.insert(method);
        record(actor, "SHIPPING_METHOD_CREATED", method, null, method);
        return method;
    }

    /**
     * Replaces a method's description (what the request leaves out takes its default).
     *
     * @throws DomainException {@code SHIPPING_METHOD_NOT_FOUND}, {@code VALIDATION_FAILED}.
     */
    @Transactional
    public ShippingMethod update(UUID id, ShippingMethodDetails details, Actor actor) {
        ShippingMethod before = get(id);
        ShippingMethod after = ShippingMethod.define(id, details, currency(), before.createdAt(), clock.instant());
        if (!store.update(after)) {
            throw OrderingException.shippingMethodNotFound();
        }
        record(actor, "SHIPPING_METHOD_CHANGED", after, before, after);
        return after;
    }

    /**
     * Removes a method; orders that used it keep their shipping line as it was.
     *
     * @throws DomainException {@code SHIPPING_METHOD_NOT_FOUND}.
     */
    @Transactional
    public void delete(UUID id, Actor actor) {
        ShippingMethod before = get(id);
        if (!store.delete(id)) {
            throw OrderingException.shippingMethodNotFound();
        }
        record(actor, "SHIPPING_METHOD_DELETED", before, before, null);
    }

    /** A method a shopper may choose, priced for their cart. */
    public record Offer(ShippingMethod method, BigDecimal price) {
    }

    /**
     * The active methods that deliver to {@code country} (and every pick-up), in the cart's currency, priced for the
     * cart as it is now (an empty cart: the full price).
     *
     * @param customerId the customer of the token, {@literal null} for an anonymous shopper.
     * @throws ValidationException when {@code country} is no ISO 3166-1 alpha-2 code.
     */
    @Transactional
    public List<Offer> offers(String sessionId, UUID customerId, String country) {
        String destination = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(destination)) {
            throw ValidationException.of("country", "must be an ISO 3166-1 alpha-2 code");
        }
        PricedCart cart = carts.view(sessionId, customerId, null).priced();
        String currency = cart.currency() != null ? cart.currency() : currency();
        List<Offer> offers = new ArrayList<>();
        for (ShippingMethod m : store.active()) {
            if (m.serves(destination) && m.currency().equals(currency)) {
                offers.add(new Offer(m, m.priceFor(cart.total())));
            }
        }
        return offers;
    }

    private String currency() {
        return catalog.shopCurrency(VendorContext.require());
    }

    private void record(Actor actor, String action, ShippingMethod target, ShippingMethod before,
                        ShippingMethod after) {
        audit.record(new AuditEntry(actor, action, VendorContext.require(), "shipping_method",
                target.id().toString(), target.name(), snapshot(before), snapshot(after)));
    }

    private static Map<String, Object> snapshot(ShippingMethod m) {
        Map<String, Object> s = new LinkedHashMap<>();
        if (m == null) {
            return s;
        }
        s.put("name", m.name());
        s.put("kind", m.kind().name());
        s.put("price", m.price().toPlainString());
        s.put("currency", m.currency());
        if (m.threshold() != null) {
            s.put("threshold", m.threshold().toPlainString());
        }
        s.put("countries", m.countries());
        if (m.pickupLocation() != null) {
            s.put("pickupLocation", m.pickupLocation());
        }
        s.put("active", m.active());
        return s;
    }
}
