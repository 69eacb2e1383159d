package com.wizamart.identity;

import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.RegisterVendor;
import com.wizamart.tenancy.VendorDetails;

/** Opens a vendor together with its owner's account, membership and default roles, in one transaction. */
public interface VendorOnboarding {

    /**
     * @param initialPassword     a temporary password the owner must change at first login, or {@literal null} for a
     *                            one-time activation link; applied only to an owner account this call creates.
     * @param attachExistingOwner whether an account that already has the owner's email may become the Owner: the
     *                            caller confirms it is the owner's (anyone who held an invitation for that address
     *                            may have created it). Without it, an existing account is refused with
     *                            {@code OWNER_ACCOUNT_EXISTS}.
     */
    OnboardedVendor open(RegisterVendor command, String initialPassword, boolean attachExistingOwner, Actor actor);

    /**
     * The opened vendor and what its owner needs for a first login.
     *
     * @param vendor              the vendor.
     * @param owner               the owner's account.
     * @param ownerActivationUrl  one-time link to set a password; {@literal null} when the owner already had an
     *                            account or got a temporary password.
     * @param ownerActivationToken the token inside that link.
     */
    record OnboardedVendor(VendorDetails vendor, OwnerAccount owner, String ownerActivationUrl,
                           String ownerActivationToken) {
    }

    /** The owner's account as the admin sees it. */
    record OwnerAccount(java.util.UUID id, String email, String firstName, String lastName, boolean existingUser,
                        boolean mustChangePassword) {
    }
}
