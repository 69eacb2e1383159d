package com.wizamart.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import com.wizamart.marketplace.application.ImportDispatcher;
import com.wizamart.support.ApiTest;
import com.wizamart.support.AsOwner;
import com.wizamart.support.Fixtures;

/**
 * An import that ends while a worker's claim of it waits for its row (failed by the abandoned-imports sweep, which
 * does not take the vendor's slot lock, or cancelled while pending) is not started again by that claim.
 */
class ImportClaimRaceIntegrationTests extends ApiTest {

    @Autowired
    ImportDispatcher dispatcher;

    @Autowired
    Environment environment;

    @Test
    void anImportFailedWhileItsClaimWaitsIsNotStartedAgain() throws Exception {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        UUID job = UUID.randomUUID();
        UUID engineJob = UUID.randomUUID();
        AsOwner.run(environment, """
                insert into marketplace_import_jobs (id, vendor_id, marketplace, language, source, source_name, status,
                  rows_processed, created_count, attempts, created_at, started_at, engine_job_id)
                values ('%s', '%s', 'letzshop', 'en', 'UPLOAD', 'feed-en.tsv', 'RUNNING', 40, 40, 1,
                  now() - interval '1 hour', now() - interval '1 hour', '%s')""".formatted(job, vendor.id(), engineJob));
        try (Connection sweep = owner(); Statement statement = sweep.createStatement()) {
            sweep.setAutoCommit(false);
            // the sweep fails the import; its transaction has not committed yet
            statement.executeUpdate("update marketplace_import_jobs set status = 'FAILED', finished_at = now(), "
                    + "message = 'The import stopped unexpectedly' where id = '" + job + "'");

            // the engine job the import runs on is run again (a retry) and claims it meanwhile
            CompletableFuture<ImportDispatcher.Claim> claim = CompletableFuture.supplyAsync(
                    () -> dispatcher.claim(job, vendor.id(), engineJob));
            awaitWaitingForARowLock(claim);
            sweep.commit();

            assertThat(claim.get(30, TimeUnit.SECONDS).outcome()).isEqualTo(ImportDispatcher.Outcome.ENDED);
            try (ResultSet row = statement.executeQuery(
                    "select status, attempts from marketplace_import_jobs where id = '" + job + "'")) {
                row.next();
                assertThat(row.getString("status")).isEqualTo("FAILED");
                assertThat(row.getInt("attempts")).isEqualTo(1);
            }
            sweep.commit();
        } finally {
            AsOwner.run(environment, "delete from marketplace_import_jobs where id = '" + job + "'");
        }
    }

    /** Until another session waits for a lock (the claim's update of the row the sweep holds), or the claim ended. */
    private void awaitWaitingForARowLock(CompletableFuture<?> claim) throws SQLException, InterruptedException {
        try (Connection watcher = owner(); Statement statement = watcher.createStatement()) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!claim.isDone() && System.nanoTime() < deadline) {
                try (ResultSet waiting = statement.executeQuery(
                        "select count(*) from pg_locks where not granted and locktype = 'transactionid'")) {
                    waiting.next();
                    if (waiting.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
    }

    private Connection owner() throws SQLException {
        return DriverManager.getConnection(environment.getProperty("spring.liquibase.url"),
                environment.getProperty("spring.liquibase.user"), environment.getProperty("spring.liquibase.password"));
    }
}
