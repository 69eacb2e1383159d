package com.wizamart.tenancy;

/**
 * The platform's audit trail. Every module records its changes to memberships, roles, invitations, credentials,
 * sessions, vendor settings, catalog refresh decisions and order statuses here, in the transaction of the change, so
 * the change and its entry commit (or roll back) together. The trail adds the time and the
 * {@linkplain RequestOrigin request origin}; values under keys naming a secret (password, hash, token, secret) are
 * never stored.
 */
public interface AuditTrail {

    /**
     * @param entry must not be {@literal null}.
     * @throws org.springframework.transaction.IllegalTransactionStateException outside a transaction.
     */
    void record(AuditEntry entry);
}
