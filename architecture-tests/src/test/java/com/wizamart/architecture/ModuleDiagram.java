package com.wizamart.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The module diagram the documentation shows: Spring Modulith's component diagram of all modules, committed as
 * PlantUML source ({@value #COMMITTED_COPY}) next to the SVG rendered from it, so that a reader sees the picture on the
 * repository page. The test build writes the diagram the code makes into {@code target/}; while the two differ, the
 * picture is out of date and the build says how to render it again.
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

    private static String read(Path file) {
        try {
            return Files.readString(file).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
