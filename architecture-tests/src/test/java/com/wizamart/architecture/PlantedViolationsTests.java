package com.wizamart.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import com.wizamart.architecture.MavenModules.MavenModule;

/**
 * Proves that every architecture rule can fail: each test feeds one rule (built by the same factory as in
 * {@link ArchitectureTests}) the fixture package of its case under {@code archfixtures}, and checks that the rule
 * reports exactly the planted violations, by class name, and none of their innocent neighbours.
 */
class PlantedViolationsTests {

    @Test
    void aCycleBetweenContextsIsReported() {
        String base = "archfixtures.cycles";
        assertThatThrownBy(() -> ArchitectureRules.contextsAreFreeOfCycles(base).check(fixtures(base)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Cycle detected: context alpha -> ")
                .hasMessageContaining("context beta")
                .hasMessageContaining(archfixtures.cycles.alpha.AlphaService.class.getName())
                .hasMessageContaining(archfixtures.cycles.beta.BetaService.class.getName())
                .hasMessageNotContaining(archfixtures.cycles.gamma.GammaService.class.getName());
    }

    @Test
    void aDomainUsingItsApiAnotherContextTheKernelsHelpersOrALibraryIsReported() {
        String base = "archfixtures.domainjdk";
        assertReportsExactly(ArchitectureRules.domainDependsOnNothingButTheJdk(base), fixtures(base),
                archfixtures.domainjdk.shop.domain.BasketUsingItsContextsApi.class,
                archfixtures.domainjdk.shop.domain.BasketUsingAnotherContextsDomain.class,
                archfixtures.domainjdk.shop.domain.BasketUsingSharedKernelPersistence.class,
                archfixtures.domainjdk.shop.domain.BasketUsingALibrary.class);
    }

    @Test
    void aDomainUsingSpringJdbcOrJacksonIsReported() {
        String base = "archfixtures.domainframeworks";
        assertReportsExactly(ArchitectureRules.domainIsFreeOfSpringJdbcAndJackson(base), fixtures(base),
                archfixtures.domainframeworks.shop.domain.SpringComponentOrder.class,
                archfixtures.domainframeworks.shop.domain.EventPublishingOrder.class,
                archfixtures.domainframeworks.shop.domain.ResultSetOrder.class,
                archfixtures.domainframeworks.shop.domain.DataSourceOrder.class,
                archfixtures.domainframeworks.shop.domain.JacksonAnnotatedOrder.class,
                archfixtures.domainframeworks.shop.domain.JsonMappingOrder.class);
    }

    @Test
    void anApplicationUsingAnAdapterAWebOrAJdbcTypeIsReported() {
        String base = "archfixtures.application";
        assertReportsExactly(ArchitectureRules.applicationNeverDependsOnAdaptersWebOrJdbc(base), fixtures(base),
                archfixtures.application.shop.application.PlaceOrderThroughTheAdapter.class,
                archfixtures.application.shop.application.PlaceOrderFromTheServletRequest.class,
                archfixtures.application.shop.application.PlaceOrderFromAnUpload.class,
                archfixtures.application.shop.application.PlaceOrderWithJdbcClient.class,
                archfixtures.application.shop.application.PlaceOrderWithResultSet.class);
    }

    @Test
    void anAdapterUsingAnotherAdapterOrAnotherContextsInternalsIsReported() {
        String base = "archfixtures.adapters";
        assertReportsExactly(ArchitectureRules.adaptersDependOnlyInward(base), fixtures(base),
                archfixtures.adapters.shop.adapter.in.web.ControllerReadingThePersistenceAdapter.class,
                archfixtures.adapters.shop.adapter.in.web.ControllerUsingAnotherContextsInternals.class);
    }

    @Test
    void anythingUsingAnAdapterFromOutsideThatAdapterIsReported() {
        String base = "archfixtures.adapters";
        assertReportsExactly(ArchitectureRules.nothingDependsOnAnAdapter(base), fixtures(base),
                archfixtures.adapters.shop.adapter.in.web.ControllerReadingThePersistenceAdapter.class,
                archfixtures.adapters.shop.application.PlaceOrderThroughTheAdapter.class,
                archfixtures.adapters.shop.ShopApiExposingAnAdapter.class,
                archfixtures.adapters.other.application.OtherServiceUsingShopsAdapter.class);
    }

    @Test
    void anInboundAdapterUsingAnOutboundPortIsReported() {
        String base = "archfixtures.inward";
        assertReportsExactly(ArchitectureRules.inboundAdaptersNeverDependOnOutboundPorts(base), fixtures(base),
                archfixtures.inward.shop.adapter.in.web.ControllerReadingTheStore.class,
                archfixtures.inward.shop.adapter.in.event.ListenerWritingTheStore.class);
    }

    @Test
    void aUseCaseNamedForItsTechnicalRoleIsReported() {
        String base = "archfixtures.naming";
        assertReportsExactly(ArchitectureRules.useCasesAreNamedForTheirCapability(base), fixtures(base),
                archfixtures.naming.shop.application.OrderService.class,
                archfixtures.naming.shop.application.OrderQueries.class,
                archfixtures.naming.shop.application.port.out.OrderStoreImpl.class);
    }

    @Test
    void twoContextsSharingAClassNameAreReported() {
        String base = "archfixtures.names";
        assertReportsExactly(ArchitectureRules.noTwoContextsShareAClassName(base), fixtures(base),
                archfixtures.names.alpha.domain.Price.class,
                archfixtures.names.beta.adapter.Price.class);
    }

    @Test
    void configurationPropertiesInAContextsRootPackageAreReported() {
        String base = "archfixtures.config";
        assertReportsExactly(ArchitectureRules.configurationPropertiesAreNotModuleApi(base), fixtures(base),
                archfixtures.config.shop.ShopProperties.class);
    }

    @Test
    void aRescanOfImageIoPluginsIsReportedAsACallOrAMethodReference() {
        String base = "archfixtures.imageio";
        assertReportsExactly(ArchitectureRules.nothingRescansImageIoPlugins(base), fixtures(base),
                archfixtures.imageio.shop.RescanningPlugins.class,
                archfixtures.imageio.shop.RescanningByReference.class,
                archfixtures.imageio.shop.RescanningTheRegistry.class);
    }

    /**
     * The fixtures are compiled into architecture-tests; giving {@code beta} to tenancy plants a class shipped in the
     * wrong module, and giving {@code gamma} to no module plants a class of no known module.
     */
    @Test
    void aClassShippedOutsideItsContextsMavenModuleIsReported() {
        String base = "archfixtures.shipping";
        MavenModules build = MavenModules.ofThisBuild();
        var rule = ArchitectureRules.contextsShipInTheirOwnMavenModules(base, MavenModules.of(build.root(), List.of(
                MavenModule.of("architecture-tests", directoryOf(build, "architecture-tests"), base + ".alpha"),
                MavenModule.of("tenancy", directoryOf(build, "tenancy"), base + ".beta"))));
        assertReportsExactly(rule, fixtures(base),
                archfixtures.shipping.beta.ShippedInTheWrongModule.class,
                archfixtures.shipping.gamma.ShippedInNoKnownModule.class);
        assertThatThrownBy(() -> rule.check(fixtures(base)))
                .hasMessageContaining("belongs to Maven module <tenancy> but is loaded from <")
                .hasMessageContaining("(module <architecture-tests>)")
                .hasMessageContaining("which belongs to no known Maven module");
    }

    /**
     * The Maven modules a planted adapter ships in are given to the rule: {@code shop} ships the context's own
     * packages, {@code beta} and {@code delta.inner} ship in modules of their own without declaring an application
     * module on their top package ({@code delta} declares it one level too deep).
     */
    @Test
    void anAdapterShippedApartWithoutAnApplicationModuleOfItsOwnIsReported() {
        String base = "archfixtures.adaptermodules";
        MavenModules modules = MavenModules.of(MavenModules.ofThisBuild().root(), List.of(
                MavenModule.of("shop", Path.of("shop"), base + ".shop", base + ".shop.spi", base + ".shop.domain"),
                MavenModule.of("shop-alpha", Path.of("shop/alpha"), base + ".shop.alpha", base + ".shop.alpha.sub"),
                MavenModule.of("shop-beta", Path.of("shop/beta"), base + ".shop.beta"),
                MavenModule.of("shop-delta", Path.of("shop/delta"), base + ".shop.delta.inner")));
        var rule = ArchitectureRules.packagesShippedApartAreApplicationModules(base, "shop", modules);
        assertReportsExactly(rule, fixtures(base),
                archfixtures.adaptermodules.shop.beta.BetaAdapter.class,
                archfixtures.adaptermodules.shop.delta.inner.DeltaAdapter.class);
        assertThatThrownBy(() -> rule.check(fixtures(base)))
                .hasMessageContaining("ships in Maven module <shop-beta>")
                .hasMessageContaining("its package <" + base + ".shop.delta> is no application module of its own");
    }

    @Test
    void anAdapterShippedApartUsingTheContextsInternalsAnotherContextOrAnotherAdapterIsReported() {
        String base = "archfixtures.adapterdeps";
        MavenModules modules = MavenModules.of(MavenModules.ofThisBuild().root(), List.of(
                MavenModule.of("shop", Path.of("shop"), base + ".shop", base + ".shop.spi", base + ".shop.spi.values",
                        base + ".shop.domain", base + ".shop.application"),
                MavenModule.of("shop-alpha", Path.of("shop/alpha"), base + ".shop.alpha", base + ".shop.alpha.format"),
                MavenModule.of("shop-beta", Path.of("shop/beta"), base + ".shop.beta"),
                MavenModule.of("other", Path.of("other"), base + ".other"),
                MavenModule.of("shared-kernel", Path.of("shared-kernel"), base + ".sharedkernel",
                        base + ".sharedkernel.persistence")));
        assertReportsExactly(ArchitectureRules.packagesShippedApartUseOnlyTheContextsApiAndSpi(base, "shop", modules),
                fixtures(base),
                archfixtures.adapterdeps.shop.alpha.AlphaUsingTheDomain.class,
                archfixtures.adapterdeps.shop.alpha.AlphaUsingAnotherContext.class,
                archfixtures.adapterdeps.shop.alpha.AlphaUsingAnotherAdapter.class,
                archfixtures.adapterdeps.shop.alpha.AlphaUsingTheKernelsHelpers.class);
    }

    @Test
    void aControllerOutsideAWebAdapterIsReportedUnlessInAnExemptPackage() {
        String base = "archfixtures.controllers";
        assertReportsExactly(ArchitectureRules.controllersLiveOnlyInWebAdapters(base, "platform"), fixtures(base),
                archfixtures.controllers.shop.application.ControllerInTheApplication.class,
                archfixtures.controllers.shop.ControllerInTheApi.class,
                archfixtures.controllers.shop.adapter.out.persistence.ControllerInThePersistenceAdapter.class);
    }

    @Test
    void aPersistenceRowOutsideAPersistenceAdapterIsReported() {
        String base = "archfixtures.rows";
        assertReportsExactly(ArchitectureRules.persistenceRowsLiveOnlyInPersistenceAdapters(base), fixtures(base),
                archfixtures.rows.shop.domain.BasketRow.class,
                archfixtures.rows.shop.application.CheckoutRecord.class,
                archfixtures.rows.shop.adapter.in.web.OrderResponseRow.class);
    }

    private static Path directoryOf(MavenModules build, String artifactId) {
        return build.module(artifactId).orElseThrow().directory();
    }

    static JavaClasses fixtures(String fixturePackage) {
        JavaClasses classes = new ClassFileImporter().importPackages(fixturePackage);
        assertThat(classes).as("fixture classes of " + fixturePackage).isNotEmpty();
        return classes;
    }

    /**
     * The rule fails with an {@link AssertionError} naming every offender, and the classes it reports (the origins of
     * offending dependencies, or the offending classes themselves) are exactly the offenders.
     */
    static void assertReportsExactly(ArchRule rule, JavaClasses fixtures, Class<?>... offenders) {
        var failure = assertThatThrownBy(() -> rule.check(fixtures)).isInstanceOf(AssertionError.class);
        for (Class<?> offender : offenders) {
            failure.hasMessageContaining(offender.getName());
        }
        assertThat(reportedClasses(rule.evaluate(fixtures)))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(offenders).map(Class::getName)
                        .collect(Collectors.toSet()));
    }

    /** @return the top-level classes a rule reports, whether it reports dependencies or classes. */
    static Set<String> reportedClasses(EvaluationResult result) {
        Set<String> reported = new TreeSet<>();
        result.<Dependency>handleViolations((dependencies, message) ->
                dependencies.forEach(it -> reported.add(topLevel(it.getOriginClass()))));
        result.<JavaClass>handleViolations((classes, message) -> classes.forEach(it -> reported.add(topLevel(it))));
        result.<JavaAccess<?>>handleViolations((accesses, message) ->
                accesses.forEach(it -> reported.add(topLevel(it.getOriginOwner()))));
        return reported;
    }

    private static String topLevel(JavaClass type) {
        String name = type.getName();
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }
}
