package com.wizamart.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.ElementsWithoutRelationships;

import com.tngtech.archunit.core.importer.ImportOption;
import com.wizamart.WizamartApplication;

/**
 * Spring Modulith's view of Wizamart: verifies the application modules, writes their diagrams and canvases into
 * {@code docs/architecture/modules/}, and proves that verification fails on planted violations.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(WizamartApplication.class);

    @Test
    void applicationModulesVerify() {
        MODULES.verify();
    }

    /**
     * Rewrites {@code docs/architecture/modules/} (the folder is wiped first: it holds generated files only), in a
     * stable order so that an unchanged architecture leaves the committed files unchanged. The path is resolved from
     * this module's compiled test classes, so it does not depend on the working directory.
     */
    @Test
    void writesModuleDiagramsAndCanvasesIntoTheRepository() throws URISyntaxException {
        Path testClasses = Path.of(ModularityTests.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path repository = testClasses.getParent().getParent().getParent();
        Path output = repository.resolve(Path.of("docs", "architecture", "modules")).normalize();

        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(output.toString()))
                .writeModulesAsPlantUml(DiagramOptions.defaults()
                        .withElementsWithoutRelationships(ElementsWithoutRelationships.VISIBLE))
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
        StableDocs.stabilize(output);
    }

    @Test
    void verificationFailsOnACycleBetweenModules() {
        assertThatThrownBy(() -> fixtureModules("archfixtures.modulith.cycle").verify())
                .isInstanceOf(Violations.class)
                .hasMessageContaining("Cycle detected")
                .hasMessageContaining("archfixtures.modulith.cycle.alpha.AlphaFacade")
                .hasMessageContaining("archfixtures.modulith.cycle.beta.BetaFacade");
    }

    @Test
    void verificationFailsOnADependencyOnAnotherModulesInternals() {
        assertThatThrownBy(() -> fixtureModules("archfixtures.modulith.internals").verify())
                .isInstanceOf(Violations.class)
                .hasMessageContaining("non-exposed type")
                .hasMessageContaining("archfixtures.modulith.internals.delta.internal.DeltaSecret")
                .hasMessageContaining("archfixtures.modulith.internals.gamma.GammaFacade");
    }

    /** Fixtures are test classes, which {@link ApplicationModules#of(String)} leaves out by default. */
    private static ApplicationModules fixtureModules(String basePackage) {
        return ApplicationModules.of(basePackage, (ImportOption) location -> true);
    }
}
