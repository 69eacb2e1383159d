package com.wizamart.notifications.application.port.out;

import java.time.Instant;
import java.util.List;

import com.wizamart.notifications.domain.MessageKind;
import com.wizamart.ordering.OrderDocuments.OrderDocument;
import com.wizamart.payments.PaymentInstructions.Instructions;

/** Renders a message from its localized templates: subject, plain text and HTML. */
public interface MailTemplates {

    /**
     * What a message says, before it is rendered.
     *
     * @param language     a supported language ({@code en}, {@code fr}, {@code de}).
     * @param args         the arguments of the kind's texts in the bundles, in their order (see
     *                     {@code mail/messages.properties}).
     * @param actionUrl    the link the message leads to (the button); {@literal null} for none.
     * @param order        the order, for messages about one; {@literal null} otherwise.
     * @param payment      how to pay the order (the confirmation of a bank transfer order); {@literal null} otherwise.
     * @param expiresAt    when the link stops working; {@literal null} when it does not.
     */
    record Content(MessageKind kind, String language, Brand brand, String recipientName, List<Object> args,
                   String actionUrl, OrderDocument order, Instructions payment, Instant expiresAt) {

        public Content {
            args = List.copyOf(args);
        }
    }

    /**
     * How the shop (or the platform) presents itself.
     *
     * @param primaryColor {@code #rrggbb}.
     * @param accentColor  {@code #rrggbb}.
     * @param logoUrl      an http(s) URL, or {@literal null}.
     * @param shopUrl      the shop's address, or {@literal null} for the platform.
     * @param replyTo      where answers go (the shop's business address), or {@literal null}.
     */
    record Brand(String name, String primaryColor, String accentColor, String logoUrl, String shopUrl,
                 String replyTo) {
    }

    /** The rendered message. */
    record Rendered(String subject, String text, String html) {
    }

    Rendered render(Content content);
}
