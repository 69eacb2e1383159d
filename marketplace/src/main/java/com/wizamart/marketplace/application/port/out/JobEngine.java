package com.wizamart.marketplace.application.port.out;

import java.util.UUID;

/** What the job engine that runs imports knows of one of its jobs (an import's hand-over, see {@code ImportHandedOver}). */
public interface JobEngine {

    /** Where the engine is with a job. */
    enum Outlook {
        /** Queued, scheduled (a retry after back-off) or waiting: the engine will run it. */
        WILL_RUN,
        /** A worker runs it now. */
        RUNNING,
        /** Its last run returned. */
        SUCCEEDED,
        /** It failed with no retry left, or was deleted: the engine will not run it again. */
        GAVE_UP,
        /** The engine does not know it (never handed over, or purged). */
        UNKNOWN
    }

    Outlook outlook(UUID engineJobId);
}
