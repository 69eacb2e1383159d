package com.wizamart.platform.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.wizamart.identity.PlatformAccounts;
import com.wizamart.support.Fixtures;
import com.wizamart.support.IntegrationTest;

/** The first platform admin, when several instances start at once on a database that has none yet. */
@IntegrationTest
class AdminBootstrapIntegrationTests {

    @Autowired
    PlatformAccounts accounts;

    @Autowired
    JdbcClient jdbc;

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
