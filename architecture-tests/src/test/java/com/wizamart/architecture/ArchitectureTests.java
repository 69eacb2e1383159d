package com.wizamart.architecture;

import static com.wizamart.architecture.ProductionClasses.BASE_PACKAGE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClasses;

/**
 * The architecture rules, applied to Wizamart's production classes. {@link PlantedViolationsTests} proves that each of
 * these rules fails on a planted violation.
 */
class ArchitectureTests {

    /** Maven module (artifact id) per first package level below {@code com.wizamart}; {@code ""} is the root. */
    static final Map<String, String> MAVEN_MODULE_BY_PACKAGE = Map.of(
            "", "platform-app",
            "sharedkernel", "shared-kernel",
            "tenancy", "tenancy",
            "identity", "identity",
            "marketplace", "marketplace",
            "catalog", "catalog",
            "inventory", "inventory",
            "ordering", "ordering",
            "platform", "platform-app",
            "dashboard", "platform-app");

    /**
     * Known violations of {@link ArchitectureRules#domainDependsOnNothingButTheJdk(String)}: domain class to the
     * context API type it uses. Tolerated one by one (nothing else in these classes, no other class) until fixed;
     * {@link #knownDomainViolationsAreStillPresent()} makes sure each entry is removed once it is.
     */
    static final Map<String, String> KNOWN_DOMAIN_VIOLATIONS = Map.of(
            // the vendor aggregate keeps the API record BusinessDetails as its value object
            "com.wizamart.tenancy.domain.Vendor", "com.wizamart.tenancy.BusinessDetails",
            // roles validate against the permission catalogue, which lives in identity's API
            "com.wizamart.identity.domain.Role", "com.wizamart.identity.Permissions",
            "com.wizamart.identity.domain.DefaultRoles", "com.wizamart.identity.Permissions");

    private static final DescribedPredicate<Dependency> KNOWN_DOMAIN_VIOLATION = DescribedPredicate.describe(
            "a known domain violation", it -> it.getTargetClass().getName()
                    .equals(KNOWN_DOMAIN_VIOLATIONS.get(it.getOriginClass().getName())));

    private final JavaClasses production = ProductionClasses.get();

    /** Guards the rules against passing vacuously: every Maven module's classes were imported. */
    @Test
    void rulesSeeEveryMavenModule() {
        assertThat(production.stream().map(it -> ArchitectureRules.contextOf(BASE_PACKAGE, it).orElse("")))
                .containsAll(MAVEN_MODULE_BY_PACKAGE.keySet());
    }

    @Test
    void contextsAreFreeOfCycles() {
        ArchitectureRules.contextsAreFreeOfCycles(BASE_PACKAGE).check(production);
    }

    @Test
    void domainDependsOnNothingButTheJdk() {
        ArchitectureRules.domainDependsOnNothingButTheJdk(BASE_PACKAGE, KNOWN_DOMAIN_VIOLATION).check(production);
    }

    @Test
    void knownDomainViolationsAreStillPresent() {
        KNOWN_DOMAIN_VIOLATIONS.forEach((origin, target) -> assertThat(production.get(origin)
                .getDirectDependenciesFromSelf())
                .as("%s still depends on %s (else drop it from KNOWN_DOMAIN_VIOLATIONS)", origin, target)
                .anyMatch(it -> it.getTargetClass().getName().equals(target)));
    }

    @Test
    void domainIsFreeOfSpringJdbcAndJackson() {
        ArchitectureRules.domainIsFreeOfSpringJdbcAndJackson(BASE_PACKAGE).check(production);
    }

    @Test
    void applicationNeverDependsOnAdaptersWebOrJdbc() {
        ArchitectureRules.applicationNeverDependsOnAdaptersWebOrJdbc(BASE_PACKAGE).check(production);
    }

    @Test
    void adaptersDependOnlyInward() {
        ArchitectureRules.adaptersDependOnlyInward(BASE_PACKAGE).check(production);
    }

    @Test
    void nothingDependsOnAnAdapter() {
        ArchitectureRules.nothingDependsOnAnAdapter(BASE_PACKAGE).check(production);
    }

    @Test
    void everyContextShipsInItsOwnMavenModule() {
        ArchitectureRules.contextsShipInTheirOwnMavenModules(BASE_PACKAGE, MAVEN_MODULE_BY_PACKAGE).check(production);
    }

    /** {@code com.wizamart.platform} is infrastructure (error controller, filters): its controllers are exempt. */
    @Test
    void controllersLiveOnlyInWebAdapters() {
        ArchitectureRules.controllersLiveOnlyInWebAdapters(BASE_PACKAGE, "platform").check(production);
    }

    @Test
    void persistenceRowsLiveOnlyInPersistenceAdapters() {
        ArchitectureRules.persistenceRowsLiveOnlyInPersistenceAdapters(BASE_PACKAGE).check(production);
    }
}
