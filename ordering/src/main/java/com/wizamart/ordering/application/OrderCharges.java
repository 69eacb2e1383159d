package com.wizamart.ordering.application;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import com.wizamart.ordering.application.port.out.ShippingMethodStore;
import com.wizamart.ordering.application.port.out.VatRateTable;
import com.wizamart.ordering.domain.Address;
import com.wizamart.ordering.domain.CountryVatRates;
import com.wizamart.ordering.domain.OrderingException;
import com.wizamart.ordering.domain.PlaceOrderCommand;
import com.wizamart.ordering.domain.PricedCart;
import com.wizamart.ordering.domain.ShippingLine;
import com.wizamart.ordering.domain.ShippingMethod;
import com.wizamart.ordering.domain.TaxSettings;
import com.wizamart.ordering.domain.VatTreatment;
import com.wizamart.sharedkernel.ValidationException;

/**
 * What a checkout charges besides the goods, and at which VAT: the shipping method chosen (required when the shop has
 * any active one; a shop without any charges no shipping), the addresses it needs (a pick-up needs only a billing
 * address), and whose VAT rates apply ({@link VatTreatment}). Runs in the checkout's transaction, bound to its
 * vendor.
 */
@Component
class OrderCharges {

    private final ShippingMethodStore methods;
    private final VatSettings vatSettings;
    private final VatRateTable rates;

    OrderCharges(ShippingMethodStore methods, VatSettings vatSettings, VatRateTable rates) {
        this.methods = methods;
        this.vatSettings = vatSettings;
        this.rates = rates;
    }

    /**
     * The charges of one order.
     *
     * @param cart            the cart taxed at the rates the order charges.
     * @param shipping        {@literal null} when the shop has no shipping methods.
     * @param shippingAddress {@literal null} for a pick-up.
     */
    record Charges(PricedCart cart, ShippingLine shipping, VatTreatment vat, Address shippingAddress,
                   Address billingAddress) {
    }

    /**
     * @param addresses the addresses named or defaulted ({@link AddressBook#forCheckout}); billing already falls back to
     *                  shipping.
     * @param cart      an orderable cart in one currency, taxed at its products' own rates.
     * @throws com.wizamart.sharedkernel.DomainException {@code SHIPPING_METHOD_REQUIRED},
     *         {@code SHIPPING_METHOD_NOT_FOUND}, {@code SHIPPING_METHOD_NOT_AVAILABLE}, {@code VALIDATION_FAILED}
     *         (no shipping address for a delivery, no address at all for a pick-up), {@code VAT_RATES_MISSING}.
     */
    Charges decide(PlaceOrderCommand command, AddressBook.CheckoutAddresses addresses, PricedCart cart,
                   Instant now) {
        ShippingMethod method = chosen(command, cart.currency());
        boolean pickup = method != null && !method.delivers();
        Address shipTo = pickup ? null : addresses.shipping();
        if (!pickup && shipTo == null) {
            throw ValidationException.of("shippingAddress", "must be given (or a default shipping address set)");
        }
        Address billTo = addresses.billing();
        if (billTo == null) {
            throw ValidationException.of("billingAddress", "must not be null for a pick-up");
        }
        String destination = shipTo == null ? null : shipTo.country();
        if (method != null && !method.serves(destination)) {
            throw OrderingException.shippingMethodNotAvailable(method.id(), OrderingException.Unavailable.DESTINATION,
                    destination);
        }

        LocalDate day = CountryVatRates.dayOf(now);
        TaxSettings settings = vatSettings.inForce();
        CountryVatRates destinationRates = settings.ossRegistered() && destination != null
                && !destination.equals(settings.originCountry())
                ? rates.on(destination, day).orElse(null) : null;
        VatTreatment vat = VatTreatment.decide(settings, destination, destinationRates);
        PricedCart taxed = vat.oss() ? cart.taxedAt(p -> vat.rateFor(p, destinationRates)) : cart;

        ShippingLine line = null;
        if (method != null) {
            CountryVatRates shippingRates = vat.oss() ? destinationRates : rates.on(vat.country(), day)
                    .orElseThrow(() -> OrderingException.vatRatesMissing(vat.country(), day));
            line = ShippingLine.of(method, method.priceFor(cart.total()), vat.shippingRate(shippingRates));
        }
        return new Charges(taxed, line, vat, shipTo, billTo);
    }

    private ShippingMethod chosen(PlaceOrderCommand command, String cartCurrency) {
        if (command.shippingMethodId() == null) {
            if (!methods.active().isEmpty()) {
                throw OrderingException.shippingMethodRequired();
            }
            return null;
        }
        ShippingMethod method = methods.find(command.shippingMethodId())
                .orElseThrow(OrderingException::shippingMethodNotFound);
        if (!method.active()) {
            throw OrderingException.shippingMethodNotAvailable(method.id(), OrderingException.Unavailable.INACTIVE,
                    null);
        }
        if (!method.currency().equals(cartCurrency)) {
            throw OrderingException.shippingMethodNotAvailable(method.id(), OrderingException.Unavailable.CURRENCY,
                    null);
        }
        return method;
    }
}
