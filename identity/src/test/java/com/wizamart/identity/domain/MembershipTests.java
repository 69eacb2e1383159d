package com.wizamart.identity.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class MembershipTests {

    @Test
    void joiningMakesAnActiveMemberOfTheVendorWithTheRole() {
        UUID vendor = UUID.randomUUID();
        UUID user = UUID.randomUUID();
        UUID role = UUID.randomUUID();
        Instant before = Instant.now();

        Membership joined = Membership.join(vendor, user, role);

        assertThat(joined.vendorId()).isEqualTo(vendor);
        assertThat(joined.userId()).isEqualTo(user);
        assertThat(joined.roleId()).isEqualTo(role);
        assertThat(joined.status()).isEqualTo(Membership.Status.ACTIVE);
        assertThat(joined.createdAt()).isBetween(before, Instant.now());
    }

    @Test
    void everyJoiningIsAMembershipOfItsOwn() {
        UUID vendor = UUID.randomUUID();
        UUID user = UUID.randomUUID();
        UUID role = UUID.randomUUID();

        assertThat(Membership.join(vendor, user, role).id()).isNotNull()
                .isNotEqualTo(Membership.join(vendor, user, role).id());
    }
}
