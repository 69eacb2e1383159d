package com.wizamart.identity.adapter.in.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request bodies of the authentication endpoints. */
final class AuthRequests {

    private AuthRequests() {
    }

    record Login(@NotBlank @Size(max = 320) String email, @NotBlank @Size(max = 128) String password) {
    }

    record VendorLogin(@NotBlank @Size(max = 320) String email, @NotBlank @Size(max = 128) String password,
                       @Size(max = 32) String vendorCode) {
    }

    record Refresh(@NotBlank @Size(max = 200) String refreshToken) {
    }

    record Logout(@Size(max = 200) String refreshToken) {
    }

    record ChangePassword(@NotBlank @Size(max = 320) String email, @NotBlank @Size(max = 128) String currentPassword,
                          @NotBlank @Size(max = 128) String newPassword) {
    }

    record Activate(@NotBlank @Size(max = 128) String password) {
    }

    /**
     * {@code password} is the first password of a new account; an existing account instead signs in (bearer token)
     * or gives its {@code currentPassword}.
     */
    record AcceptInvitation(@Size(max = 128) String password, @Size(max = 100) String firstName,
                            @Size(max = 100) String lastName, @Size(max = 128) String currentPassword) {
    }

    record Register(@NotBlank @Size(max = 320) String email, @NotBlank @Size(max = 128) String password,
                    @NotBlank @Size(max = 100) String firstName, @Size(max = 100) String lastName,
                    @Size(max = 50) String phone) {
    }
}
