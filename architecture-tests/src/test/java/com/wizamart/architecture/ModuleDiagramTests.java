package com.wizamart.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.importer.ImportOption;

class ModuleDiagramTests {

    @TempDir
    Path folder;

    @Test
    void aCopyEqualToTheGeneratedDiagramPassesWhateverItsLineEndings() throws IOException {
        Path generated = Files.writeString(folder.resolve("components.puml"), "@startuml\nRel(a, b)\n@enduml\n");
        Path committed = Files.writeString(folder.resolve("modules.puml"), "@startuml\r\nRel(a, b)\r\n@enduml\r\n");

        assertThatCode(() -> ModuleDiagram.assertCommittedCopyIsCurrent(generated, committed))
                .doesNotThrowAnyException();
    }

    @Test
    void aStaleCopyFailsNamingTheCommandThatRendersTheDiagramAgain() throws IOException {
        Path generated = Files.writeString(folder.resolve("components.puml"),
                "@startuml\nRel(a, b)\nRel(a, c)\n@enduml\n");
        Path committed = Files.writeString(folder.resolve("modules.puml"), "@startuml\nRel(a, b)\n@enduml\n");

        assertThatThrownBy(() -> ModuleDiagram.assertCommittedCopyIsCurrent(generated, committed))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("docs/architecture/modules.puml")
                .hasMessageContaining("architecture-tests/render-module-diagram.sh");
    }

    @Test
    void aMissingCopyFailsTheSameWay() throws IOException {
        Path generated = Files.writeString(folder.resolve("components.puml"), "@startuml\n@enduml\n");

        assertThatThrownBy(() -> ModuleDiagram.assertCommittedCopyIsCurrent(generated, folder.resolve("modules.puml")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("architecture-tests/render-module-diagram.sh");
    }

    /**
     * An adapter added as the marketplace adapters are added, an application module nested in the module whose SPI it
     * implements, leaves the diagram as it is; its own diagram is written with the individual modules'.
     */
    @Test
    void anAddedAdapterLeavesTheDiagramAsItIs() throws IOException {
        ApplicationModules withBeta = fixtureModulesWithout("omega");
        assertThat(withBeta.getModuleByName("shop.beta")).as("the added adapter, a module nested in shop")
                .hasValueSatisfying(it -> assertThat(withBeta.getParentOf(it)).isPresent());

        Path before = ModuleDiagram.write(fixtureModulesWithout("omega", "shop/beta"), folder.resolve("before"));
        Path after = ModuleDiagram.write(withBeta, folder.resolve("after"));

        assertThat(ModuleDiagram.read(after)).isEqualTo(ModuleDiagram.read(before));
        assertThatCode(() -> ModuleDiagram.assertCommittedCopyIsCurrent(after, before)).doesNotThrowAnyException();
        new Documenter(withBeta, Documenter.Options.defaults().withOutputFolder(folder.resolve("all").toString()))
                .writeIndividualModulesAsPlantUml();
        assertThat(folder.resolve("all/module-shop.beta.puml")).content().contains("Beta adapter");
    }

    /** The comparison above can fail: a top-level module added changes the diagram. */
    @Test
    void anAddedTopLevelModuleChangesTheDiagram() {
        Path before = ModuleDiagram.write(fixtureModulesWithout("omega"), folder.resolve("before"));
        Path after = ModuleDiagram.write(fixtureModulesWithout(), folder.resolve("after"));

        assertThat(ModuleDiagram.read(after)).contains("Omega").isNotEqualTo(ModuleDiagram.read(before));
        assertThatThrownBy(() -> ModuleDiagram.assertCommittedCopyIsCurrent(after, before))
                .isInstanceOf(AssertionError.class);
    }

    /** The modules of {@code archfixtures.modulith.adapters} (test classes) but for the given package folders. */
    private static ApplicationModules fixtureModulesWithout(String... folders) {
        String base = "archfixtures.modulith.adapters";
        List<String> left = Arrays.stream(folders).map(it -> "/" + base.replace('.', '/') + "/" + it + "/").toList();
        return ApplicationModules.of(base, (ImportOption) location -> left.stream().noneMatch(location::contains));
    }
}
