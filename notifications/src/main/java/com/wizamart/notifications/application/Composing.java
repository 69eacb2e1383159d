package com.wizamart.notifications.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import com.wizamart.identity.CustomerEmailVerificationRequested;
import com.wizamart.identity.CustomerRegistrationRepeated;
import com.wizamart.identity.OwnerActivationIssued;
import com.wizamart.identity.PasswordResetRequested;
import com.wizamart.identity.TeamInvitationIssued;
import com.wizamart.notifications.application.port.out.MailTemplates;
import com.wizamart.notifications.application.port.out.MailTemplates.Brand;
import com.wizamart.notifications.application.port.out.MailTemplates.Content;
import com.wizamart.notifications.application.port.out.MailTemplates.Rendered;
import com.wizamart.notifications.config.NotificationProperties;
import com.wizamart.notifications.domain.LinkRedaction;
import com.wizamart.notifications.domain.MessageLanguages;
import com.wizamart.notifications.domain.Message;
import com.wizamart.notifications.domain.MessageKind;
import com.wizamart.ordering.OrderDocuments;
import com.wizamart.ordering.OrderDocuments.OrderDocument;
import com.wizamart.ordering.PaymentMethod;
import com.wizamart.payments.PaymentInstructions;
import com.wizamart.payments.PaymentInstructions.Instructions;
import com.wizamart.tenancy.VendorDetails;
import com.wizamart.tenancy.Vendors;

/**
 * Turns the facts of an event into a rendered, addressed message: the recipient and their language, the shop's
 * branding and sender name, the order as the customer sees it (read when the event is handled, so the message shows
 * the order as it is then), and the key that makes it unique.
 */
@Component
class Composing {

    static final String DEFAULT_PRIMARY = "#1d4ed8";
    static final String DEFAULT_ACCENT = "#f59e0b";
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Pattern SAFE_URL = Pattern.compile("https?://[^\\s\"'<>\\\\]+");

    private final MailTemplates templates;
    private final Vendors vendors;
    private final ObjectProvider<OrderDocuments> orders;
    private final ObjectProvider<PaymentInstructions> payments;
    private final NotificationProperties properties;
    private final Clock clock;

    Composing(MailTemplates templates, Vendors vendors, ObjectProvider<OrderDocuments> orders,
              ObjectProvider<PaymentInstructions> payments, NotificationProperties properties,
              ObjectProvider<Clock> clock) {
        this.templates = templates;
        this.vendors = vendors;
        this.orders = orders;
        this.payments = payments;
        this.properties = properties;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * A message about an order to its customer.
     *
     * @param eventKey what makes the event unique among those of its kind for this order (a refund's id).
     * @param args     the kind's text arguments after the shop's name and the order number.
     * @return empty when the order is gone or has no address to write to.
     */
    Optional<Message> aboutOrder(MessageKind kind, UUID vendorId, UUID orderId, String eventKey, List<Object> args) {
        OrderDocuments documents = orders.getIfAvailable();
        if (documents == null) {
            // the event stays incomplete in the publication registry and is delivered again once orders can be read
            throw new IllegalStateException("No OrderDocuments: order messages cannot be written");
        }
        Optional<OrderDocument> found = documents.find(vendorId, orderId);
        if (found.isEmpty() || blank(found.get().customerEmail())) {
            return Optional.empty();
        }
        OrderDocument order = found.get();
        Instructions payment = null;
        if (kind == MessageKind.ORDER_CONFIRMATION && order.paymentMethod() == PaymentMethod.BANK_TRANSFER) {
            PaymentInstructions instructions = payments.getIfAvailable();
            payment = instructions == null ? null : instructions.forOrder(vendorId, orderId).orElse(null);
        }
        Brand brand = brand(vendorId);
        List<Object> all = new java.util.ArrayList<>();
        all.add(brand.name());
        all.add(order.number());
        all.addAll(args);
        Content content = new Content(kind, MessageLanguages.of(order.language()), brand, order.customerName(), all,
                brand.shopUrl(), order, payment, null);
        return Optional.of(message(content, vendorId, kind.name() + ':' + orderId + ':' + eventKey,
                order.customerEmail(), order.orderId(), order.number()));
    }

    Message invitation(TeamInvitationIssued e) {
        Brand brand = brand(e.vendorId());
        Content content = new Content(MessageKind.TEAM_INVITATION, MessageLanguages.FALLBACK, brand, null,
                List.of(brand.name(), nonNull(e.roleName()), nonNull(e.invitedBy())), e.acceptUrl(), null, null,
                e.expiresAt());
        return message(content, e.vendorId(), "TEAM_INVITATION:" + e.invitationId(), e.email(), null, null);
    }

    Message activation(OwnerActivationIssued e) {
        Brand brand = brand(e.vendorId());
        Content content = new Content(MessageKind.OWNER_ACTIVATION, MessageLanguages.FALLBACK, brand, e.firstName(),
                List.of(brand.name(), properties.platformName()), e.activationUrl(), null, null, e.expiresAt());
        return message(content, e.vendorId(), "OWNER_ACTIVATION:" + e.userId() + ':' + e.expiresAt().toEpochMilli(),
                e.email(), null, null);
    }

    Message passwordReset(PasswordResetRequested e) {
        // a team member's account is the platform's (one person may work for several vendors)
        UUID vendorId = e.audience() == PasswordResetRequested.Audience.CUSTOMER ? e.vendorId() : null;
        Brand brand = vendorId == null ? platformBrand() : brand(vendorId);
        Content content = new Content(MessageKind.PASSWORD_RESET, MessageLanguages.of(e.language()), brand, e.firstName(),
                List.of(brand.name()), e.resetUrl(), null, null, e.expiresAt());
        return message(content, vendorId, "PASSWORD_RESET:" + e.accountId() + ':' + e.expiresAt().toEpochMilli(),
                e.email(), null, null);
    }

    Message verification(CustomerEmailVerificationRequested e) {
        Brand brand = brand(e.vendorId());
        Content content = new Content(MessageKind.EMAIL_VERIFICATION, MessageLanguages.of(e.language()), brand,
                e.firstName(), List.of(brand.name()), e.verifyUrl(), null, null, e.expiresAt());
        return message(content, e.vendorId(),
                "EMAIL_VERIFICATION:" + e.customerId() + ':' + e.expiresAt().toEpochMilli(), e.email(), null, null);
    }

    /**
     * The event carries no time of its own: one such message per customer and day (a redelivered event queues none,
     * and repeated registrations cannot flood the address's owner).
     */
    Message registrationRepeated(CustomerRegistrationRepeated e) {
        Brand brand = brand(e.vendorId());
        Content content = new Content(MessageKind.REGISTRATION_REPEATED, MessageLanguages.of(e.language()), brand,
                e.firstName(), List.of(brand.name()), brand.shopUrl(), null, null, null);
        LocalDate day = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return message(content, e.vendorId(), "REGISTRATION_REPEATED:" + e.customerId() + ':' + day, e.email(), null,
                null);
    }

    private Message message(Content content, UUID vendorId, String eventKey, String recipient, UUID orderId,
                            String orderNumber) {
        Rendered rendered = templates.render(content);
        Rendered kept = rendered;
        if (content.kind().carriesOneTimeLink()) {
            // the log keeps the message with the link's token redacted; the mail alone has the working link
            kept = templates.render(new Content(content.kind(), content.language(), content.brand(),
                    content.recipientName(), content.args(), LinkRedaction.redact(content.actionUrl()),
                    content.order(), content.payment(), content.expiresAt()));
        }
        boolean sendApart = kept != rendered;
        UUID id = UUID.randomUUID();
        String dedupKey = eventKey + ':' + recipient.strip().toLowerCase(Locale.ROOT);
        return new Message(id, vendorId, dedupKey.length() > 300 ? dedupKey.substring(0, 300) : dedupKey,
                content.kind(), recipient, content.recipientName(), content.language(), rendered.subject(),
                properties.from(), content.brand().name(), content.brand().replyTo(),
                kept.text(), kept.html(), sendApart ? rendered.text() : null, sendApart ? rendered.html() : null,
                orderId, orderNumber, "<" + id + "@" + domainOf(properties.from()) + ">",
                clock.instant());
    }

    /**
     * The vendor's name, colours, logo and reply address, read once per message; values that are not a colour or an
     * http(s) URL are left out.
     */
    Brand brand(UUID vendorId) {
        VendorDetails vendor = vendors.details(vendorId);
        Map<String, Object> theme = vendor.theme() == null ? Map.of() : vendor.theme();
        return new Brand(vendor.name(), color(theme.get("primaryColor"), DEFAULT_PRIMARY),
                color(theme.get("accentColor"), DEFAULT_ACCENT), url(theme.get("logoUrl")),
                properties.storefrontUrl().replace("{vendorCode}", vendor.code()),
                blank(vendor.businessEmail()) ? null : vendor.businessEmail().strip());
    }

    private Brand platformBrand() {
        return new Brand(properties.platformName(), DEFAULT_PRIMARY, DEFAULT_ACCENT, null, null, null);
    }

    private static String color(Object value, String fallback) {
        return value instanceof String s && COLOR.matcher(s).matches() ? s.toLowerCase(Locale.ROOT) : fallback;
    }

    private static String url(Object value) {
        return value instanceof String s && s.length() <= 500 && SAFE_URL.matcher(s).matches() ? s : null;
    }

    private static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        String domain = at < 0 ? "wizamart.localhost" : address.substring(at + 1).strip();
        return domain.replaceAll("[^A-Za-z0-9.-]", "");
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    Instant now() {
        return clock.instant();
    }
}
