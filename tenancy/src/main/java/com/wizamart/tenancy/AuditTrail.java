package com.wizamart.tenancy;

/** Records admin actions; every module writes its admin actions here, in the transaction of the action. */
public interface AuditTrail {

    /** @param entry must not be {@literal null}. */
    void record(AuditEntry entry);
}
