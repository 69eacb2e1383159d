package com.wizamart.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.DiagramOptions.ElementsWithoutRelationships;

/**
 * The module diagram the documentation shows: Spring Modulith's component diagram of the top-level modules, committed
 * as PlantUML source ({@value #COMMITTED_COPY}) next to the SVG rendered from it, so that a reader sees the picture on
 * the repository page. The test build writes the diagram the code makes into {@code target/}; while the two differ,
 * the picture is out of date and the build says how to render it again.
 * <p>
 * Nested application modules, the marketplace adapters ({@code com.wizamart.marketplace.<x>}, each an application
 * module inside marketplace), are left out of it: adding an adapter changes no committed file (ADR 0031). Their own
 * diagrams and canvases ({@code module-marketplace.<x>.puml}/{@code .adoc}) are written with every module's into
 * {@code architecture-tests/target/spring-modulith-docs/}.
 */
final class ModuleDiagram {

    /** Where the test build writes the diagram, below {@code architecture-tests/target/}. */
    static final String GENERATED_FOLDER = "module-diagram";

    /** The file Spring Modulith's {@code Documenter} names the diagram of all modules. */
    static final String GENERATED_FILE = "components.puml";

    /** The committed copy, relative to the repository; {@code modules.svg} beside it is rendered from it. */
    static final String COMMITTED_COPY = "docs/architecture/modules.puml";

    /** Copies the generated diagram over the committed one and renders the SVG (PlantUML from Maven Central). */
    static final String RENDER_COMMAND = "architecture-tests/render-module-diagram.sh";

    private ModuleDiagram() {
    }

    /**
     * Every top-level module with its dependencies, modules without any shown too. Nested modules are excluded by name
     * here, not only by Spring Modulith's habit of drawing the top level, so that the diagram stays the same for any
     * number of adapters.
     */
    static DiagramOptions overview(ApplicationModules modules) {
        return DiagramOptions.defaults()
                .withElementsWithoutRelationships(ElementsWithoutRelationships.VISIBLE)
                .withExclusions(modules::hasParent);
    }

    /**
     * Writes the diagram of {@code modules} into {@code folder} (wiped first), in a stable order.
     *
     * @return the file written, {@value #GENERATED_FILE} in {@code folder}.
     */
    static Path write(ApplicationModules modules, Path folder) {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeModulesAsPlantUml(overview(modules));
        StableDocs.stabilize(folder);
        return folder.resolve(GENERATED_FILE);
    }

    /**
     * @param generated the diagram the code makes, as the test build wrote it.
     * @param committed the committed copy the SVG was rendered from.
     * @throws AssertionError when the two differ (line endings aside) or the committed copy is missing, naming the
     *                        command that brings copy and picture up to date.
     */
    static void assertCommittedCopyIsCurrent(Path generated, Path committed) {
        if (!Files.isRegularFile(committed) || !read(generated).equals(read(committed))) {
            throw new AssertionError("""
                    The module diagram in %s (and the modules.svg rendered from it) is not the one the code makes \
                    (%s): modules or their dependencies changed. Render it again (after this test run) and commit \
                    both files:
                        %s""".formatted(COMMITTED_COPY, generated, RENDER_COMMAND));
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
