package com.wizamart.tenancy;

/**
 * The person a new vendor is created for; identity turns this into the owner's account and membership.
 *
 * @param email     must not be {@literal null}.
 * @param firstName may be empty.
 * @param lastName  may be empty.
 * @param phone     may be {@literal null}.
 */
public record Owner(String email, String firstName, String lastName, String phone) {
}
