package com.wizamart.identity;

import java.util.UUID;

/**
 * Whether an access token still speaks for its account. Access tokens are not looked up on every request; they carry
 * the account's credentials version at issue (claim {@value TokenVerification#CREDENTIALS_VERSION_CLAIM}), and a
 * password change, a first password or a deactivation moves the account's version on (a customer's: a password
 * change). The resource server asks here
 * before a token changes state or reads across vendors (ADR 0013).
 */
public interface CredentialChecks {

    /**
     * @param userId             the token's subject (an admin or team member account).
     * @param credentialsVersion the version the token carries.
     * @return whether the account exists, is active and still has this credentials version.
     */
    boolean isCurrent(UUID userId, long credentialsVersion);

    /**
     * @param vendorId           the shop the customer token is for (its {@code vendor_id}).
     * @param customerId         the token's subject, a customer of that shop.
     * @param credentialsVersion the version the token carries.
     * @return whether the shop has this active customer and it still has this credentials version.
     */
    boolean isCurrentCustomer(UUID vendorId, UUID customerId, long credentialsVersion);
}
