package com.wizamart.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.jobrunr.jobs.Job;
import org.jobrunr.scheduling.JobScheduler;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import com.wizamart.marketplace.adapter.in.job.ImportJobHandler;
import com.wizamart.marketplace.application.AbandonedImports;
import com.wizamart.support.ApiTest;
import com.wizamart.support.AsOwner;
import com.wizamart.support.Feeds;
import com.wizamart.support.Fixtures;
import com.wizamart.support.Http;
import com.wizamart.support.Imports;

import tools.jackson.databind.JsonNode;

/**
 * Imports that stopped without ending (their worker could not even write the failure) are failed by the every-minute
 * sweep, and then block nothing; one the job engine still runs, or will, is left alone.
 */
class AbandonedImportsIntegrationTests extends ApiTest {

    @Autowired
    AbandonedImports abandoned;

    @Autowired
    JobScheduler scheduler;

    @Autowired
    StorageProvider jobEngine;

    @Autowired
    ImportJobHandler handler;

    @Autowired
    Environment environment;

    @Test
    void anImportTheJobEngineGaveUpOnIsFailedAndTheNextImportIsAccepted() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Imports imports = new Imports(http, vendor.owner().accessToken());
        UUID jobId = runningImport(vendor, 2);
        // the engine's job of it was deleted (as from JobRunr's dashboard): nothing will run it again
        scheduler.schedule(jobId, Instant.now().plus(1, ChronoUnit.DAYS), () -> handler.run(jobId, vendor.id()));
        Job job = jobEngine.getJobById(jobId);
        job.delete("deleted by an operator");
        jobEngine.save(job);
        Http.Response blocked = imports.upload("en", Feeds.generated("A", 3, 0));
        assertThat(blocked.status()).as("the stopped import blocks its feed: " + blocked).isEqualTo(409);

        abandoned.failAll();

        JsonNode failed = imports.job(jobId.toString());
        assertThat(failed.get("status").asString()).as(failed.toString()).isEqualTo("FAILED");
        assertThat(failed.get("message").asString()).isEqualTo("The import stopped unexpectedly after 40 rows; the "
                + "rows imported so far are kept. Try again later.");
        assertThat(failed.get("rowsProcessed").asLong()).isEqualTo(40);
        Http.Response next = imports.upload("en", Feeds.generated("A", 3, 0));
        assertThat(next.status()).as(next.toString()).isEqualTo(202);
        assertThat(imports.await(next.json().get("id").asString()).get("status").asString()).isEqualTo("COMPLETED");
    }

    @Test
    void anImportNoWorkerRunsIsFailedOnlyOnceItStalledLongerThanTheStallTimeout() {
        Fixtures.VendorAccount vendor = fixtures.vendor();
        Imports imports = new Imports(http, vendor.owner().accessToken());
        UUID quiet = runningImport(vendor, 2);
        Fixtures.VendorAccount other = fixtures.vendor();
        UUID stalled = runningImport(other, 11);
        try {
            abandoned.failAll();

            assertThat(imports.job(quiet.toString()).get("status").asString()).as("quiet for less than the stall "
                    + "timeout (10 minutes)").isEqualTo("RUNNING");
            JsonNode failed = new Imports(http, other.owner().accessToken()).job(stalled.toString());
            assertThat(failed.get("status").asString()).as(failed.toString()).isEqualTo("FAILED");
            assertThat(failed.get("message").asString()).startsWith("The import stopped unexpectedly after 40 rows");
        } finally {
            owner("delete from marketplace_import_jobs where id = '" + quiet + "'");
        }
    }

    /** An import row as a worker left it: running, 40 rows committed, unchanged for the given minutes. */
    private UUID runningImport(Fixtures.VendorAccount vendor, int minutesUnchanged) {
        UUID id = UUID.randomUUID();
        owner("""
                insert into marketplace_import_jobs (id, vendor_id, marketplace, language, source, source_name, status,
                  rows_processed, created_count, attempts, created_at, started_at, updated_at)
                values ('%s', '%s', 'letzshop', 'en', 'UPLOAD', 'feed-en.tsv', 'RUNNING', 40, 40, 1,
                  now() - interval '1 hour', now() - interval '1 hour', now() - interval '%d minutes')"""
                .formatted(id, vendor.id(), minutesUnchanged));
        return id;
    }

    private void owner(String sql) {
        AsOwner.run(environment, sql);
    }
}
