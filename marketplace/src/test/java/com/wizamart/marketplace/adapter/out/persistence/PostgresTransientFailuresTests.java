package com.wizamart.marketplace.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Only what the database gets over is retried; everything else would fail again alike. */
class PostgresTransientFailuresTests {

    private final PostgresTransientFailures failures = new PostgresTransientFailures();

    @Test
    void aLostConnectionASerializationFailureADeadlockAndARestartingServerAreTransient() {
        assertThat(failures.isTransient(new DataAccessResourceFailureException("I/O error",
                new PSQLException("An I/O error occurred while sending to the backend.",
                        PSQLState.CONNECTION_FAILURE)))).isTrue();
        assertThat(failures.isTransient(new TransactionSystemException("Could not commit",
                new PSQLException("This connection has been closed.", PSQLState.CONNECTION_DOES_NOT_EXIST))))
                .isTrue();
        assertThat(failures.isTransient(new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("Connection is not available, request timed out")))).isTrue();
        for (String state : new String[] {"40001", "40P01", "57P01", "57P02", "57P03", "08000", "08P01"}) {
            assertThat(failures.isTransient(new UncategorizedSQLException("merge", "insert …",
                    new SQLException("failed", state)))).as(state).isTrue();
        }
        assertThat(failures.isTransient(new CannotAcquireLockException("lock"))).isTrue();
    }

    @Test
    void aConstraintAValueTooLongAndABugAreNot() {
        assertThat(failures.isTransient(new DataIntegrityViolationException("value too long",
                new PSQLException("value too long for type character varying(200)",
                        PSQLState.STRING_DATA_RIGHT_TRUNCATION)))).isFalse();
        assertThat(failures.isTransient(new UncategorizedSQLException("merge", "insert …",
                new SQLException("new row violates check constraint", "23514")))).isFalse();
        assertThat(failures.isTransient(new IllegalStateException("a bug"))).isFalse();
        assertThat(failures.isTransient(new NullPointerException())).isFalse();
    }
}
