package com.wizamart.identity.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.wizamart.identity.UserStatistics.UserCounts;
import com.wizamart.identity.application.port.in.UserQuery;
import com.wizamart.identity.application.port.out.UserStore;
import com.wizamart.identity.domain.EmailAddress;
import com.wizamart.identity.domain.User;
import com.wizamart.sharedkernel.DomainException;
import com.wizamart.sharedkernel.persistence.SqlLike;
import com.wizamart.sharedkernel.persistence.SqlSort;

@Repository
class JdbcUserStore implements UserStore {

    private static final String SELECT = """
            select id, email, password_hash, first_name, last_name, platform_admin, active, must_change_password,
              created_at, last_login_at, version, credentials_version from identity_users""";
    private static final Map<String, String> SORTABLE = Map.of("email", "email", "createdAt", "created_at",
            "lastName", "last_name", "lastLoginAt", "last_login_at");

    private final JdbcClient jdbc;

    JdbcUserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public User save(User u) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", u.id());
        p.put("email", u.email().value());
        p.put("hash", u.passwordHash());
        p.put("first", u.firstName());
        p.put("last", u.lastName());
        p.put("admin", u.platformAdmin());
        p.put("active", u.active());
        p.put("mustChange", u.mustChangePassword());
        p.put("createdAt", Timestamp.from(u.createdAt()));
        p.put("now", Timestamp.from(Instant.now()));
        p.put("version", u.version());
        if (u.version() == null) {
            jdbc.sql("""
                    insert into identity_users (id, email, password_hash, first_name, last_name, platform_admin, active,
                      must_change_password, created_at, updated_at, version)
                    values (:id, :email, :hash, :first, :last, :admin, :active, :mustChange, :createdAt, :now, 0)""")
                    .params(p).update();
        } else if (jdbc.sql("""
                update identity_users set password_hash = :hash, first_name = :first, last_name = :last,
                  platform_admin = :admin, active = :active, must_change_password = :mustChange, updated_at = :now,
                  version = version + 1,
                  credentials_version = credentials_version
                    + case when password_hash is distinct from :hash or (active and not :active) then 1 else 0 end
                where id = :id and version = :version""").params(p).update() == 0) {
            throw new DomainException(DomainException.Kind.CONFLICT, "CONCURRENT_MODIFICATION",
                    "The user was changed by someone else; reload and try again.");
        }
        return findById(u.id()).orElseThrow();
    }

    @Override
    public Optional<User> findById(UUID id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(JdbcUserStore::map).optional();
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return jdbc.sql(SELECT + " where email = :email").param("email", email.value()).query(JdbcUserStore::map)
                .optional();
    }

    @Override
    public Optional<Long> credentialsVersion(UUID id) {
        return jdbc.sql("select credentials_version from identity_users where id = :id and active").param("id", id)
                .query(Long.class).optional();
    }

    @Override
    public void moveCredentialsVersion(UUID id) {
        jdbc.sql("update identity_users set credentials_version = credentials_version + 1 where id = :id")
                .param("id", id).update();
    }

    @Override
    public void recordLogin(UUID id) {
        jdbc.sql("update identity_users set last_login_at = now() where id = :id").param("id", id).update();
    }

    @Override
    public Page<User> search(UserQuery q, Pageable pageable) {
        StringBuilder where = new StringBuilder("true");
        Map<String, Object> p = new LinkedHashMap<>();
        if (q.search() != null && !q.search().isBlank()) {
            where.append(" and (email ilike :q escape '\\' or first_name ilike :q escape '\\'"
                    + " or last_name ilike :q escape '\\')");
            p.put("q", SqlLike.contains(q.search()));
        }
        if (q.active() != null) {
            where.append(" and active = :active");
            p.put("active", q.active());
        }
        if (q.platformAdmin() != null) {
            where.append(" and platform_admin = :admin");
            p.put("admin", q.platformAdmin());
        }
        long total = jdbc.sql("select count(*) from identity_users where " + where).params(p).query(Long.class).single();
        List<User> content = jdbc.sql(SELECT + " where " + where + " order by "
                        + SqlSort.orderBy(pageable.getSort(), SORTABLE, "created_at desc") + ", id limit :limit offset :offset")
                .params(p).param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query(JdbcUserStore::map).list();
        return new PageImpl<>(content, pageable, total);
    }

    @Override
    public UserCounts counts() {
        return jdbc.sql("""
                        select count(*) as total, count(*) filter (where active) as active,
                          count(*) filter (where platform_admin) as admins
                        from identity_users""")
                .query((rs, row) -> new UserCounts(rs.getLong("total"),
                        rs.getLong("active"), rs.getLong("admins"))).single();
    }

    private static User map(ResultSet rs, int row) throws SQLException {
        Timestamp lastLogin = rs.getTimestamp("last_login_at");
        return new User(rs.getObject("id", UUID.class), new EmailAddress(rs.getString("email")),
                rs.getString("password_hash"), rs.getString("first_name"), rs.getString("last_name"),
                rs.getBoolean("platform_admin"), rs.getBoolean("active"), rs.getBoolean("must_change_password"),
                rs.getTimestamp("created_at").toInstant(), lastLogin == null ? null : lastLogin.toInstant(),
                rs.getLong("version"), rs.getLong("credentials_version"));
    }
}
