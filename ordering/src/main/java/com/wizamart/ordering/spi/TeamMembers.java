package com.wizamart.ordering.spi;

import java.util.UUID;

/**
 * Who may be assigned to an order: the vendor's team. Implemented where identity's team directory is reachable
 * (platform wiring), so ordering never depends on identity.
 */
public interface TeamMembers {

    /** @return whether {@code memberId} is an active team membership of the vendor. */
    boolean isActiveMember(UUID vendorId, UUID memberId);
}
