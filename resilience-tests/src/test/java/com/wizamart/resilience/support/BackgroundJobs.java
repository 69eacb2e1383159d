package com.wizamart.resilience.support;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * JobRunr's jobs as its tables (schema {@code jobrunr}) hold them: when a job was due, its state, and which
 * background job server (named after its instance, {@code jobrunr.background-job-server.name}) processed it, once per
 * attempt.
 */
public final class BackgroundJobs {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String COLUMNS = "select id, state, scheduledat at time zone 'UTC' as scheduled, jobasjson"
            + " from jobrunr.jobrunr_jobs";

    private final Database database;

    public BackgroundJobs(Database database) {
        this.database = database;
    }

    /**
     * One job.
     *
     * @param scheduledAt when it was due ({@literal null} for a job enqueued at once).
     * @param processedBy the server of each processing attempt, in order.
     */
    public record Run(String id, String state, Instant scheduledAt, List<String> processedBy) {
    }

    /** Every job of a recurring job, in the order they were due. */
    public List<Run> ofRecurring(String recurringJobId) {
        return runs(database.rows(COLUMNS + " where recurringjobid = ? order by scheduledat", recurringJobId));
    }

    /** The job with this id (imports are queued under their own id), or {@literal null}. */
    public Run job(String id) {
        List<Run> runs = runs(database.rows(COLUMNS + " where id = ?", id));
        return runs.isEmpty() ? null : runs.getFirst();
    }

    private static List<Run> runs(List<Map<String, Object>> rows) {
        List<Run> runs = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            List<String> processedBy = new ArrayList<>();
            for (JsonNode state : JSON.readTree((String) row.get("jobasjson")).get("jobHistory")) {
                if (state.get("@class").asString().endsWith(".ProcessingState")) {
                    processedBy.add(state.get("serverName").asString());
                }
            }
            Timestamp scheduled = (Timestamp) row.get("scheduled");
            runs.add(new Run(((String) row.get("id")).strip(), (String) row.get("state"),
                    scheduled == null ? null : scheduled.toInstant(), processedBy));
        }
        return runs;
    }
}
