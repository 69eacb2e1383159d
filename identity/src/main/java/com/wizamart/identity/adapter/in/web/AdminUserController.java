package com.wizamart.identity.adapter.in.web;

import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.data.web.PageableDefault;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.wizamart.identity.application.UserAdministration;
import com.wizamart.identity.application.UserAdministration.UserWithMemberships;
import com.wizamart.identity.application.port.in.UserQuery;
import com.wizamart.tenancy.Actor;

/** All platform and vendor-team users, for platform admins. */
@RestController
@RequestMapping("/api/v1/admin/users")
class AdminUserController {

    private final UserAdministration users;

    AdminUserController(UserAdministration users) {
        this.users = users;
    }

    record MembershipResponse(UUID vendorId, String role, String status) {
    }

    record UserResponse(UUID id, String email, String firstName, String lastName, boolean platformAdmin,
                        boolean active, boolean activated, Instant createdAt, Instant lastLoginAt,
                        List<MembershipResponse> memberships) {

        static UserResponse of(UserWithMemberships u) {
            return new UserResponse(u.user().id(), u.user().email().value(), u.user().firstName(), u.user().lastName(),
                    u.user().platformAdmin(), u.user().active(), u.user().passwordHash() != null, u.user().createdAt(),
                    u.user().lastLoginAt(), u.memberships().stream()
                    .map(m -> new MembershipResponse(m.vendorId(), m.role(), m.status().name())).toList());
        }
    }

    @GetMapping
    PagedModel<UserResponse> list(@RequestParam(required = false) @Size(max = 200) String search,
                                  @RequestParam(required = false) Boolean active,
                                  @RequestParam(required = false) Boolean platformAdmin,
                                  @PageableDefault(size = 20) Pageable pageable) {
        return new PagedModel<>(users.search(new UserQuery(search, active, platformAdmin), pageable).map(UserResponse::of));
    }

    record StatusRequest(@NotNull Boolean active) {
    }

    @PutMapping("/{id}/status")
    UserResponse status(@PathVariable UUID id, @Valid @RequestBody StatusRequest request, Actor actor) {
        return UserResponse.of(users.changeStatus(id, request.active(), actor));
    }
}
