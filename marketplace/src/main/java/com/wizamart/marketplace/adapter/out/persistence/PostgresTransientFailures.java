package com.wizamart.marketplace.adapter.out.persistence;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.stereotype.Component;

import com.wizamart.marketplace.application.port.out.TransientFailures;

/**
 * Tells failures the database gets over, so that the same work may succeed when tried again, from the others.
 * Transient: what Spring classifies so ({@link TransientDataAccessException}: lock and serialization conflicts,
 * timeouts; {@link RecoverableDataAccessException}; {@link CannotGetJdbcConnectionException}), what JDBC does
 * ({@link SQLTransientException}, {@link SQLRecoverableException}: the pool had no connection in time), and, found
 * anywhere in the causes, PostgreSQL's SQLSTATEs of a lost or refused connection (class {@code 08}), a serialization
 * failure ({@code 40001}), a deadlock ({@code 40P01}) and a server shutting down or starting ({@code 57P01},
 * {@code 57P02}, {@code 57P03}). Everything else (a constraint, a value too long, a bug) would fail again alike.
 * The SQLSTATEs are looked at because Spring reads a lost connection ({@code 08}) as a resource failure, which it does
 * not count as transient.
 */
@Component
class PostgresTransientFailures implements TransientFailures {

    /** Causes looked at: enough for any real chain, and an end to a chain that loops. */
    private static final int MAX_CAUSES = 32;
    private static final Set<String> TRANSIENT_STATES = Set.of("40001", "40P01", "57P01", "57P02", "57P03");

    @Override
    public boolean isTransient(Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_CAUSES; depth++, t = t.getCause()) {
            if (t instanceof TransientDataAccessException || t instanceof RecoverableDataAccessException
                    || t instanceof CannotGetJdbcConnectionException || t instanceof SQLTransientException
                    || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && isTransient(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransient(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || TRANSIENT_STATES.contains(sqlState));
    }
}
