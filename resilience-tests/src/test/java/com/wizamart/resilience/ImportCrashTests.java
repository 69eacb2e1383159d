package com.wizamart.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.wizamart.resilience.support.Accounts;
import com.wizamart.resilience.support.Api;
import com.wizamart.resilience.support.Instance;
import com.wizamart.resilience.support.LetzshopFeed;

/**
 * An instance dies (SIGKILL) in the middle of a 200,000-row import; another starts on the same database. JobRunr
 * finds the job orphaned (its server stopped sending heartbeats) and runs it again; the import resumes after its last
 * committed chunk. It must finish once, with exact counts, no staged row twice, the job's figures matching the
 * staging table, and {@code ImportCompleted} published once.
 */
class ImportCrashTests extends CrashScenario {

    private static final int ROWS = 200_000;
    private static final Set<String> FINAL = Set.of("COMPLETED", "COMPLETED_WITH_ERRORS", "FAILED", "CANCELLED");

    /**
     * JobRunr's defaults as the application sets them (poll every 5 s, a server is dead after 4 polls without a
     * heartbeat): the smallest JobRunr accepts, so the orphaned job is taken up again about 20 s after the kill.
     */
    private static final Map<String, String> SETTINGS = Map.of(
            "jobrunr.background-job-server.poll-interval-in-seconds", "5",
            "jobrunr.background-job-server.server-timeout-poll-interval-multiplicand", "4");

    @Test
    void anImportKilledHalfwayFinishesOnceWithExactCountsAfterARestart() {
        scenario(() -> {
            Instant begin = Instant.now();
            Path feed = LetzshopFeed.write(work.resolve("feed-200k.tsv"), "P", ROWS, 0);
            Instance first = start("import-1", SETTINGS);
            Accounts accounts = new Accounts(first.api());
            Accounts.Vendor vendor = accounts.vendor(accounts.admin());
            log("first instance up, vendor " + vendor.code() + " after " + seconds(begin));

            Api.Response started = first.api().upload(
                    "/api/v1/vendor/marketplace/import/upload?marketplace=letzshop&language=en", vendor.ownerToken(),
                    "file", feed);
            Accounts.expect(started, 202);
            UUID jobId = UUID.fromString(started.json().get("id").asString());

            // kill once some chunks are committed and most are not (a quarter in: the rest takes seconds, not ms)
            long committed = await("import " + jobId + " to commit a quarter of its rows", Duration.ofSeconds(120),
                    Duration.ofMillis(50), () -> {
                        long rows = rowsProcessed(jobId);
                        return rows >= ROWS / 4 ? rows : null;
                    });
            first.kill();
            long atKill = rowsProcessed(jobId);
            log("killed import-1 at " + atKill + " committed rows (seen " + committed + ") after " + seconds(begin));
            assertThat(atKill).as("rows committed when the instance was killed: the kill must come mid-import")
                    .isGreaterThan(0).isLessThan(ROWS);
            assertThat(database.value("select status from marketplace_import_jobs where id = ?", jobId))
                    .as("job status right after the kill").isEqualTo("RUNNING");
            assertThat(database.count("select count(*) from marketplace_staged_products where last_job_id = ?", jobId))
                    .as("staged rows right after the kill: exactly the committed chunks").isEqualTo(atKill);

            Instance second = start("import-2", SETTINGS);
            log("second instance up after " + seconds(begin));
            Api api = second.api();
            String status = await("import " + jobId + " to end on the second instance", Duration.ofSeconds(150),
                    Duration.ofMillis(500), () -> {
                        Api.Response job = api.get("/api/v1/vendor/marketplace/jobs/" + jobId, vendor.ownerToken());
                        String s = Accounts.expect(job, 200).get("status").asString();
                        return FINAL.contains(s) ? s : null;
                    });
            log("import ended " + status + " after " + seconds(begin));

            Map<String, Object> job = database.rows("""
                    select status, rows_total, rows_processed, created_count, updated_count, unchanged_count,
                      failed_count, error_count, attempts, message from marketplace_import_jobs where id = ?""", jobId)
                    .getFirst();
            assertThat(job.get("status")).as("job status (message: %s)", job.get("message")).isEqualTo("COMPLETED");
            assertThat(((Number) job.get("attempts")).intValue())
                    .as("attempts: the killed one and the one that resumed it").isGreaterThanOrEqualTo(2);
            assertThat(number(job, "rows_processed")).as("rows processed").isEqualTo(ROWS);
            assertThat(number(job, "rows_total")).as("rows total").isEqualTo(ROWS);
            assertThat(number(job, "created_count")).as("created").isEqualTo(ROWS);
            assertThat(number(job, "updated_count")).as("updated").isZero();
            assertThat(number(job, "unchanged_count")).as("unchanged").isZero();
            assertThat(number(job, "failed_count")).as("failed").isZero();
            assertThat(number(job, "error_count")).as("row errors").isZero();
            assertThat(number(job, "created_count") + number(job, "updated_count") + number(job, "unchanged_count")
                    + number(job, "failed_count")).as("created + updated + unchanged + failed = rows processed")
                    .isEqualTo(number(job, "rows_processed"));

            Map<String, Object> staged = database.rows("""
                    select count(*) as rows, count(distinct external_id) as ids,
                      count(*) filter (where first_job_id = ? and last_job_id = ?) as of_job,
                      count(*) filter (where external_id ~ '^P-[0-9]+$'
                        and substring(external_id from 3)::int between 1 and ?) as expected_ids
                    from marketplace_staged_products where vendor_id = ? and marketplace = 'letzshop'""",
                    jobId, jobId, ROWS, vendor.id()).getFirst();
            assertThat(number(staged, "rows")).as("staged rows of the vendor's marketplace = the job's created count")
                    .isEqualTo(number(job, "created_count"));
            assertThat(number(staged, "ids")).as("distinct staged external ids (no row staged twice)")
                    .isEqualTo(ROWS);
            assertThat(number(staged, "expected_ids")).as("staged rows that are the feed's ids P-1..P-" + ROWS)
                    .isEqualTo(ROWS);
            assertThat(number(staged, "of_job")).as("staged rows first and last written by this job").isEqualTo(ROWS);
            assertThat(database.count("select count(*) from marketplace_import_errors where job_id = ?", jobId))
                    .as("stored row errors").isZero();
            assertThat(database.count("""
                    select count(*) from marketplace_import_jobs where vendor_id = ?""", vendor.id()))
                    .as("import jobs of the vendor (the crash started no second job)").isEqualTo(1);

            // ImportCompleted: one publication per listener for this job, each completed (the catalog's refresh ran)
            String eventType = "com.wizamart.marketplace.ImportCompleted";
            List<Map<String, Object>> publications = await("the ImportCompleted publications to complete",
                    Duration.ofSeconds(60), () -> {
                        List<Map<String, Object>> rows = database.rows("""
                                select listener_id, completion_date, status from event_publication
                                where event_type = ? and serialized_event like ?""", eventType, "%" + jobId + "%");
                        return !rows.isEmpty() && rows.stream().allMatch(r -> r.get("completion_date") != null)
                                ? rows : null;
                    });
            assertThat(publications).as("ImportCompleted publications of job %s", jobId)
                    .extracting(r -> r.get("listener_id"))
                    .containsExactly("catalog.refresh-published-products");
            assertThat(database.count("select count(*) from event_publication where event_type = ?", eventType))
                    .as("ImportCompleted publications in all").isEqualTo(1);
            assertThat(database.count("select count(*) from catalog_import_refreshes where job_id = ?", jobId))
                    .as("catalog refreshes of the job (the event was handled once)").isEqualTo(1);
            assertThat(database.count("""
                    select count(*) from jobrunr.jobrunr_jobs where id = ? and state = 'SUCCEEDED'""",
                    jobId.toString()))
                    .as("JobRunr's job %s succeeded", jobId).isEqualTo(1);
            log("verified after " + seconds(begin));
        });
    }

    private long rowsProcessed(UUID jobId) {
        return database.count("select rows_processed from marketplace_import_jobs where id = ?", jobId);
    }

    private static long number(Map<String, Object> row, String column) {
        Object value = row.get(column);
        if (value == null) {
            throw new AssertionError(column + " is null in " + row);
        }
        return ((Number) value).longValue();
    }
}
