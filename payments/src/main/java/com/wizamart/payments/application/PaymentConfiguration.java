package com.wizamart.payments.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.wizamart.ordering.PaymentMethod;
import com.wizamart.payments.application.port.out.SettingsStore;
import com.wizamart.payments.config.PaymentsProperties;
import com.wizamart.payments.domain.PaymentsException;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.AuditEntry;
import com.wizamart.tenancy.AuditTrail;
import com.wizamart.tenancy.VendorScope;
import com.wizamart.tenancy.Vendors;

/**
 * Per-vendor payment configuration: what a shop offers, where bank transfers go, which connected account card
 * payments are paid out to. Card payments are offered only when the platform has provider keys and the vendor a
 * connected account; a shop that configured nothing offers the platform's default methods.
 */
@Service
public class PaymentConfiguration {

    private final SettingsStore settings;
    private final PaymentsProperties properties;
    private final VendorScope vendorScope;
    private final Vendors vendors;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PaymentConfiguration(SettingsStore settings, PaymentsProperties properties, VendorScope vendorScope,
                         Vendors vendors, AuditTrail audit, TransactionTemplate transactions,
                         Optional<Clock> clock) {
        this.settings = settings;
        this.properties = properties;
        this.vendorScope = vendorScope;
        this.vendors = vendors;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /**
     * A vendor's settings as its team sees them.
     *
     * @param methods       what the shop offers now, the default first (the platform's default when it configured
     *                      nothing).
     * @param cardAvailable whether card payments can be offered (provider keys and a connected account).
     */
    public record View(List<PaymentMethod> methods, PaymentMethod defaultMethod, String accountHolder, String iban,
                       String bic, boolean cardAvailable, String connectedAccount, boolean configured) {
    }

    /** The bound vendor's settings. */
    public View view(UUID vendorId) {
        PaymentSettings s = load(vendorId);
        List<PaymentMethod> offered = offered(s);
        return new View(offered, offered.getFirst(), s.accountHolder(), s.iban(), s.bic(), cardAvailable(s),
                s.connectedAccount(), s.configured());
    }

    /** @return the methods the vendor's shop offers, the default first; never empty. */
    public List<PaymentMethod> offered(UUID vendorId) {
        return offered(load(vendorId));
    }

    /** @return the vendor's settings (of nothing configured: {@link PaymentSettings#none(UUID)}). */
    public PaymentSettings settings(UUID vendorId) {
        return load(vendorId);
    }

    /** Whether card payments can be taken for the vendor. */
    public boolean cardAvailable(PaymentSettings s) {
        return properties.stripe().configured() && s.connectedAccount() != null;
    }

    /**
     * The vendor chooses its methods and bank account. Choosing cards needs them to be available.
     *
     * @throws com.wizamart.sharedkernel.ValidationException for broken rules; {@code CARD_PAYMENTS_UNAVAILABLE}.
     */
    public View choose(UUID vendorId, List<PaymentMethod> methods, PaymentMethod defaultMethod, String holder,
                       String iban, String bic, Actor actor) {
        transactions.executeWithoutResult(tx -> vendorScope.runAs(vendorId, () -> {
            PaymentSettings before = settings.find().orElse(PaymentSettings.none(vendorId));
            PaymentSettings after = before.choose(methods, defaultMethod, holder, iban, bic, clock.instant());
            if (after.methods().contains(PaymentMethod.CARD) && !cardAvailable(after)) {
                throw PaymentsException.cardUnavailable();
            }
            settings.save(after);
            audit.record(new AuditEntry(actor, "PAYMENT_SETTINGS_CHANGED", vendorId, "vendor", vendorId.toString(),
                    null, summary(before), summary(after)));
        }));
        return view(vendorId);
    }

    /**
     * A platform admin sets (or, with {@literal null}, removes) the vendor's connected account.
     *
     * @throws PaymentsException {@code VENDOR_NOT_FOUND}.
     */
    public View connect(UUID vendorId, String accountId, Actor admin) {
        if (vendors.findById(vendorId).isEmpty()) {
            throw PaymentsException.vendorNotFound();
        }
        transactions.executeWithoutResult(tx -> vendorScope.runAs(vendorId, () -> {
            PaymentSettings before = settings.find().orElse(PaymentSettings.none(vendorId));
            PaymentSettings after = before.connect(accountId, clock.instant());
            settings.save(after);
            audit.record(new AuditEntry(admin, "PAYMENT_CONNECTED_ACCOUNT_CHANGED", vendorId, "vendor",
                    vendorId.toString(), null, mapOf("connectedAccount", before.connectedAccount()),
                    mapOf("connectedAccount", after.connectedAccount())));
        }));
        return view(vendorId);
    }

    private PaymentSettings load(UUID vendorId) {
        return vendorScope.callAs(vendorId, () -> transactions.execute(tx -> settings.find()))
                .orElse(PaymentSettings.none(vendorId));
    }

    /**
     * What the shop offers: its choice (or the platform's default), less cards when they are not available and less
     * bank transfers when the shop set no account holder and IBAN (a transfer needs somewhere to go); when nothing is
     * left, the platform's default methods that are possible, and at last cash on delivery.
     */
    private List<PaymentMethod> offered(PaymentSettings s) {
        List<PaymentMethod> chosen = s.configured() ? s.methods() : properties.defaultMethods();
        List<PaymentMethod> offered = new ArrayList<>(chosen.stream().filter(m -> possible(m, s)).toList());
        if (offered.isEmpty()) {
            offered.addAll(properties.defaultMethods().stream().filter(m -> possible(m, s)).toList());
        }
        if (offered.isEmpty()) {
            offered.add(PaymentMethod.CASH_ON_DELIVERY);
        }
        return List.copyOf(offered);
    }

    private boolean possible(PaymentMethod m, PaymentSettings s) {
        return switch (m) {
            case CARD -> cardAvailable(s);
            case BANK_TRANSFER -> s.accountHolder() != null && !s.accountHolder().isBlank() && s.iban() != null
                    && !s.iban().isBlank();
            default -> true;
        };
    }

    private static Map<String, Object> summary(PaymentSettings s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("methods", s.methods().stream().map(Enum::name).toList());
        m.put("accountHolder", s.accountHolder());
        m.put("iban", s.iban());
        m.put("bic", s.bic());
        return m;
    }

    private static Map<String, Object> mapOf(String key, Object value) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(key, value);
        return m;
    }
}
