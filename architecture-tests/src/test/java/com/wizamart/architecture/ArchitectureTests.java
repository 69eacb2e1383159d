package com.wizamart.architecture;

import static com.wizamart.architecture.ProductionClasses.BASE_PACKAGE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

/**
 * The architecture rules, applied to Wizamart's production classes. {@link PlantedViolationsTests} proves that each of
 * these rules fails on a planted violation.
 */
class ArchitectureTests {

    /** Maven module (artifact id) per package below {@code com.wizamart} (longest match wins); {@code ""} is the root. */
    static final Map<String, String> MAVEN_MODULE_BY_PACKAGE = Map.ofEntries(
            Map.entry("", "platform-app"),
            Map.entry("sharedkernel", "shared-kernel"),
            Map.entry("tenancy", "tenancy"),
            Map.entry("identity", "identity"),
            Map.entry("marketplace", "marketplace"),
            Map.entry("catalog", "catalog"),
            Map.entry("inventory", "inventory"),
            Map.entry("ordering", "ordering"),
            Map.entry("platform", "platform-app"),
            Map.entry("platform.database", "platform-database"),
            Map.entry("dashboard", "platform-app"),
            Map.entry("marketplace.letzshop", "marketplace-letzshop"));

    private final JavaClasses production = ProductionClasses.get();

    /** Guards the rules against passing vacuously: every Maven module's classes were imported. */
    @Test
    void rulesSeeEveryMavenModule() {
        for (String key : MAVEN_MODULE_BY_PACKAGE.keySet()) {
            String pkg = key.isEmpty() ? BASE_PACKAGE : BASE_PACKAGE + "." + key;
            assertThat(production.stream().anyMatch(it -> it.getPackageName().equals(pkg)
                    || it.getPackageName().startsWith(pkg + ".")))
                    .as("classes of %s were imported", pkg).isTrue();
        }
    }

    @Test
    void contextsAreFreeOfCycles() {
        ArchitectureRules.contextsAreFreeOfCycles(BASE_PACKAGE).check(production);
    }

    @Test
    void domainDependsOnNothingButTheJdk() {
        ArchitectureRules.domainDependsOnNothingButTheJdk(BASE_PACKAGE).check(production);
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
    void inboundAdaptersNeverDependOnOutboundPorts() {
        ArchitectureRules.inboundAdaptersNeverDependOnOutboundPorts(BASE_PACKAGE).check(production);
    }

    @Test
    void useCasesAreNamedForTheirCapability() {
        ArchitectureRules.useCasesAreNamedForTheirCapability(BASE_PACKAGE).check(production);
    }

    @Test
    void noTwoContextsShareAClassName() {
        ArchitectureRules.noTwoContextsShareAClassName(BASE_PACKAGE).check(production);
    }

    @Test
    void configurationPropertiesAreNotModuleApi() {
        ArchitectureRules.configurationPropertiesAreNotModuleApi(BASE_PACKAGE).check(production);
    }

    @Test
    void persistenceRowsLiveOnlyInPersistenceAdapters() {
        ArchitectureRules.persistenceRowsLiveOnlyInPersistenceAdapters(BASE_PACKAGE).check(production);
    }
}
