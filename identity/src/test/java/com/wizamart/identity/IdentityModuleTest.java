package com.wizamart.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;

/**
 * Identity with the one module it depends on (tenancy: vendors, the vendor-binding transactions under Row-Level
 * Security, the audit trail), against a real PostgreSQL. One configuration for all of identity's module tests, so
 * they share one application context, with {@link Teams} to open vendors and grow their teams, and two marketplaces
 * that vendors' feed sources may name ({@link InstalledMarketplaces}). The signing keys are generated into
 * {@code target/}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = "wizamart.identity.tokens.key-set-file=target/module-tests/jwt-keys.json")
@Import({Teams.class, InstalledMarketplaces.class})
@interface IdentityModuleTest {
}
