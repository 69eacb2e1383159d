package com.wizamart.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.wizamart.identity.TeamInvitationIssued;
import com.wizamart.support.ApiTest;
import com.wizamart.support.Fixtures.VendorAccount;
import com.wizamart.tenancy.VendorScope;

/**
 * A burst of events (a busy moment: orders, invitations) runs as many listeners at once as the events allow (they run
 * on virtual threads). Each must hold at most one connection of the pool at a time: a listener that held its own while
 * waiting for a second (the job engine's, for the hand-over of the first attempt) would, in a burst larger than the
 * pool, leave every connection held by a listener waiting for another. The pool here is small and waits 2 s, so such
 * a listener fails its hand-over (the message then waits a minute or two for the sweep) or its own transaction.
 */
@TestPropertySource(properties = {"spring.datasource.hikari.maximum-pool-size=5",
        "spring.datasource.hikari.connection-timeout=2000"})
@DirtiesContext
class ListenerConnectionsIntegrationTests extends ApiTest {

    private static final int BURST = 40;

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    VendorScope vendorScope;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aBurstOfEventsLargerThanThePoolIsQueuedAndHandedToTheJobEngineAtOnce() {
        VendorAccount vendor = fixtures.vendor();
        List<TeamInvitationIssued> burst = IntStream.range(0, BURST).mapToObj(i -> {
            UUID id = UUID.randomUUID();
            return new TeamInvitationIssued(id, vendor.id(), "burst-" + i + "-" + id + "@mail.example", "Manager",
                    "Olivia Owner", "http://localhost:8080/vendor/#/invitation?token=tok-" + id,
                    Instant.now().plusSeconds(86400));
        }).toList();

        transactions.executeWithoutResult(tx -> burst.forEach(events::publishEvent));

        // every message's first attempt ran (no mail server here: the message is logged); a hand-over lost to an empty
        // pool would leave its message queued until the sweep, a minute or more later
        await().atMost(Duration.ofSeconds(45)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                assertThat(vendorScope.callAs(vendor.id(), () -> jdbc.sql("""
                                select count(*) from notifications_messages
                                where kind = 'TEAM_INVITATION' and recipient like 'burst-%' and status = 'LOGGED'""")
                        .query(Long.class).single())).isEqualTo(BURST));
    }
}
