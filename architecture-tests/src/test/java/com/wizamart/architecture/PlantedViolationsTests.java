package com.wizamart.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;

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

    /**
     * The fixtures are compiled into architecture-tests; mapping {@code beta} to tenancy plants a class shipped in
     * the wrong module, and leaving {@code gamma} unmapped plants a class of no known module.
     */
    @Test
    void aClassShippedOutsideItsContextsMavenModuleIsReported() {
        String base = "archfixtures.shipping";
        var rule = ArchitectureRules.contextsShipInTheirOwnMavenModules(base,
                Map.of("alpha", "architecture-tests", "beta", "tenancy"));
        assertReportsExactly(rule, fixtures(base),
                archfixtures.shipping.beta.ShippedInTheWrongModule.class,
                archfixtures.shipping.gamma.ShippedInNoKnownModule.class);
        assertThatThrownBy(() -> rule.check(fixtures(base)))
                .hasMessageContaining("belongs to Maven module <tenancy> but is loaded from <")
                .hasMessageContaining("(module <architecture-tests>)")
                .hasMessageContaining("which belongs to no known Maven module");
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

    @Test
    void mavenModulesAreRecognisedFromClassFoldersAndJars() {
        assertThat(ArchitectureRules.mavenModuleOf(java.net.URI.create(
                "file:/work/wizamart/tenancy/target/classes/com/wizamart/tenancy/Vendors.class"))).isEqualTo("tenancy");
        assertThat(ArchitectureRules.mavenModuleOf(java.net.URI.create(
                "jar:file:/work/wizamart/shared-kernel/target/shared-kernel-0.1.0-SNAPSHOT.jar!/com/wizamart/sharedkernel/DomainException.class")))
                .isEqualTo("shared-kernel");
        assertThat(ArchitectureRules.mavenModuleOf(java.net.URI.create(
                "jar:file:/root/.m2/repository/com/wizamart/platform-app/0.1.0-SNAPSHOT/platform-app-0.1.0-SNAPSHOT.jar!/com/wizamart/WizamartApplication.class")))
                .isEqualTo("platform-app");
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
        return reported;
    }

    private static String topLevel(JavaClass type) {
        String name = type.getName();
        int nested = name.indexOf('$');
        return nested < 0 ? name : name.substring(0, nested);
    }
}
