package com.wizamart.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What other modules (and the dashboard) may ask of vendor teams. */
public interface TeamDirectory {

    /** @return the number of active team members of the vendor. */
    long countMembers(UUID vendorId);

    /** @return whether {@code membershipId} is an active membership of the vendor's team. */
    boolean isActiveMember(UUID vendorId, UUID membershipId);

    /** @return the vendor's team members among {@code membershipIds} (active or not), by membership id. */
    Map<UUID, TeamMemberCard> members(UUID vendorId, Collection<UUID> membershipIds);

    /** @return the user's membership in the vendor's team, if any. */
    Optional<UUID> membershipOf(UUID vendorId, UUID userId);
}
