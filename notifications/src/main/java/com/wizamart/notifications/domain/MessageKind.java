package com.wizamart.notifications.domain;

/** What a message is about; its name is also the prefix of its texts in the message bundles ({@code mail/messages}). */
public enum MessageKind {

    ORDER_CONFIRMATION("order-confirmation"),
    PAYMENT_RECEIVED("payment-received"),
    ORDER_SHIPPED("order-shipped"),
    ORDER_CANCELLED("order-cancelled"),
    ORDER_REFUNDED("order-refunded"),
    TEAM_INVITATION("team-invitation"),
    OWNER_ACTIVATION("owner-activation"),
    PASSWORD_RESET("password-reset"),
    EMAIL_VERIFICATION("email-verification"),
    REGISTRATION_REPEATED("registration-repeated");

    private final String key;

    MessageKind(String key) {
        this.key = key;
    }

    /** @return the prefix of this kind's texts in the message bundles. */
    public String key() {
        return key;
    }

    /** @return whether the message is about an order (it shows the order's lines and totals). */
    public boolean aboutOrder() {
        return switch (this) {
            case ORDER_CONFIRMATION, PAYMENT_RECEIVED, ORDER_SHIPPED, ORDER_CANCELLED, ORDER_REFUNDED -> true;
            default -> false;
        };
    }

    /**
     * @return whether the message carries a one-time link (its token is a credential until it expires): the log keeps
     *         its bodies with the token redacted, only the mail has the working link.
     */
    public boolean carriesOneTimeLink() {
        return switch (this) {
            case TEAM_INVITATION, OWNER_ACTIVATION, PASSWORD_RESET, EMAIL_VERIFICATION -> true;
            default -> false;
        };
    }

    /** @return the kind named {@code name} (case-insensitive), or {@literal null} when there is none. */
    public static MessageKind parse(String name) {
        if (name == null) {
            return null;
        }
        for (MessageKind k : values()) {
            if (k.name().equalsIgnoreCase(name.strip())) {
                return k;
            }
        }
        return null;
    }
}
