package com.wizamart.tenancy;

import java.util.UUID;

/**
 * Who performs an action, for the audit log and for "who did it" columns. Web controllers receive it as a
 * method parameter, resolved from the authenticated token.
 *
 * @param id    the user's id; {@literal null} for the system itself.
 * @param email the user's email at the time of the action.
 */
public record Actor(UUID id, String email) {

    /** The platform acting on its own (demo data, scheduled work). */
    public static Actor system() {
        return new Actor(null, "system");
    }
}
