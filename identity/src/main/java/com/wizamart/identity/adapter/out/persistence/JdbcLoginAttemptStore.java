package com.wizamart.identity.adapter.out.persistence;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wizamart.identity.application.port.out.LoginAttemptStore;

/** Failed-login counters shared by all instances; one upsert per failure. */
@Repository
class JdbcLoginAttemptStore implements LoginAttemptStore {

    private final JdbcClient jdbc;

    JdbcLoginAttemptStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Instant> lockedUntil(String key, Instant now) {
        return jdbc.sql("select locked_until from identity_login_attempts where key = :key and locked_until > :now")
                .param("key", key).param("now", Timestamp.from(now)).query(Timestamp.class).optional()
                .map(Timestamp::toInstant);
    }

    @Override
    public void recordFailure(String key, Instant now, Duration window, int maxFailures, Duration lockout) {
        Timestamp windowStart = Timestamp.from(now.minus(window));
        jdbc.sql("""
                insert into identity_login_attempts as a (key, failures, window_start) values (:key, 1, :now)
                on conflict (key) do update set
                  failures = case when a.window_start < :windowStart then 1 else a.failures + 1 end,
                  window_start = case when a.window_start < :windowStart then :now else a.window_start end""")
                .param("key", key).param("now", Timestamp.from(now)).param("windowStart", windowStart).update();
        jdbc.sql("""
                update identity_login_attempts set locked_until = :until, failures = 0, window_start = :now
                where key = :key and failures >= :max""")
                .param("until", Timestamp.from(now.plus(lockout))).param("now", Timestamp.from(now))
                .param("key", key).param("max", maxFailures).update();
    }

    @Override
    public void reset(String key) {
        jdbc.sql("delete from identity_login_attempts where key = :key").param("key", key).update();
    }
}
