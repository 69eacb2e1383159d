package com.wizamart.identity;

/** Figures about platform accounts (admins and vendor team members) for dashboards. Read-only. */
public interface UserStatistics {

    /** @return how many accounts there are, and how many of them are active or platform admins. */
    UserCounts counts();

    /**
     * @param total          all accounts.
     * @param active         accounts that may log in.
     * @param platformAdmins accounts of platform admins.
     */
    record UserCounts(long total, long active, long platformAdmins) {
    }
}
