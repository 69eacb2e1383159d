package com.wizamart.identity.adapter.in.web;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.identity.TokenVerification;
import com.wizamart.identity.application.Authentication;
import com.wizamart.identity.application.SessionTokens.TokenPair;
import com.wizamart.identity.application.TeamAdministration;
import com.wizamart.identity.application.port.in.Invitation;

/** Token endpoints shared by every kind of account, plus the public keys. */
@RestController
class AuthController {

    private final Authentication authentication;
    private final TeamAdministration team;
    private final TokenVerification verification;

    AuthController(Authentication authentication, TeamAdministration team, TokenVerification verification) {
        this.authentication = authentication;
        this.team = team;
        this.verification = verification;
    }

    @PostMapping("/api/v1/auth/refresh")
    TokenPair refresh(@Valid @RequestBody AuthRequests.Refresh request) {
        return authentication.refresh(request.refreshToken());
    }

    @PostMapping({"/api/v1/auth/logout", "/api/v1/admin/auth/logout", "/api/v1/vendor/auth/logout"})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void logout(@Valid @RequestBody(required = false) AuthRequests.Logout request) {
        authentication.logout(request == null ? null : request.refreshToken());
    }

    @PostMapping("/api/v1/auth/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@Valid @RequestBody AuthRequests.ChangePassword request, HttpServletRequest http) {
        authentication.changePassword(request.email(), request.currentPassword(), request.newPassword(),
                ClientAddress.of(http));
    }

    @PostMapping("/api/v1/auth/activation/{token}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void activate(@PathVariable String token, @Valid @RequestBody AuthRequests.Activate request) {
        authentication.activate(token, request.password());
    }

    /**
     * What an invitation offers (the invited email, the vendor, the role, until when), for the page that accepts it.
     * Public: the token is the credential; any token that cannot be accepted answers 404 {@code INVITATION_NOT_FOUND}.
     */
    @GetMapping("/api/v1/auth/invitations/{token}")
    TeamAdministration.InvitationPreview invitation(@PathVariable String token) {
        return team.preview(token);
    }

    /**
     * A new person accepts with a first password; an existing account accepts signed in as itself (its vendor-team
     * bearer token) or with its current password.
     */
    @PostMapping("/api/v1/auth/invitations/{token}/accept")
    Map<String, Object> accept(@PathVariable String token, @Valid @RequestBody AuthRequests.AcceptInvitation request,
                               @AuthenticationPrincipal Jwt jwt, HttpServletRequest http) {
        UUID signedInAs = jwt != null && "vendor".equals(jwt.getClaimAsString("typ")) ? UUID.fromString(jwt.getSubject())
                : null;
        Invitation invitation = team.accept(new TeamAdministration.AcceptInvitationCommand(token, request.password(),
                request.firstName(), request.lastName(), signedInAs, request.currentPassword(), ClientAddress.of(http)));
        return Map.of("email", invitation.email(), "vendorId", invitation.vendorId(), "role", invitation.roleName());
    }

    @GetMapping(value = "/.well-known/jwks.json", produces = "application/json")
    Map<String, Object> jwks() {
        return verification.publicKeys().toJSONObject(true);
    }
}
