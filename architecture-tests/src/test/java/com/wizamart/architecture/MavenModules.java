package com.wizamart.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * The Maven modules of the build, as its poms declare them: the root pom's {@code <modules>} (and the modules of any
 * aggregator among them), each with its artifact id, its directory, the packages of its main sources and the modules of
 * the build it depends on. The architecture rules learn from here which Maven module ships which package, so that a
 * new module (a marketplace adapter) needs no entry in any list of the tests.
 * <p>
 * Read from the poms and source folders, not from the classpath: the classes come from {@code <module>/target/classes}
 * under {@code test} and from {@code <artifactId>-<version>.jar} under {@code verify}, and a module's directory need
 * not be named after its artifact ({@code marketplace/letzshop} is {@code marketplace-letzshop}).
 */
final class MavenModules {

    /**
     * One Maven module.
     *
     * @param path         its path relative to the root pom, as {@code <module>} names it ({@code marketplace/letzshop}).
     * @param artifactId   its artifact id ({@code marketplace-letzshop}).
     * @param directory    its directory, absolute.
     * @param packages     the packages of its main sources ({@code src/main/java}).
     * @param dependencies the artifact ids of the build's modules it depends on in scope compile or runtime (a scope
     *                     managed in the root pom's {@code dependencyManagement} counts, as Maven applies it).
     */
    record MavenModule(String path, String artifactId, Path directory, SortedSet<String> packages,
                       SortedSet<String> dependencies) {

        MavenModule {
            directory = directory.toAbsolutePath().normalize();
            packages = Collections.unmodifiableSortedSet(new TreeSet<>(packages));
            dependencies = Collections.unmodifiableSortedSet(new TreeSet<>(dependencies));
        }

        /** A module that depends on nothing, for tests that only need which module ships which package. */
        static MavenModule of(String artifactId, Path directory, String... packages) {
            return new MavenModule(artifactId, artifactId, directory, new TreeSet<>(List.of(packages)), new TreeSet<>());
        }
    }

    static final String MAIN_SOURCES = "src/main/java";

    private final Path root;
    private final List<MavenModule> modules;

    private MavenModules(Path root, List<MavenModule> modules) {
        this.root = root.toAbsolutePath().normalize();
        this.modules = List.copyOf(modules);
    }

    static MavenModules of(Path root, List<MavenModule> modules) {
        return new MavenModules(root, modules);
    }

    /** The build these tests belong to, read once per test JVM. */
    static MavenModules ofThisBuild() {
        return ThisBuild.MODULES;
    }

    /** Reads the build whose root pom is in {@code root}. */
    static MavenModules read(Path root) {
        Pom rootPom = Pom.read(root.resolve("pom.xml"));
        Map<String, String> managedScopes = rootPom.managedScopes();
        List<Pom> poms = new ArrayList<>();
        Deque<Pom> aggregators = new ArrayDeque<>(List.of(rootPom));
        while (!aggregators.isEmpty()) {
            Pom aggregator = aggregators.pop();
            for (String module : aggregator.modules()) {
                Pom pom = Pom.read(aggregator.file().resolveSibling(module).resolve("pom.xml"));
                poms.add(pom);
                aggregators.push(pom);
            }
        }
        List<String> artifactIds = poms.stream().map(Pom::artifactId).toList();
        List<MavenModule> modules = poms.stream()
                .map(pom -> new MavenModule(
                        root.toAbsolutePath().normalize().relativize(pom.directory().toAbsolutePath().normalize())
                                .toString().replace('\\', '/'),
                        pom.artifactId(), pom.directory(), packagesIn(pom.directory().resolve(MAIN_SOURCES)),
                        new TreeSet<>(pom.dependencies(rootPom.groupId(), managedScopes).stream()
                                .filter(artifactIds::contains).toList())))
                .toList();
        return new MavenModules(root, modules);
    }

    /** @return the artifact id the pom in {@code directory} declares. */
    static String artifactIdIn(Path directory) {
        return Pom.read(directory.resolve("pom.xml")).artifactId();
    }

    /**
     * The root of the build a module belongs to: from {@code start} (a folder inside a module, such as its
     * {@code target/test-classes}) up to the module's pom, then up through every pom whose {@code <modules>} lists the
     * folder reached so far.
     */
    static Path findRoot(Path start) {
        Path module = start.toAbsolutePath().normalize();
        while (!Files.isRegularFile(module.resolve("pom.xml"))) {
            module = module.getParent();
            if (module == null) {
                throw new IllegalStateException("No pom.xml in " + start + " or above it");
            }
        }
        Path root = module;
        for (Path folder = module.getParent(); folder != null; folder = folder.getParent()) {
            Path aggregator = folder;
            Path reached = root;
            Path pom = aggregator.resolve("pom.xml");
            if (Files.isRegularFile(pom)) {
                if (Pom.read(pom).modules().stream()
                        .anyMatch(it -> aggregator.resolve(it).toAbsolutePath().normalize().equals(reached))) {
                    root = folder;
                }
            }
        }
        return root;
    }

    Path root() {
        return root;
    }

    List<MavenModule> all() {
        return modules;
    }

    Optional<MavenModule> module(String artifactId) {
        return modules.stream().filter(it -> it.artifactId().equals(artifactId)).findFirst();
    }

    /**
     * The application one module makes: that module and every module of the build it depends on (scope compile or
     * runtime), transitively. For {@code platform-app}, the modules whose classes the deployable runs.
     */
    MavenModules application(String artifactId) {
        Map<String, MavenModule> reached = new LinkedHashMap<>();
        Deque<String> next = new ArrayDeque<>(List.of(artifactId));
        while (!next.isEmpty()) {
            String current = next.pop();
            if (!reached.containsKey(current)) {
                MavenModule module = module(current).orElseThrow(() -> new IllegalArgumentException(
                        "No module " + current + " in the build at " + root));
                reached.put(current, module);
                next.addAll(module.dependencies());
            }
        }
        return new MavenModules(root, modules.stream().filter(it -> reached.containsKey(it.artifactId())).toList());
    }

    /**
     * The module that ships a package: the one with that package among its sources or, failing that, the one with the
     * longest package the given one lies below (a generated class in a package of its own).
     */
    Optional<MavenModule> owner(String pkg) {
        return modules.stream()
                .flatMap(module -> module.packages().stream()
                        .filter(it -> pkg.equals(it) || pkg.startsWith(it + "."))
                        .map(it -> Map.entry(it, module)))
                .max(Comparator.comparingInt(entry -> entry.getKey().length()))
                .map(Map.Entry::getValue);
    }

    /** @return the packages that more than one of these modules has among its sources, with those modules. */
    Map<String, List<String>> splitPackages() {
        Map<String, List<String>> owners = new java.util.TreeMap<>();
        for (MavenModule module : modules) {
            module.packages().forEach(it -> owners.computeIfAbsent(it, k -> new ArrayList<>()).add(module.artifactId()));
        }
        owners.values().removeIf(it -> it.size() < 2);
        return owners;
    }

    /**
     * The module a class file was loaded from: the module whose {@code target/} holds it (a class folder, or the jar
     * the module built), or the module whose artifact a jar elsewhere (the local repository) is:
     * {@code <artifactId>-<version>.jar}.
     *
     * @return the artifact id, or the location itself when it belongs to none of these modules.
     */
    String moduleOf(URI location) {
        Optional<Path> file = fileOf(location);
        if (file.isPresent()) {
            Optional<MavenModule> builtHere = modules.stream()
                    .filter(it -> file.get().startsWith(it.directory().resolve("target")))
                    .findFirst();
            if (builtHere.isPresent()) {
                return builtHere.get().artifactId();
            }
            String name = file.get().getFileName().toString();
            Optional<MavenModule> jar = modules.stream()
                    .filter(it -> name.matches(java.util.regex.Pattern.quote(it.artifactId()) + "-\\d[^/]*\\.jar"))
                    .max(Comparator.comparingInt(it -> it.artifactId().length()));
            if (jar.isPresent()) {
                return jar.get().artifactId();
            }
        }
        return location.toString();
    }

    /** The class folder file or the jar of a {@code file:} or {@code jar:file:...!/} location. */
    private static Optional<Path> fileOf(URI location) {
        try {
            if ("file".equals(location.getScheme())) {
                return Optional.of(Path.of(location).toAbsolutePath().normalize());
            }
            if ("jar".equals(location.getScheme())) {
                String inner = location.getRawSchemeSpecificPart();
                int separator = inner.indexOf("!/");
                URI jar = new URI(separator < 0 ? inner : inner.substring(0, separator));
                return "file".equals(jar.getScheme())
                        ? Optional.of(Path.of(jar).toAbsolutePath().normalize()) : Optional.empty();
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** @return the packages of the {@code .java} files in a source folder (none when it does not exist). */
    static SortedSet<String> packagesIn(Path sources) {
        SortedSet<String> packages = new TreeSet<>();
        if (!Files.isDirectory(sources)) {
            return packages;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(it -> it.getFileName().toString().endsWith(".java") && Files.isRegularFile(it))
                    .map(it -> sources.relativize(it.getParent()).toString().replace('\\', '/').replace('/', '.'))
                    .forEach(packages::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return packages;
    }

    @Override
    public String toString() {
        return modules.stream().map(MavenModule::artifactId).toList() + " at " + root;
    }

    private static final class ThisBuild {
        static final MavenModules MODULES = read(findRoot(codeSource()));

        private static Path codeSource() {
            try {
                return Path.of(MavenModules.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The few elements of a pom these tests read; the parent's are not merged in, but for managed scopes. */
    private record Pom(Path file, Element project) {

        static Pom read(Path file) {
            try {
                var factory = DocumentBuilderFactory.newInstance();
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                return new Pom(file, factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement());
            } catch (ParserConfigurationException | SAXException e) {
                throw new IllegalStateException("Cannot read " + file, e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Path directory() {
            return file.getParent();
        }

        String artifactId() {
            return child(project, "artifactId").map(Node::getTextContent).map(String::strip)
                    .orElseThrow(() -> new IllegalStateException(file + " declares no artifactId"));
        }

        String groupId() {
            return child(project, "groupId")
                    .or(() -> child(project, "parent").flatMap(it -> child(it, "groupId")))
                    .map(Node::getTextContent).map(String::strip).orElse("");
        }

        List<String> modules() {
            return child(project, "modules").stream().flatMap(it -> children(it, "module"))
                    .map(it -> it.getTextContent().strip()).toList();
        }

        /** Scope per artifact id of this build's group, from {@code dependencyManagement}. */
        Map<String, String> managedScopes() {
            Map<String, String> scopes = new LinkedHashMap<>();
            child(project, "dependencyManagement").flatMap(it -> child(it, "dependencies")).stream()
                    .flatMap(it -> children(it, "dependency"))
                    .filter(it -> isOfGroup(it, groupId()))
                    .forEach(it -> scopes.put(text(it, "artifactId"), text(it, "scope")));
            return scopes;
        }

        /** Artifact ids of the dependencies of {@code group} in scope compile or runtime. */
        List<String> dependencies(String group, Map<String, String> managedScopes) {
            return child(project, "dependencies").stream().flatMap(it -> children(it, "dependency"))
                    .filter(it -> isOfGroup(it, group))
                    .filter(it -> {
                        String scope = text(it, "scope");
                        if (scope.isEmpty()) {
                            scope = managedScopes.getOrDefault(text(it, "artifactId"), "");
                        }
                        return scope.isEmpty() || scope.equals("compile") || scope.equals("runtime");
                    })
                    .map(it -> text(it, "artifactId")).toList();
        }

        private static boolean isOfGroup(Element dependency, String group) {
            String groupId = text(dependency, "groupId");
            return groupId.equals(group) || groupId.equals("${project.groupId}");
        }

        private static String text(Element element, String name) {
            return child(element, name).map(it -> it.getTextContent().strip()).orElse("");
        }

        private static Optional<Element> child(Element element, String name) {
            return children(element, name).findFirst();
        }

        private static Stream<Element> children(Element element, String name) {
            List<Element> result = new ArrayList<>();
            for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element child && name.equals(child.getTagName())) {
                    result.add(child);
                }
            }
            return result.stream();
        }
    }
}
