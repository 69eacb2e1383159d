package com.wizamart.payments.adapter.in.event;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;

import com.wizamart.payments.application.ProviderEventReceived;
import com.wizamart.payments.application.ProviderEvents;

/** Processes a stored webhook after it was answered; the event publication registry retries it until it is done. */
@Component
class ProviderEventListener {

    private final ProviderEvents events;

    ProviderEventListener(ProviderEvents events) {
        this.events = events;
    }

    @ApplicationModuleListener(id = "payments.process-provider-event", propagation = Propagation.NOT_SUPPORTED)
    void on(ProviderEventReceived event) {
        events.process(event.eventId(), event.vendorId());
    }
}
