package com.wizamart.identity.adapter.in.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.identity.application.LinkDisclosure;
import com.wizamart.identity.application.TeamAdministration;
import com.wizamart.identity.application.port.in.Invitation;
import com.wizamart.identity.application.port.in.MemberView;
import com.wizamart.identity.domain.Role;

/** A vendor's team: members, roles and invitations. Each call checks its permission. */
@RestController
@RequestMapping("/api/v1/vendor/team")
class TeamController {

    private final TeamAdministration team;
    private final LinkDisclosure disclosure;

    TeamController(TeamAdministration team, LinkDisclosure disclosure) {
        this.team = team;
        this.disclosure = disclosure;
    }

    @GetMapping("/members")
    @PreAuthorize("hasAuthority('PERM_team.view')")
    PagedModel<MemberView> members(@PageableDefault(size = 50) Pageable pageable) {
        return new PagedModel<>(team.members(pageable));
    }

    @GetMapping("/members/{id}")
    @PreAuthorize("hasAuthority('PERM_team.view')")
    MemberView member(@PathVariable UUID id) {
        return team.member(id);
    }

    record ChangeRole(@NotBlank @Size(max = 50) String role) {
    }

    @PutMapping("/members/{id}")
    @PreAuthorize("hasAuthority('PERM_team.manage')")
    MemberView changeRole(@PathVariable UUID id, @Valid @RequestBody ChangeRole request, @AuthenticationPrincipal Jwt jwt) {
        return team.changeRole(id, request.role(), caller(jwt));
    }

    @DeleteMapping("/members/{id}")
    @PreAuthorize("hasAuthority('PERM_team.remove')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
        team.remove(id, caller(jwt));
    }

    record Invite(@NotBlank @Size(max = 320) String email, @NotBlank @Size(max = 50) String role) {
    }

    /**
     * An invitation; {@code token} and {@code acceptUrl} only in the answer that creates it, and only while links are
     * returned ({@code wizamart.identity.return-links}): otherwise the link goes to the invitee by mail only.
     */
    record InvitationResponse(UUID id, String email, String role, Instant expiresAt, Instant createdAt, String token,
                              String acceptUrl) {

        static InvitationResponse of(Invitation i, String token, String url) {
            return new InvitationResponse(i.id(), i.email(), i.roleName(), i.expiresAt(), i.createdAt(), token, url);
        }
    }

    @PostMapping("/invitations")
    @PreAuthorize("hasAuthority('PERM_team.invite')")
    ResponseEntity<InvitationResponse> invite(@Valid @RequestBody Invite request, @AuthenticationPrincipal Jwt jwt) {
        TeamAdministration.IssuedInvitation issued = team.invite(request.email(), request.role(),
                caller(jwt));
        return ResponseEntity.created(URI.create("/api/v1/vendor/team/invitations/" + issued.invitation().id()))
                .body(InvitationResponse.of(issued.invitation(), disclosure.disclosed(issued.token()),
                        disclosure.disclosed(issued.acceptUrl())));
    }

    @GetMapping("/invitations")
    @PreAuthorize("hasAuthority('PERM_team.view')")
    List<InvitationResponse> invitations() {
        return team.pendingInvitations().stream().map(i -> InvitationResponse.of(i, null, null)).toList();
    }

    @GetMapping("/invitations/{id}")
    @PreAuthorize("hasAuthority('PERM_team.view')")
    InvitationResponse invitation(@PathVariable UUID id) {
        return InvitationResponse.of(team.invitation(id), null, null);
    }

    /** Withdraws a pending invitation: its token stops working at once. */
    @DeleteMapping("/invitations/{id}")
    @PreAuthorize("hasAuthority('PERM_team.invite')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revokeInvitation(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
        team.revokeInvitation(id, caller(jwt));
    }

    record RoleResponse(UUID id, String name, List<String> permissions, boolean system) {

        static RoleResponse of(Role r) {
            return new RoleResponse(r.id(), r.name(), r.orderedPermissions(), r.system());
        }
    }

    record CreateRole(@NotBlank @Size(max = 50) String name, @NotEmpty List<@NotBlank String> permissions) {
    }

    @GetMapping("/roles")
    @PreAuthorize("hasAuthority('PERM_team.view')")
    List<RoleResponse> roles() {
        return team.roles().stream().map(RoleResponse::of).toList();
    }

    @GetMapping("/roles/{id}")
    @PreAuthorize("hasAuthority('PERM_team.view')")
    RoleResponse role(@PathVariable UUID id) {
        return RoleResponse.of(team.role(id));
    }

    @PostMapping("/roles")
    @PreAuthorize("hasAuthority('PERM_team.manage')")
    ResponseEntity<RoleResponse> createRole(@Valid @RequestBody CreateRole request, @AuthenticationPrincipal Jwt jwt) {
        Role role = team.createRole(request.name(), request.permissions(), caller(jwt));
        return ResponseEntity.created(URI.create("/api/v1/vendor/team/roles/" + role.id())).body(RoleResponse.of(role));
    }

    /** Renames a custom role and replaces its permissions; its members sign in again to get them. */
    @PutMapping("/roles/{id}")
    @PreAuthorize("hasAuthority('PERM_team.manage')")
    RoleResponse updateRole(@PathVariable UUID id, @Valid @RequestBody CreateRole request,
                            @AuthenticationPrincipal Jwt jwt) {
        return RoleResponse.of(team.updateRole(id, request.name(), request.permissions(), caller(jwt)));
    }

    /** Deletes a custom role that no member and no pending invitation has. */
    @DeleteMapping("/roles/{id}")
    @PreAuthorize("hasAuthority('PERM_team.manage')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteRole(@PathVariable UUID id, @AuthenticationPrincipal Jwt jwt) {
        team.deleteRole(id, caller(jwt));
    }

    private static UUID caller(Jwt jwt) {
        return UUID.fromString(jwt.getSubject());
    }
}
