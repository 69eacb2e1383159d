package com.wizamart.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.springframework.core.env.Environment;

/**
 * Runs SQL as the owner of the tables (the migrations' role), for what the application role may not do: add a
 * trigger, write a row of any vendor as it was left by a worker.
 */
public final class AsOwner {

    private AsOwner() {
    }

    public static void run(Environment environment, String sql) {
        try (Connection owner = DriverManager.getConnection(environment.getProperty("spring.liquibase.url"),
                environment.getProperty("spring.liquibase.user"), environment.getProperty("spring.liquibase.password"));
             Statement statement = owner.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
