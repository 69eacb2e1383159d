package com.wizamart.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
