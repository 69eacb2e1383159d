package com.wizamart.ordering.spi;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Who may be assigned to an order: the vendor's team. Implemented where identity's team directory is reachable
 * (platform wiring), so ordering never depends on identity. Every method answers only the given vendor's team.
 */
public interface TeamMembers {

    /** @return whether {@code memberId} is an active team membership of the vendor. */
    boolean isActiveMember(UUID vendorId, UUID memberId);

    /** @return the vendor's team members among {@code memberIds} (active or not), by membership id; others absent. */
    Map<UUID, Member> members(UUID vendorId, Collection<UUID> memberIds);

    /** @return the team membership of the user at the vendor, if they have one. */
    Optional<UUID> membershipOf(UUID vendorId, UUID userId);

    /**
     * A team member as orders show them.
     *
     * @param id   the team membership id (what orders are assigned to).
     * @param name "first last".
     */
    record Member(UUID id, String name, String email, boolean active) {
    }
}
