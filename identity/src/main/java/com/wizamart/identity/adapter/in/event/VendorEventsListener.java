package com.wizamart.identity.adapter.in.event;

import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.wizamart.identity.application.Onboarding;
import com.wizamart.identity.application.port.out.CredentialTokenStore;
import com.wizamart.tenancy.VendorCreated;
import com.wizamart.tenancy.VendorStatusChanged;

/** Identity's answers to tenancy's vendor events. */
@Component
class VendorEventsListener {

    private final Onboarding onboarding;
    private final CredentialTokenStore tokens;

    VendorEventsListener(Onboarding onboarding, CredentialTokenStore tokens) {
        this.onboarding = onboarding;
        this.tokens = tokens;
    }

    /**
     * Synchronous on purpose: the default roles and the owner's membership commit or roll back together with the
     * vendor (see docs/adr/0003-vendor-created-synchronous.md).
     */
    @EventListener
    void on(VendorCreated event) {
        onboarding.provision(event);
    }

    /** A deactivated or deleted vendor's team and customers lose their sessions (refresh tokens). Idempotent. */
    @ApplicationModuleListener(id = "identity.revoke-sessions-of-closed-vendor")
    void on(VendorStatusChanged event) {
        if (!event.active() || event.deleted()) {
            tokens.revokeAllOfVendor(event.vendorId(), Instant.now());
        }
    }
}
