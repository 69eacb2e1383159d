package com.wizamart.identity.domain;

import com.wizamart.sharedkernel.DomainException;

/** Identity's business errors, each with its stable code. */
public final class IdentityException extends DomainException {

    private IdentityException(Kind kind, String code, String message) {
        super(kind, code, message);
    }

    /** Wrong email or password, or an account that may not log in; deliberately says no more than that. */
    public static IdentityException invalidCredentials() {
        return new IdentityException(Kind.UNAUTHENTICATED, "INVALID_CREDENTIALS", "Invalid email or password.");
    }

    public static IdentityException passwordChangeRequired() {
        return new IdentityException(Kind.FORBIDDEN, "PASSWORD_CHANGE_REQUIRED",
                "This password is temporary: change it at POST /api/v1/auth/password before logging in.");
    }

    public static IdentityException invalidRefreshToken() {
        return new IdentityException(Kind.UNAUTHENTICATED, "INVALID_REFRESH_TOKEN",
                "The refresh token is invalid, expired or revoked.");
    }

    public static IdentityException refreshTokenReused() {
        return new IdentityException(Kind.UNAUTHENTICATED, "REFRESH_TOKEN_REUSED",
                "The refresh token was already used; all tokens of this session are revoked.");
    }

    public static IdentityException lastOwner() {
        return new IdentityException(Kind.CONFLICT, "LAST_OWNER",
                "The vendor's last Owner cannot be removed or demoted.");
    }

    public static IdentityException ownerRoleReserved() {
        return new IdentityException(Kind.FORBIDDEN, "OWNER_ROLE_RESERVED",
                "Only an Owner may grant or take away the Owner role.");
    }

    public static IdentityException exceedsOwnPermissions() {
        return new IdentityException(Kind.FORBIDDEN, "ROLE_EXCEEDS_OWN_PERMISSIONS",
                "You cannot grant permissions you do not hold yourself.");
    }

    public static IdentityException notAMember() {
        return new IdentityException(Kind.FORBIDDEN, "ACCESS_DENIED", "You are no longer an active member of this team.");
    }

    /** No such team membership in the caller's vendor. */
    public static IdentityException memberNotFound() {
        return new IdentityException(Kind.NOT_FOUND, "MEMBER_NOT_FOUND", "Member not found.");
    }

    /** No such role in the caller's vendor. */
    public static IdentityException roleNotFound() {
        return new IdentityException(Kind.NOT_FOUND, "ROLE_NOT_FOUND", "Role not found.");
    }

    /** The four roles every vendor starts with are not edited nor deleted (the permission tables name them). */
    public static IdentityException systemRole() {
        return new IdentityException(Kind.CONFLICT, "SYSTEM_ROLE",
                "The default roles (Owner, Manager, Editor, Viewer) cannot be changed or deleted.");
    }

    /** A role that members or open invitations hold is not deleted: they would be left without one. */
    public static IdentityException roleInUse() {
        return new IdentityException(Kind.CONFLICT, "ROLE_IN_USE",
                "Members or pending invitations have this role: give them another role (or withdraw the "
                        + "invitations) first.");
    }

    /** No such invitation in the caller's vendor. */
    public static IdentityException invitationNotFound() {
        return new IdentityException(Kind.NOT_FOUND, "INVITATION_NOT_FOUND", "Invitation not found.");
    }

    public static IdentityException customerNotFound() {
        return new IdentityException(Kind.NOT_FOUND, "CUSTOMER_NOT_FOUND", "Customer not found.");
    }

    public static IdentityException userNotFound() {
        return new IdentityException(Kind.NOT_FOUND, "USER_NOT_FOUND", "User not found.");
    }

    public static IdentityException conflict(String code, String message) {
        return new IdentityException(Kind.CONFLICT, code, message);
    }

    /** An invitation token that is unknown, expired or used: answered as if no such invitation existed. */
    public static IdentityException invitationLinkInvalid() {
        return new IdentityException(Kind.NOT_FOUND, "INVITATION_NOT_FOUND",
                "This invitation link is invalid, expired or already used.");
    }

    /** An activation token that is unknown, expired or used. */
    public static IdentityException activationLinkInvalid() {
        return new IdentityException(Kind.NOT_FOUND, "ACTIVATION_NOT_FOUND",
                "This activation link is invalid, expired or already used.");
    }

    /**
     * An invitation addressed to an existing account is accepted only by that account: signed in (its bearer token)
     * or proving its current password. Says nothing about the account beyond what the invitation's holder knows.
     */
    public static IdentityException signInRequired() {
        return new IdentityException(Kind.UNAUTHENTICATED, "SIGN_IN_REQUIRED",
                "Sign in as the invited account (or give its current password) to accept this invitation; "
                        + "a pending account completes its activation first.");
    }

    /**
     * Opening a vendor for an email that already has an account needs the admin's confirmation that the account is the
     * owner's: whoever held an invitation for that address may have created it.
     */
    public static IdentityException ownerAccountExists() {
        return new IdentityException(Kind.CONFLICT, "OWNER_ACCOUNT_EXISTS",
                "An account with the owner's email exists. Make sure it is the owner's, then confirm with "
                        + "attachExistingOwner: true (bulk import: column attach_existing_owner).");
    }

    /** Platform admins are never made team members by invitation. */
    public static IdentityException platformAdminNotInvitable() {
        return new IdentityException(Kind.VALIDATION, "INVITEE_NOT_ALLOWED",
                "This address cannot be invited to a team.");
    }

    /**
     * A password reset token that is unknown, expired, used, of another shop or of another kind of account: all alike,
     * so the answer tells nothing about whose it was.
     */
    public static IdentityException resetTokenInvalid() {
        return new IdentityException(Kind.BAD_REQUEST, "RESET_TOKEN_INVALID",
                "This password reset link is invalid, expired or already used: ask for a new one.");
    }

    /** An email verification token that is unknown, expired, used or of another shop. */
    public static IdentityException verificationTokenInvalid() {
        return new IdentityException(Kind.BAD_REQUEST, "VERIFICATION_TOKEN_INVALID",
                "This verification link is invalid, expired or already used: ask for a new one.");
    }
}
