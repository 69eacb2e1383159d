package com.wizamart.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Puts the Documenter's output into a stable order. Spring Modulith writes relationships and list items in hash
 * order, which changes from run to run; since the files are committed, every build would otherwise show a diff.
 * Sorting keeps the content as it is and only fixes the order: runs of {@code Rel(...)} and of {@code Component(...)}
 * lines in PlantUML files, and list items (with their sub-items) within a table cell of a module canvas.
 */
final class StableDocs {

    private StableDocs() {
    }

    /** Rewrites every {@code .puml} and {@code .adoc} file in {@code folder} in a stable order. */
    static void stabilize(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".puml") || name.endsWith(".adoc")) {
                    List<String> lines = Files.readAllLines(file);
                    Files.write(file, name.endsWith(".puml") ? sortRelationships(lines) : sortListItems(lines));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Sorts each run of consecutive {@code Rel(...)} lines, and each run of consecutive {@code Component(...)} lines
     * (the modules inside a boundary, which Spring Modulith lists in an order that changes with the set of modules: the
     * diagram without the marketplace adapters listed them differently).
     */
    static List<String> sortRelationships(List<String> lines) {
        List<String> result = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String runKind = null;
        for (String line : lines) {
            String kind = line.startsWith("Rel(") ? "Rel(" : line.strip().startsWith("Component(")
                    ? line.substring(0, line.indexOf("Component(")) + "Component(" : null;
            if (kind != null && (run.isEmpty() || kind.equals(runKind))) {
                run.add(line);
                runKind = kind;
                continue;
            }
            run.sort(Comparator.naturalOrder());
            result.addAll(run);
            run.clear();
            if (kind != null) {
                run.add(line);
                runKind = kind;
            } else {
                result.add(line);
            }
        }
        run.sort(Comparator.naturalOrder());
        result.addAll(run);
        return result;
    }

    /**
     * Sorts each run of AsciiDoc list items ({@code * ...}, the first of a table cell written {@code |* ...}),
     * moving every item together with its sub-items ({@code ** ...}), which are sorted too.
     */
    static List<String> sortListItems(List<String> lines) {
        List<String> result = new ArrayList<>();
        List<List<String>> items = new ArrayList<>();
        boolean cellStart = false;
        for (String line : lines) {
            if (line.startsWith("* ") || line.startsWith("|* ")) {
                if (items.isEmpty()) {
                    cellStart = line.startsWith("|");
                }
                items.add(new ArrayList<>(List.of(cellStart && line.startsWith("|") ? line.substring(1) : line)));
            } else if (line.startsWith("** ") && !items.isEmpty()) {
                items.getLast().add(line);
            } else {
                flush(items, cellStart, result);
                result.add(line);
            }
        }
        flush(items, cellStart, result);
        return result;
    }

    private static void flush(List<List<String>> items, boolean cellStart, List<String> result) {
        if (items.isEmpty()) {
            return;
        }
        items.forEach(item -> item.subList(1, item.size()).sort(Comparator.naturalOrder()));
        items.sort(Comparator.comparing(item -> item.getFirst()));
        for (int i = 0; i < items.size(); i++) {
            List<String> item = items.get(i);
            result.add(i == 0 && cellStart ? "|" + item.getFirst() : item.getFirst());
            result.addAll(item.subList(1, item.size()));
        }
        items.clear();
    }
}
