package com.wizamart.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wizamart.identity.PlatformAccounts;
import com.wizamart.support.Fixtures;
import com.wizamart.support.IntegrationTest;

/**
 * The first platform admin: its generated password shown once, framed so that it stands out in the start-up log, and
 * one admin when several instances start at once on a database that has none yet.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapIntegrationTests {

    @Autowired
    PlatformAccounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aGeneratedPasswordIsShownOnceBetweenRules(CapturedOutput output) {
        String email = Fixtures.unique("admin") + "@wizamart.test";
        AdminBootstrap bootstrap = new AdminBootstrap(accounts, new AdminBootstrap.AdminProperties(email, ""));
        bootstrap.run(new DefaultApplicationArguments());
        bootstrap.run(new DefaultApplicationArguments());

        List<String> lines = output.getOut().lines().toList();
        List<Integer> shown = IntStream.range(0, lines.size())
                .filter(i -> lines.get(i).startsWith("  Platform admin created: " + email + " / ")).boxed().toList();
        assertThat(shown).as("the admin's line, once, on a line of its own").hasSize(1);
        int at = shown.getFirst();
        assertThat(lines.get(at)).endsWith(" (shown once; set wizamart.admin.password to choose it)");
        assertThat(lines.get(at - 1)).as("the rule above").matches("={40,}").isEqualTo(lines.get(at + 1));
    }

    @Test
    void instancesStartingTogetherCreateOneAdminAndAllStart() throws Exception {
        String email = Fixtures.unique("admin") + "@wizamart.test";
        AdminBootstrap.AdminProperties properties = new AdminBootstrap.AdminProperties(email, "Bootstrap-Admin-Pass-1");
        int instances = 4;
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<?>> starts = new ArrayList<>();
            for (int i = 0; i < instances; i++) {
                starts.add(pool.submit(() -> {
                    go.await();
                    new AdminBootstrap(accounts, properties).run(new DefaultApplicationArguments());
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> start : starts) {
                start.get(60, TimeUnit.SECONDS); // an exception here would have stopped that instance's start
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("select count(*) from identity_users where email = :email and platform_admin")
                .param("email", email).query(Long.class).single()).isEqualTo(1);
    }
}
