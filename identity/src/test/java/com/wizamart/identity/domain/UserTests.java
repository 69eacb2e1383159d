package com.wizamart.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserTests {

    private static final EmailAddress ADA = EmailAddress.of("ada@example.lu");

    @Test
    void anInvitedAccountIsActiveButPendingUntilItHasAPassword() {
        User invited = User.invited(ADA, " Ada ", null);

        assertThat(invited.pending()).isTrue();
        assertThat(invited.canLogIn()).isFalse();
        assertThat(invited.active()).isTrue();
        assertThat(invited.platformAdmin()).isFalse();
        assertThat(invited.mustChangePassword()).isFalse();
        assertThat(invited.firstName()).isEqualTo("Ada");
        assertThat(invited.lastName()).isEmpty();
        assertThat(invited.version()).isNull();
        assertThat(invited.credentialsVersion()).isZero();
        assertThat(invited.lastLoginAt()).isNull();
    }

    @Test
    void aPasswordCompletesTheAccount() {
        User invited = User.invited(ADA, "Ada", "Lovelace");

        User activated = invited.withPassword("{argon2}hash", false);

        assertThat(activated.pending()).isFalse();
        assertThat(activated.canLogIn()).isTrue();
        assertThat(activated).usingRecursiveComparison().ignoringFields("passwordHash").isEqualTo(invited);
        assertThat(invited.pending()).as("the original is unchanged").isTrue();
    }

    @Test
    void aTemporaryPasswordMustBeChanged() {
        User user = User.invited(ADA, "Ada", "Lovelace").withPassword("{argon2}temp", true);

        assertThat(user.mustChangePassword()).isTrue();
        assertThat(user.withPassword("{argon2}own", false).mustChangePassword()).isFalse();
    }

    @Test
    void aDeactivatedAccountCannotLogIn_evenWithAPassword() {
        User user = User.invited(ADA, "Ada", "Lovelace").withPassword("{argon2}hash", false);

        User deactivated = user.withActive(false);

        assertThat(deactivated.canLogIn()).isFalse();
        assertThat(deactivated.pending()).isFalse();
        assertThat(deactivated.withActive(true).canLogIn()).isTrue();
    }

    @Test
    void becomingAPlatformAdminChangesNothingElse() {
        User user = User.invited(ADA, "Ada", "Lovelace").withPassword("{argon2}hash", true);

        User admin = user.asPlatformAdmin();

        assertThat(admin.platformAdmin()).isTrue();
        assertThat(admin).usingRecursiveComparison().ignoringFields("platformAdmin").isEqualTo(user);
    }

    @Test
    void namesAreStripped_andAMissingOneIsEmpty() {
        User user = User.invited(ADA, "Ada", "Lovelace").withNames("  Augusta Ada ", null);

        assertThat(user.firstName()).isEqualTo("Augusta Ada");
        assertThat(user.lastName()).isEmpty();
        assertThat(user.email()).isEqualTo(ADA);
    }
}
