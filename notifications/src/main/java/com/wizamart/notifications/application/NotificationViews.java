package com.wizamart.notifications.application;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.wizamart.notifications.application.port.in.NotificationQuery;
import com.wizamart.notifications.application.port.in.NotificationView;
import com.wizamart.notifications.application.port.out.MessageStore;
import com.wizamart.notifications.domain.NotificationException;
import com.wizamart.tenancy.VendorContext;
import com.wizamart.tenancy.VendorSummary;
import com.wizamart.tenancy.Vendors;

/**
 * The notification log: a vendor's own (Row-Level Security keeps it to the vendor bound to the request), and the
 * platform admins' view of every vendor's and the platform's messages (through the audited cross-vendor read).
 */
@Service
public class NotificationViews {

    private final MessageStore store;
    private final Scopes scopes;
    private final Vendors vendors;

    NotificationViews(MessageStore store, Scopes scopes, Vendors vendors) {
        this.store = store;
        this.scopes = scopes;
        this.vendors = vendors;
    }

    /** The bound vendor's log; {@code query.vendorId()} is ignored. */
    @Transactional(readOnly = true)
    public Page<NotificationView> vendorLog(NotificationQuery query, Pageable pageable) {
        UUID vendorId = VendorContext.require();
        return store.search(new NotificationQuery(vendorId, query.status(), query.kind(), query.recipient()),
                pageable);
    }

    /** @throws com.wizamart.sharedkernel.DomainException {@code NOTIFICATION_NOT_FOUND}, also for another vendor's. */
    @Transactional(readOnly = true)
    public NotificationView vendorMessage(UUID id) {
        UUID vendorId = VendorContext.require();
        return store.find(id).filter(v -> vendorId.equals(v.vendorId()))
                .orElseThrow(NotificationException::notificationNotFound);
    }

    public Page<NotificationView> adminLog(NotificationQuery query, Pageable pageable) {
        Page<NotificationView> page = scopes.acrossVendors("platform admin reads the notification log",
                () -> store.search(query, pageable));
        Map<UUID, String> names = new HashMap<>();
        return page.map(v -> named(v, names));
    }

    public NotificationView adminMessage(UUID id) {
        NotificationView view = scopes.acrossVendors("platform admin reads a notification",
                () -> store.find(id)).orElseThrow(NotificationException::notificationNotFound);
        return named(view, new HashMap<>());
    }

    private NotificationView named(NotificationView v, Map<UUID, String> names) {
        if (v.vendorId() == null) {
            return v;
        }
        String name = names.computeIfAbsent(v.vendorId(),
                id -> vendors.findById(id).map(VendorSummary::name).orElse(null));
        return new NotificationView(v.id(), v.vendorId(), Objects.requireNonNullElse(name, v.vendorId().toString()),
                v.kind(), v.recipient(), v.subject(), v.language(), v.status(), v.attempts(), v.lastError(),
                v.createdAt(), v.sentAt(), v.nextAttemptAt(), v.orderNumber(), v.textBody(), v.htmlBody(),
                v.bodyPurgedAt());
    }
}
