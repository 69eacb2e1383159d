package com.wizamart.identity;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.event.TransactionalEventListener;

import com.wizamart.identity.VendorOnboarding.OnboardedVendor;
import com.wizamart.identity.application.CustomerAccounts;
import com.wizamart.identity.application.TeamAdministration;
import com.wizamart.identity.application.TeamAdministration.AcceptInvitationCommand;
import com.wizamart.identity.application.port.in.MemberView;
import com.wizamart.tenancy.Actor;
import com.wizamart.tenancy.BusinessDetails;
import com.wizamart.tenancy.Owner;
import com.wizamart.tenancy.RegisterVendor;
import com.wizamart.tenancy.VendorScope;
import com.wizamart.tenancy.VendorSummary;

/**
 * What identity's module tests start from: vendors opened through onboarding with an activated owner, and team
 * members who joined by invitation. Every call makes new vendors and addresses, since the tests share one database.
 */
class Teams {

    static final String PASSWORD = "correct horse battery";

    private final VendorOnboarding onboarding;
    private final PlatformAccounts accounts;
    private final TeamAdministration team;
    private final VendorScope vendorScope;
    private final CustomerAccounts customers;
    private final Map<String, String> verificationLinks = new ConcurrentHashMap<>();

    Teams(VendorOnboarding onboarding, PlatformAccounts accounts, TeamAdministration team, VendorScope vendorScope,
          CustomerAccounts customers) {
        this.customers = customers;
        this.onboarding = onboarding;
        this.accounts = accounts;
        this.team = team;
        this.vendorScope = vendorScope;
    }

    /** A vendor and its owner, activated with {@link #PASSWORD}. */
    record Shop(UUID vendorId, String code, UUID ownerId, String ownerEmail) {
    }

    /** A member who joined a shop by invitation, with {@link #PASSWORD}. */
    record Member(UUID userId, UUID membershipId, String email) {
    }

    Shop open() {
        String label = label();
        OnboardedVendor opened = onboarding.open(register(label, "owner@" + label + ".example"), null, false,
                Actor.system());
        accounts.activate(opened.ownerActivationToken(), PASSWORD);
        return new Shop(opened.vendor().id(), opened.vendor().code(), opened.owner().id(), opened.owner().email());
    }

    /** The shop's owner invites a new address with {@code role}, and its holder accepts with a first password. */
    Member join(Shop shop, String role) {
        String email = label() + "@members.example";
        String token = vendorScope.callAs(shop.vendorId(), () -> team.invite(email, role, shop.ownerId())).token();
        team.accept(new AcceptInvitationCommand(token, PASSWORD, "New", "Member", null, null, address()));
        MemberView member = member(shop, email);
        return new Member(member.userId(), member.id(), email);
    }

    /** The shop's team member with this email, as the team list shows them. */
    MemberView member(Shop shop, String email) {
        return vendorScope.callAs(shop.vendorId(), () -> team.members(PageRequest.of(0, 100)).stream()
                .filter(m -> m.email().equals(email)).findFirst().orElseThrow());
    }

    /** The link a new customer is mailed to prove their address, as committed. */
    @TransactionalEventListener
    void on(CustomerEmailVerificationRequested event) {
        verificationLinks.put(event.vendorId() + "/" + event.email(), event.verifyUrl());
    }

    /**
     * Registers a customer of the shop with {@link #PASSWORD}, and follows the link mailed to prove the address, as
     * the customer does before signing in.
     */
    void customer(VendorSummary shop, String email) {
        vendorScope.runAs(shop.id(), () -> customers.register(shop, email, PASSWORD, "Sam", "Shopper", null,
                address()));
        String link = verificationLinks.get(shop.id() + "/" + email);
        vendorScope.runAs(shop.id(), () -> customers.verifyEmail(shop, link.substring(link.indexOf("token=") + 6)));
    }

    static RegisterVendor register(String label, String ownerEmail) {
        return new RegisterVendor(null, "Team Shop " + label, label, BusinessDetails.empty(), List.of(),
                new Owner(ownerEmail, "Olive", "Owner", null));
    }

    /**
     * A client address of its own: failures count against the address too, and the tests of a run share the
     * database, so no test may spend another's budget.
     */
    static String address() {
        return "module-test-" + UUID.randomUUID();
    }

    static String label() {
        return "i" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
