package com.wizamart.tenancy.application;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.tenancy.AuditEntry;
import com.wizamart.tenancy.AuditTrail;
import com.wizamart.tenancy.RequestOrigin;
import com.wizamart.tenancy.application.port.out.AuditStore;

/**
 * Writes the audit trail in the caller's transaction (an action and its entry commit together), with the origin of
 * the request on this thread ({@link RequestOrigin#current()}, filled by the web layer). Other modules reach it as
 * {@link AuditTrail}; the admin app reads the trail through {@link AuditViews}.
 */
@Service
class AuditRecording implements AuditTrail {

    static final String REDACTED = "[redacted]";
    private static final List<String> SECRET_WORDS = List.of("password", "hash", "token", "secret");

    private final AuditStore store;
    private final Clock clock;

    AuditRecording(AuditStore store) {
        this.store = store;
        this.clock = Clock.systemUTC();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        AuditEntry safe = new AuditEntry(entry.actor(), entry.action(), entry.vendorId(), entry.targetType(),
                entry.targetId(), entry.targetName(), withoutSecrets(entry.before()), withoutSecrets(entry.after()));
        store.append(safe, RequestOrigin.current(), clock.instant());
    }

    /**
     * A second line of defence behind the callers' care: any value whose key names a secret is replaced, at any
     * depth, so a password, its hash or a token never reaches the table even if a caller passes one by mistake.
     */
    static Map<String, Object> withoutSecrets(Map<String, Object> values) {
        Map<String, Object> safe = new LinkedHashMap<>();
        values.forEach((key, value) -> safe.put(key, namesSecret(key) ? REDACTED : withoutSecrets(value)));
        return safe;
    }

    private static Object withoutSecrets(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> nested = new LinkedHashMap<>();
            map.forEach((k, v) -> nested.put(String.valueOf(k), v));
            return withoutSecrets(nested);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(AuditRecording::withoutSecrets).toList();
        }
        return value;
    }

    private static boolean namesSecret(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return SECRET_WORDS.stream().anyMatch(k::contains);
    }
}
