package com.wizamart.platform.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import com.wizamart.identity.PlatformAccounts;

/**
 * Makes sure the first platform admin exists ({@code wizamart.admin.email}); nothing happens when the email is empty
 * or the account exists. A generated password is printed once; a configured one never is. Instances starting together
 * may all find no admin: one creates it, the others lose on the email's unique index and find it then.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final PlatformAccounts accounts;
    private final AdminProperties properties;

    AdminBootstrap(PlatformAccounts accounts, AdminProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (properties.email() == null || properties.email().isBlank()) {
            return;
        }
        boolean generated = properties.password() == null || properties.password().isBlank();
        String password = generated ? Passwords.generate() : properties.password();
        boolean created;
        try {
            created = accounts.ensurePlatformAdmin(properties.email(), password, "Platform", "Admin");
        } catch (DataIntegrityViolationException createdMeanwhile) {
            created = accounts.ensurePlatformAdmin(properties.email(), password, "Platform", "Admin");
        }
        if (created && generated) {
            log.warn(StartupNotice.framed("Platform admin created: " + properties.email() + " / " + password
                    + " (shown once; set wizamart.admin.password to choose it)"));
        } else if (created) {
            log.info(StartupNotice.framed("Platform admin created: " + properties.email() + " (password as configured)"));
        }
    }

    /**
     * The first platform admin ({@code wizamart.admin.*}).
     *
     * @param email    created on start-up when no user has it; empty to skip.
     * @param password its password; generated and printed once when empty.
     */
    @ConfigurationProperties("wizamart.admin")
    record AdminProperties(String email, String password) {
    }
}
