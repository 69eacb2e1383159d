package com.wizamart.identity.application.port.in;

/**
 * Filters of the admin user list; {@literal null} means any.
 *
 * @param search        part of the email, first or last name, case-insensitive.
 * @param active        only active (or only deactivated) accounts.
 * @param platformAdmin only platform admins (or only team accounts).
 */
public record UserQuery(String search, Boolean active, Boolean platformAdmin) {
}
