package com.wizamart.identity.adapter.in.event;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.wizamart.identity.application.Authentication;
import com.wizamart.identity.application.Onboarding;
import com.wizamart.tenancy.VendorCreated;
import com.wizamart.tenancy.VendorStatusChanged;

/** Identity's answers to tenancy's vendor events. */
@Component
class VendorEventsListener {

    private final Onboarding onboarding;
    private final Authentication authentication;

    VendorEventsListener(Onboarding onboarding, Authentication authentication) {
        this.onboarding = onboarding;
        this.authentication = authentication;
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
            authentication.endSessionsAtVendor(event.vendorId());
        }
    }
}
