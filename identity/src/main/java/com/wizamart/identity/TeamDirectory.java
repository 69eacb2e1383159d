package com.wizamart.identity;

import java.util.UUID;

/** What other modules (and the dashboard) may ask of vendor teams. */
public interface TeamDirectory {

    /** @return the number of active team members of the vendor. */
    long countMembers(UUID vendorId);

    /** @return whether {@code membershipId} is an active membership of the vendor's team. */
    boolean isActiveMember(UUID vendorId, UUID membershipId);
}
