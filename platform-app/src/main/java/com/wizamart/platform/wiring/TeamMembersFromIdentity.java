package com.wizamart.platform.wiring;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import com.wizamart.identity.TeamDirectory;
import com.wizamart.ordering.spi.TeamMembers;

/**
 * Ordering's {@link TeamMembers} port answered by identity's team directory. Wired here, in the deployable, because
 * neither context may depend on the other: ordering sits upstream, identity depends on tenancy only.
 */
@Component
class TeamMembersFromIdentity implements TeamMembers {

    private final TeamDirectory teams;

    TeamMembersFromIdentity(TeamDirectory teams) {
        this.teams = teams;
    }

    @Override
    public boolean isActiveMember(UUID vendorId, UUID memberId) {
        return teams.isActiveMember(vendorId, memberId);
    }

    @Override
    public Map<UUID, Member> members(UUID vendorId, Collection<UUID> memberIds) {
        Map<UUID, Member> members = new LinkedHashMap<>();
        teams.members(vendorId, memberIds).forEach((id, card) ->
                members.put(id, new Member(id, card.name(), card.email(), card.active())));
        return members;
    }

    @Override
    public Optional<UUID> membershipOf(UUID vendorId, UUID userId) {
        return teams.membershipOf(vendorId, userId);
    }
}
