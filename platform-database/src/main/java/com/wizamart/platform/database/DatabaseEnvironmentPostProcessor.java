package com.wizamart.platform.database;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Decides where the database is, before anything connects:
 * <ol>
 *   <li>{@code spring.datasource.url} set: a real PostgreSQL server, nothing to do;</li>
 *   <li>{@code wizamart.database.provision-url} set: create a fresh, throwaway database on that server for this JVM
 *       (tests and CI against a real server);</li>
 *   <li>otherwise: start an embedded PostgreSQL (data kept under {@code wizamart.database.embedded.data-directory},
 *       or thrown away when {@code wizamart.database.embedded.ephemeral=true}).</li>
 * </ol>
 * In both provisioned cases migrations run as the superuser that owns the tables and the application connects as
 * the non-owner application role, so Row-Level Security applies to it.
 */
public class DatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (hasText(env.getProperty("spring.datasource.url"))) {
            return;
        }
        String provisionUrl = env.getProperty("wizamart.database.provision-url");
        ProvisionedDatabase database = hasText(provisionUrl)
                ? ProvisionedDatabase.onServer(provisionUrl)
                : ProvisionedDatabase.embedded(
                        env.getProperty("wizamart.database.embedded.data-directory", ".wizamart/postgres"),
                        env.getProperty("wizamart.database.embedded.port", Integer.class, 0),
                        env.getProperty("wizamart.database.embedded.ephemeral", Boolean.class, false));
        Map<String, Object> props = new HashMap<>();
        props.put("spring.datasource.url", database.jdbcUrl());
        props.put("spring.liquibase.url", database.jdbcUrl());
        props.put("spring.liquibase.user", database.ownerUser());
        props.put("spring.liquibase.password", database.ownerPassword());
        env.getPropertySources().addFirst(new MapPropertySource("wizamartProvisionedDatabase", props));
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }

    @Override
    public int getOrder() {
        // after config files and the environment are read
        return Ordered.LOWEST_PRECEDENCE;
    }
}
