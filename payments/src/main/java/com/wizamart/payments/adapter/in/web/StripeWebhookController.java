package com.wizamart.payments.adapter.in.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.payments.application.ProviderEvents;

/**
 * Stripe's webhooks (anonymous: the {@code Stripe-Signature} authenticates them). 200 once stored (or for a replay,
 * which changes nothing); 400 {@code WEBHOOK_SIGNATURE_INVALID} for anything unsigned, tampered or stale. The body is
 * read as the exact text that was signed.
 */
@RestController
class StripeWebhookController {

    private final ProviderEvents events;

    StripeWebhookController(ProviderEvents events) {
        this.events = events;
    }

    @PostMapping("/api/v1/payments/stripe/webhook")
    ResponseEntity<Void> receive(@RequestBody(required = false) String payload,
                                 @RequestHeader(value = "Stripe-Signature", required = false) String signature) {
        events.receive(payload, signature);
        return ResponseEntity.ok().build();
    }
}
