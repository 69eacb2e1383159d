package com.wizamart.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * A local start (the default profile) logs in Spring Boot's plain console format; the production profile writes one
 * ECS JSON object per line. Read from the configuration files as Spring Boot reads them, without the machine's
 * environment (a developer's {@code WIZAMART_LOG_FORMAT} would choose otherwise, as it should).
 */
class ConsoleLogFormatTests {

    private static final String FORMAT = "logging.structured.format.console";

    @Test
    void aLocalStartLogsPlainText() throws IOException {
        assertThat(configuration().getProperty(FORMAT)).isEmpty();
    }

    @Test
    void theProductionProfileLogsEcsJson() throws IOException {
        assertThat(configuration("production").getProperty(FORMAT)).isEqualTo("ecs");
    }

    /** @return application.yaml with the profiles' files on top, the later profile first. */
    private static StandardEnvironment configuration(String... profiles) throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        MutablePropertySources sources = environment.getPropertySources();
        sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        sources.addFirst(load("application.yaml"));
        for (String profile : profiles) {
            sources.addFirst(load("application-" + profile + ".yaml"));
        }
        return environment;
    }

    private static PropertySource<?> load(String file) throws IOException {
        return new YamlPropertySourceLoader().load(file, new ClassPathResource(file)).getFirst();
    }
}
