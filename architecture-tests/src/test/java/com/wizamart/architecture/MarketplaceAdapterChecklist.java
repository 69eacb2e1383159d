package com.wizamart.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.wizamart.architecture.MavenModules.MavenModule;

/**
 * What makes a marketplace adapter part of the platform, checked for every Maven module in a folder of the adapters
 * ({@code marketplace/<x>}: every such folder with a {@code pom.xml}, listed in the root pom or not):
 * <ol type="a">
 * <li>{@link Item#LISTED_IN_THE_ROOT_POM}: the root pom lists it in {@code <modules>};</li>
 * <li>{@link Item#A_DEPENDENCY_OF_THE_APPLICATION}: the application's pom ({@code platform-app/pom.xml}) depends on
 * its artifact in scope compile or runtime, so that its classes, and its bean, are in the application;</li>
 * <li>{@link Item#AN_APPLICATION_MODULE_OF_ITS_OWN}: its main sources lie below one package
 * {@code com.wizamart.marketplace.<x>}, which a {@code package-info.java} declares an {@code @ApplicationModule};</li>
 * <li>{@link Item#A_MARKETPLACE_ADAPTER_BEAN}: that package holds a concrete class that implements
 * {@code MarketplaceAdapter} and is a Spring component ({@code @Component}, or an annotation meta-annotated with
 * it).</li>
 * </ol>
 * (c) and (d) are read off the classes on the application's classpath, so they are checked for the adapters that pass
 * (a) and (b).
 */
final class MarketplaceAdapterChecklist {

    /** The items of the checklist, in the order of the guide. */
    enum Item {
        LISTED_IN_THE_ROOT_POM, A_DEPENDENCY_OF_THE_APPLICATION, AN_APPLICATION_MODULE_OF_ITS_OWN,
        A_MARKETPLACE_ADAPTER_BEAN
    }

    /**
     * One item an adapter misses.
     *
     * @param module the adapter's folder, relative to the root ({@code marketplace/etsy}).
     */
    record Problem(String module, Item item, String message) {

        @Override
        public String toString() {
            return module + " (" + item + "): " + message;
        }
    }

    private static final String APPLICATION_MODULE = "org.springframework.modulith.ApplicationModule";
    private static final String COMPONENT = "org.springframework.stereotype.Component";

    private final MavenModules build;
    private final String folder;
    private final String application;
    private final String contextPackage;
    private final String adapterType;

    /**
     * @param build          the build, with all its modules.
     * @param folder         the folder of the adapters, relative to the root ({@code marketplace}).
     * @param application    the artifact id of the application ({@code platform-app}).
     * @param contextPackage the package the adapters' packages lie below ({@code com.wizamart.marketplace}).
     * @param adapterType    the type an adapter implements ({@code com.wizamart.marketplace.spi.MarketplaceAdapter}).
     */
    MarketplaceAdapterChecklist(MavenModules build, String folder, String application, String contextPackage,
                                String adapterType) {
        this.build = build;
        this.folder = folder;
        this.application = application;
        this.contextPackage = contextPackage;
        this.adapterType = adapterType;
    }

    /** Wizamart's marketplace adapters: {@code marketplace/<x>}, wired into {@code platform-app}. */
    static MarketplaceAdapterChecklist ofThisBuild() {
        return new MarketplaceAdapterChecklist(MavenModules.ofThisBuild(), ArchitectureTests.MARKETPLACE,
                ArchitectureTests.APPLICATION,
                ProductionClasses.BASE_PACKAGE + "." + ArchitectureTests.MARKETPLACE,
                ProductionClasses.BASE_PACKAGE + "." + ArchitectureTests.MARKETPLACE + ".spi.MarketplaceAdapter");
    }

    /**
     * The adapters' folders, relative to the root: every folder {@code <folder>/<x>} with a {@code pom.xml}, and every
     * module the root pom lists below {@code <folder>/}.
     */
    SortedSet<String> adapters() {
        SortedSet<String> adapters = new TreeSet<>();
        build.all().stream().map(MavenModule::path).filter(it -> it.startsWith(folder + "/")).forEach(adapters::add);
        Path parent = build.root().resolve(folder);
        if (Files.isDirectory(parent)) {
            try (Stream<Path> children = Files.list(parent)) {
                children.filter(it -> Files.isRegularFile(it.resolve("pom.xml")))
                        .map(it -> folder + "/" + it.getFileName())
                        .forEach(adapters::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return adapters;
    }

    /** @return every item an adapter misses, for all adapters. */
    List<Problem> problems(JavaClasses classes) {
        List<Problem> problems = new ArrayList<>();
        MavenModule app = build.module(application)
                .orElseThrow(() -> new IllegalStateException("No module " + application + " in " + build));
        for (String adapter : adapters()) {
            Optional<MavenModule> module = build.all().stream().filter(it -> it.path().equals(adapter)).findFirst();
            Path directory = build.root().resolve(adapter);
            String artifactId = module.map(MavenModule::artifactId).orElseGet(() -> MavenModules.artifactIdIn(directory));
            boolean wired = true;
            if (module.isEmpty()) {
                wired = false;
                problems.add(new Problem(adapter, Item.LISTED_IN_THE_ROOT_POM, "the root pom.xml does not list it: "
                        + "add <module>" + adapter + "</module>"));
            }
            if (!app.dependencies().contains(artifactId)) {
                wired = false;
                problems.add(new Problem(adapter, Item.A_DEPENDENCY_OF_THE_APPLICATION, app.path() + "/pom.xml does "
                        + "not depend on " + artifactId + " (scope compile or runtime): add <dependency><groupId>"
                        + "com.wizamart</groupId><artifactId>" + artifactId + "</artifactId><version>${project.version}"
                        + "</version></dependency>"));
            }
            if (wired) {
                checkClasses(adapter, module.get(), classes, problems);
            }
        }
        return problems;
    }

    private void checkClasses(String adapter, MavenModule module, JavaClasses classes, List<Problem> problems) {
        SortedSet<String> tops = new TreeSet<>();
        for (String pkg : module.packages()) {
            tops.add(pkg.startsWith(contextPackage + ".")
                    ? contextPackage + "." + pkg.substring(contextPackage.length() + 1).split("\\.")[0] : pkg);
        }
        if (tops.size() != 1 || !tops.first().startsWith(contextPackage + ".")) {
            problems.add(new Problem(adapter, Item.AN_APPLICATION_MODULE_OF_ITS_OWN, "its main sources are to lie "
                    + "below one package " + contextPackage + ".<name>; they lie below " + tops));
            return;
        }
        String top = tops.first();
        if (!classes.containPackage(top) || !classes.getPackage(top).isAnnotatedWith(APPLICATION_MODULE)) {
            problems.add(new Problem(adapter, Item.AN_APPLICATION_MODULE_OF_ITS_OWN, "package " + top + " has no "
                    + "package-info.java annotated with @ApplicationModule"));
        }
        boolean bean = classes.stream().anyMatch(it -> it.getPackageName().equals(top) && isAnAdapterBean(it));
        if (!bean) {
            problems.add(new Problem(adapter, Item.A_MARKETPLACE_ADAPTER_BEAN, "package " + top + " has no class that "
                    + "implements " + adapterType + " and is annotated @Component"));
        }
    }

    private boolean isAnAdapterBean(JavaClass type) {
        return !type.isInterface() && !type.getModifiers().contains(JavaModifier.ABSTRACT)
                && type.isAssignableTo(adapterType) && type.isMetaAnnotatedWith(COMPONENT);
    }
}
