package com.wizamart.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.Violations;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.importer.ImportOption;
import com.wizamart.WizamartApplication;

/**
 * Spring Modulith's view of Wizamart: verifies the application modules, writes their diagrams and canvases into this
 * module's build folder ({@code architecture-tests/target/spring-modulith-docs/}), checks that the module diagram
 * committed in {@code docs/architecture/} is the one the code makes, and proves that verification fails on planted
 * violations.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(WizamartApplication.class);

    private static final String MARKETPLACE_PACKAGE = ProductionClasses.BASE_PACKAGE + "." + ArchitectureTests.MARKETPLACE;

    @Test
    void applicationModulesVerify() {
        MODULES.verify();
    }

    /**
     * Writes every diagram and canvas into {@code target/spring-modulith-docs/} (wiped first), in a stable order so
     * that two builds of the same code write the same files. Generated on every build and never committed: the one
     * diagram the documentation shows is committed, and checked, below.
     */
    @Test
    void writesModuleDiagramsAndCanvases() {
        Path output = buildFolder().resolve("spring-modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(output.toString()))
                .writeModulesAsPlantUml(ModuleDiagram.overview(MODULES))
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases()
                .writeAggregatingDocument();
        StableDocs.stabilize(output);
    }

    /**
     * The module diagram committed as {@code docs/architecture/modules.puml}, and rendered from it as
     * {@code modules.svg}, is the one the modules make today; otherwise the failure names the command that copies the
     * new one there and renders it.
     */
    @Test
    void theCommittedModuleDiagramIsTheOneTheCodeMakes() {
        Path generated = ModuleDiagram.write(MODULES, buildFolder().resolve(ModuleDiagram.GENERATED_FOLDER));
        ModuleDiagram.assertCommittedCopyIsCurrent(generated, repository().resolve(ModuleDiagram.COMMITTED_COPY));
    }

    /**
     * Adding a marketplace adapter changes no committed file: the application without its adapters' classes makes
     * the very diagram it makes with them, the committed one. The adapters are found as the architecture rules find
     * them: the application's Maven modules that ship packages below {@code com.wizamart.marketplace}.
     */
    @Test
    void theCommittedModuleDiagramIsTheSameWithoutTheMarketplaceAdapters() {
        List<String> adapterFolders = ArchitectureTests.MODULES.all().stream()
                .filter(it -> !it.artifactId().equals(ArchitectureTests.MARKETPLACE))
                .flatMap(it -> it.packages().stream())
                .filter(it -> it.startsWith(MARKETPLACE_PACKAGE + "."))
                .map(it -> "/" + it.replace('.', '/') + "/")
                .toList();
        ImportOption withoutAdapters = location -> new ImportOption.DoNotIncludeTests().includes(location)
                && adapterFolders.stream().noneMatch(location::contains);
        ApplicationModules withoutThem = ApplicationModules.of(WizamartApplication.class, withoutAdapters);
        assertThat(adapterFolders).as("the adapters' packages").isNotEmpty();
        assertThat(nestedIn(MODULES)).as("adapters among the modules").isNotEmpty();
        assertThat(nestedIn(withoutThem)).as("adapters left").isEmpty();

        Path generated = ModuleDiagram.write(withoutThem, buildFolder().resolve("module-diagram-without-adapters"));

        ModuleDiagram.assertCommittedCopyIsCurrent(generated, repository().resolve(ModuleDiagram.COMMITTED_COPY));
    }

    private static List<String> nestedIn(ApplicationModules modules) {
        return modules.stream().filter(modules::hasParent).map(it -> it.getBasePackage().getName())
                .filter(it -> it.startsWith(MARKETPLACE_PACKAGE + ".")).toList();
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

    /** This module's {@code target/}, found from its compiled test classes, whatever the working directory. */
    private static Path buildFolder() {
        try {
            return Path.of(ModularityTests.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path repository() {
        return buildFolder().getParent().getParent();
    }
}
