package com.wizamart.media.adapter.in.job;

import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.springframework.stereotype.Component;

import com.wizamart.media.application.Collecting;

/**
 * Media's recurring work on JobRunr: unused files deleted after their grace period (hourly), files no row knows of
 * (daily, it lists the whole store), and work whose hand-over was lost handed over again (every five minutes).
 */
@Component
public class MediaJobs {

    private final Collecting collecting;

    MediaJobs(Collecting collecting) {
        this.collecting = collecting;
    }

    @Recurring(id = "media-collect-unused", cron = "17 * * * *")
    @Job(name = "Delete media files no product used for the grace period")
    public void collectUnused() {
        collecting.collectUnused();
    }

    @Recurring(id = "media-collect-orphan-files", cron = "41 3 * * *")
    @Job(name = "Delete media files no stored image knows of")
    public void collectOrphanFiles() {
        collecting.collectOrphanFiles();
    }

    @Recurring(id = "media-resubmit-stalled", cron = "*/5 * * * *")
    @Job(name = "Hand over again media work that stalled", retries = 0)
    public void resubmitStalled() {
        collecting.resubmitStalled();
    }
}
