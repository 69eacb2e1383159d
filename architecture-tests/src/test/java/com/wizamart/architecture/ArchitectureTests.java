package com.wizamart.architecture;

import static com.wizamart.architecture.ProductionClasses.BASE_PACKAGE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

/**
 * The architecture rules, applied to Wizamart's production classes. {@link PlantedViolationsTests} proves that each of
 * these rules fails on a planted violation.
 */
class ArchitectureTests {

    /** The deployable; the application is it and the Maven modules it depends on. */
    static final String APPLICATION = "platform-app";

    /** The context whose adapters ship in Maven modules of their own ({@code marketplace/<x>}). */
    static final String MARKETPLACE = "marketplace";

    /**
     * The Maven modules whose classes the application runs, each with the packages of its sources: read from the
     * poms, so that a new module (a marketplace adapter) needs no entry here.
     */
    static final MavenModules MODULES = MavenModules.ofThisBuild().application(APPLICATION);

    private final JavaClasses production = ProductionClasses.get();

    /**
     * Guards the rules against passing vacuously: the poms were read (the application has its modules), every package
     * of every module's sources has classes among those imported, and the classes were loaded from exactly these
     * modules.
     */
    @Test
    void rulesSeeEveryMavenModule() {
        assertThat(MODULES.all()).extracting(MavenModules.MavenModule::artifactId)
                .contains(APPLICATION, MARKETPLACE, "shared-kernel");
        for (MavenModules.MavenModule module : MODULES.all()) {
            assertThat(module.packages()).as("packages of %s", module.artifactId()).isNotEmpty();
            for (String pkg : module.packages()) {
                assertThat(production.stream().anyMatch(it -> it.getPackageName().equals(pkg)))
                        .as("classes of %s (%s) were imported", pkg, module.artifactId()).isTrue();
            }
        }
        assertThat(production.stream().map(it -> MODULES.moduleOf(it.getSource().orElseThrow().getUri())).distinct())
                .as("the Maven modules the production classes were loaded from")
                .containsExactlyInAnyOrderElementsOf(MODULES.all().stream().map(MavenModules.MavenModule::artifactId)
                        .toList());
    }

    /** A package in two Maven modules would make "the module of a package" ambiguous. */
    @Test
    void noPackageIsSplitAcrossMavenModules() {
        assertThat(MODULES.splitPackages()).isEmpty();
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
        ArchitectureRules.contextsShipInTheirOwnMavenModules(BASE_PACKAGE, MODULES).check(production);
    }

    /** A marketplace adapter that forgets its {@code package-info.java} would silently become part of marketplace. */
    @Test
    void marketplaceAdaptersAreApplicationModulesOfTheirOwn() {
        ArchitectureRules.packagesShippedApartAreApplicationModules(BASE_PACKAGE, MARKETPLACE, MODULES)
                .check(production);
    }

    @Test
    void marketplaceAdaptersUseOnlyTheMarketplaceApiAndSpi() {
        ArchitectureRules.packagesShippedApartUseOnlyTheContextsApiAndSpi(BASE_PACKAGE, MARKETPLACE, MODULES)
                .check(production);
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

    @Test
    void nothingRescansImageIoPlugins() {
        ArchitectureRules.nothingRescansImageIoPlugins(BASE_PACKAGE).check(production);
    }
}
