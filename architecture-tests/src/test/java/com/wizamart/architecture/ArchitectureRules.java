package com.wizamart.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.net.URI;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.domain.Source;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The architecture rules of Wizamart, as factories parameterized by the base package. Production tests apply them to
 * {@code com.wizamart}; the planted-violation tests apply the very same factories to fixture packages under
 * {@code archfixtures}, which proves that every rule can fail.
 * <p>
 * Package conventions the rules rely on, relative to the base package: the first segment names the context
 * ({@code tenancy}, {@code identity}, ...); {@code sharedkernel} is the shared kernel whose root package is plain
 * Java; inside a context {@code domain}, {@code application} (with {@code application.port..}) and
 * {@code adapter.<in|out>.<kind>} (e.g. {@code adapter.in.web}, {@code adapter.out.persistence}) form the hexagon.
 */
final class ArchitectureRules {

    /** Relative name of the shared kernel's package. */
    static final String SHARED_KERNEL = "sharedkernel";

    private static final String TABLE_ANNOTATION = "org.springframework.data.relational.core.mapping.Table";
    private static final String[] SPRING_JDBC_AND_JACKSON = {
            "org.springframework..", "java.sql..", "javax.sql..", "com.fasterxml.jackson..", "tools.jackson.." };
    private static final String[] WEB_AND_JDBC = {
            "org.springframework.web..", "jakarta.servlet..", "java.sql..", "javax.sql..", "org.springframework.jdbc.." };

    private ArchitectureRules() {
    }

    /** Contexts (the first package level below {@code base}) never depend on each other in a cycle. */
    static ArchRule contextsAreFreeOfCycles(String base) {
        return slices().matching(base + ".(*)..").namingSlices("context $1")
                .should().beFreeOfCycles()
                .as("contexts below " + base + " are free of cycles");
    }

    /**
     * A context's {@code domain} depends on nothing but the JDK, its own domain and the shared kernel's root package
     * (not its Spring/Jackson helpers below it, not the context's own API, not another context).
     */
    static ArchRule domainDependsOnNothingButTheJdk(String base) {
        return domainDependsOnNothingButTheJdk(base, DescribedPredicate.alwaysFalse());
    }

    /**
     * As {@link #domainDependsOnNothingButTheJdk(String)}, tolerating the given known violations (which should be
     * listed one by one, and removed once fixed).
     */
    static ArchRule domainDependsOnNothingButTheJdk(String base, DescribedPredicate<? super Dependency> tolerated) {
        BiPredicate<JavaClass, JavaClass> allowed = (origin, target) -> isJdk(target)
                || isInPackageTree(target, base + "." + contextOf(base, origin).orElseThrow() + ".domain")
                || target.getPackageName().equals(base + "." + SHARED_KERNEL);
        return classes().that().resideInAPackage(base + ".*.domain..")
                .should(onlyDependOn("depend only on the JDK, their own domain and the shared kernel's root package",
                        allowed, tolerated))
                .as("domain classes below " + base + " depend on nothing but the JDK, their own domain and "
                        + base + "." + SHARED_KERNEL);
    }

    /** No Spring, JDBC or Jackson type in any context's {@code domain}. */
    static ArchRule domainIsFreeOfSpringJdbcAndJackson(String base) {
        return noClasses().that().resideInAPackage(base + ".*.domain..")
                .should().dependOnClassesThat().resideInAnyPackage(SPRING_JDBC_AND_JACKSON)
                .as("domain classes below " + base + " use no Spring, JDBC or Jackson type");
    }

    /** {@code application} uses the domain and its ports, never an adapter, a web type or a JDBC type. */
    static ArchRule applicationNeverDependsOnAdaptersWebOrJdbc(String base) {
        String[] forbidden = Arrays.copyOf(WEB_AND_JDBC, WEB_AND_JDBC.length + 1);
        forbidden[WEB_AND_JDBC.length] = base + ".*.adapter..";
        return noClasses().that().resideInAPackage(base + ".*.application..")
                .should().dependOnClassesThat().resideInAnyPackage(forbidden)
                .as("application classes below " + base + " depend on no adapter, web (Spring Web, Servlet) or "
                        + "JDBC type");
    }

    /**
     * Adapters depend inward: on their own context's API, application, ports and domain, on other contexts' public
     * API (root package or {@code spi}) and the shared kernel; never on another adapter nor on another context's
     * internals.
     */
    static ArchRule adaptersDependOnlyInward(String base) {
        BiPredicate<JavaClass, JavaClass> allowed = (origin, target) -> {
            if (!isInPackageTree(target, base)) {
                return true;
            }
            Optional<String> targetContext = contextOf(base, target);
            if (targetContext.isEmpty()) {
                return false;
            }
            String context = targetContext.get();
            if (context.equals(contextOf(base, origin).orElseThrow())) {
                Optional<String> targetAdapter = adapterTreeOf(base, target);
                return targetAdapter.isEmpty() || targetAdapter.equals(adapterTreeOf(base, origin));
            }
            return context.equals(SHARED_KERNEL) || target.getPackageName().equals(base + "." + context)
                    || isInPackageTree(target, base + "." + context + ".spi");
        };
        return classes().that().resideInAPackage(base + ".*.adapter..")
                .should(onlyDependOn("depend only inward (own context's core, other contexts' API, shared kernel)",
                        allowed, DescribedPredicate.alwaysFalse()))
                .as("adapters below " + base + " depend only inward");
    }

    /** Nothing depends on an adapter, except classes of the same adapter ({@code <context>.adapter.<in|out>.<kind>..}). */
    static ArchRule nothingDependsOnAnAdapter(String base) {
        BiPredicate<JavaClass, JavaClass> allowed = (origin, target) -> {
            Optional<String> targetAdapter = adapterTreeOf(base, target);
            return targetAdapter.isEmpty() || targetAdapter.equals(adapterTreeOf(base, origin));
        };
        return classes().that().resideInAPackage(base + "..")
                .should(onlyDependOn("depend on an adapter only from within that same adapter", allowed,
                        DescribedPredicate.alwaysFalse()))
                .as("nothing below " + base + " depends on an adapter but that adapter itself");
    }

    /**
     * Every class below {@code base} is loaded from the Maven module whose main sources hold its package: from that
     * module's {@code target/} (class folder or jar) or from its {@code <artifactId>-<version>.jar}.
     *
     * @param modules the Maven modules whose classes are checked, with the packages of their sources
     *                ({@link MavenModules#ofThisBuild()} for production). A class whose package no module holds (nor
     *                lies below one) is a violation too.
     */
    static ArchRule contextsShipInTheirOwnMavenModules(String base, MavenModules modules) {
        ArchCondition<JavaClass> condition = new ArchCondition<>("be loaded from the Maven module of their package") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                Optional<String> expected = modules.owner(item.getPackageName()).map(MavenModules.MavenModule::artifactId);
                Optional<URI> location = item.getSource().map(Source::getUri);
                String actual = location.map(modules::moduleOf).orElse("<unknown>");
                if (expected.isEmpty()) {
                    events.add(SimpleConditionEvent.violated(item, "Class <" + item.getName() + "> is in package <"
                            + item.getPackageName() + ">, which belongs to no known Maven module"));
                } else if (!expected.get().equals(actual)) {
                    events.add(SimpleConditionEvent.violated(item, "Class <" + item.getName() + "> belongs to Maven "
                            + "module <" + expected.get() + "> but is loaded from <" + location.map(URI::toString)
                            .orElse("an unknown location") + "> (module <" + actual + ">)"));
                }
            }
        };
        return classes().that().resideInAPackage(base + "..").should(condition)
                .as("classes below " + base + " ship in the Maven module of their package");
    }

    private static final String APPLICATION_MODULE = "org.springframework.modulith.ApplicationModule";

    /**
     * A context's packages that ship in a Maven module of their own (the marketplace adapters,
     * {@code com.wizamart.marketplace.<x>} in {@code marketplace/<x>}) are application modules of their own: their top
     * package {@code <base>.<context>.<x>} has a {@code package-info.java} annotated with {@code @ApplicationModule}.
     * Without it Spring Modulith counts them as part of the context, free to use its internals.
     *
     * @param modules which Maven module ships which package; a package is shipped apart when its module is not the
     *                one of {@code <base>.<context>}.
     */
    static ArchRule packagesShippedApartAreApplicationModules(String base, String context, MavenModules modules) {
        String contextPackage = base + "." + context;
        ArchCondition<JavaClass> condition = new ArchCondition<>("be in an application module of their own") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String top = topPackageBelow(contextPackage, item);
                if (top.equals(contextPackage)) {
                    events.add(SimpleConditionEvent.violated(item, "Class <" + item.getName() + "> is in "
                            + contextPackage + "'s root package but ships in another Maven module"));
                    return;
                }
                Optional<JavaPackage> declared = packageOf(item, top);
                if (declared.isEmpty() || !declared.get().isAnnotatedWith(APPLICATION_MODULE)) {
                    events.add(SimpleConditionEvent.violated(item, "Class <" + item.getName() + "> ships in Maven "
                            + "module <" + modules.owner(item.getPackageName()).orElseThrow().artifactId() + ">, not in "
                            + contextPackage + "'s, but its package <" + top + "> is no application module of its own "
                            + "(a package-info.java with @ApplicationModule)"));
                }
            }
        };
        return classes().that(shippedApart(contextPackage, modules)).should(condition)
                .as("packages of " + contextPackage + " shipped in another Maven module are application modules of "
                        + "their own");
    }

    /**
     * A context's packages that ship in a Maven module of their own (the marketplace adapters) use nothing below
     * {@code base} but their own package tree, the context's API (its root package) and SPI
     * ({@code <context>.spi..}) and the shared kernel's root package; libraries and the JDK are theirs to choose.
     *
     * @param modules which Maven module ships which package, as for
     *                {@link #packagesShippedApartAreApplicationModules(String, String, MavenModules)}.
     */
    static ArchRule packagesShippedApartUseOnlyTheContextsApiAndSpi(String base, String context, MavenModules modules) {
        String contextPackage = base + "." + context;
        BiPredicate<JavaClass, JavaClass> allowed = (origin, target) -> !isInPackageTree(target, base)
                || isInPackageTree(target, topPackageBelow(contextPackage, origin))
                || target.getPackageName().equals(contextPackage)
                || isInPackageTree(target, contextPackage + ".spi")
                || target.getPackageName().equals(base + "." + SHARED_KERNEL);
        return classes().that(shippedApart(contextPackage, modules))
                .should(onlyDependOn("depend only on their own package, " + contextPackage + "'s API and SPI and the "
                        + "shared kernel's root package", allowed, DescribedPredicate.alwaysFalse()))
                .as("packages of " + contextPackage + " shipped in another Maven module use only its API ("
                        + contextPackage + ") and SPI (" + contextPackage + ".spi..), and "
                        + base + "." + SHARED_KERNEL);
    }

    /** Classes below {@code contextPackage} that a Maven module other than the context's own ships. */
    private static DescribedPredicate<JavaClass> shippedApart(String contextPackage, MavenModules modules) {
        Optional<String> contextModule = modules.owner(contextPackage).map(MavenModules.MavenModule::artifactId);
        return DescribedPredicate.describe("ship in another Maven module than " + contextPackage,
                it -> isInPackageTree(it, contextPackage) && !it.getSimpleName().equals("package-info")
                        && modules.owner(it.getPackageName()).map(MavenModules.MavenModule::artifactId)
                        .filter(module -> !contextModule.equals(Optional.of(module))).isPresent());
    }

    /** @return {@code <contextPackage>.<x>} for a class in that package or below, {@code contextPackage} for its root. */
    private static String topPackageBelow(String contextPackage, JavaClass type) {
        String pkg = type.getBaseComponentType().getPackageName();
        if (!pkg.startsWith(contextPackage + ".")) {
            return contextPackage;
        }
        String rest = pkg.substring(contextPackage.length() + 1);
        int dot = rest.indexOf('.');
        return contextPackage + "." + (dot < 0 ? rest : rest.substring(0, dot));
    }

    private static Optional<JavaPackage> packageOf(JavaClass type, String name) {
        for (Optional<JavaPackage> pkg = Optional.of(type.getPackage()); pkg.isPresent(); pkg = pkg.get().getParent()) {
            if (pkg.get().getName().equals(name)) {
                return pkg;
            }
        }
        return Optional.empty();
    }

    /**
     * {@code @Controller}/{@code @RestController} classes live only in a context's {@code adapter.in.web}.
     *
     * @param exempt first package levels below {@code base} whose classes are exempt (infrastructure).
     */
    static ArchRule controllersLiveOnlyInWebAdapters(String base, String... exempt) {
        String[] exemptPackages = Arrays.stream(exempt).map(it -> base + "." + it + "..").toArray(String[]::new);
        return classes().that().resideInAPackage(base + "..").and().resideOutsideOfPackages(exemptPackages)
                .and().areMetaAnnotatedWith("org.springframework.stereotype.Controller")
                .should().resideInAPackage(base + ".*.adapter.in.web..")
                .as("controllers below " + base + " live only in adapter.in.web"
                        + (exempt.length == 0 ? "" : " (exempt: " + String.join(", ", exempt) + ")"));
    }

    /**
     * Persistence rows (classes named {@code *Row} or annotated with Spring Data's {@code @Table}) live only in a
     * context's {@code adapter.out.persistence}. Empty production code is fine: no context uses rows yet.
     */
    static ArchRule persistenceRowsLiveOnlyInPersistenceAdapters(String base) {
        DescribedPredicate<JavaClass> rows = DescribedPredicate.describe("are persistence rows (named *Row or @Table)",
                it -> it.getSimpleName().endsWith("Row") || it.isAnnotatedWith(TABLE_ANNOTATION));
        return classes().that().resideInAPackage(base + "..").and(rows)
                .should().resideInAPackage(base + ".*.adapter.out.persistence..")
                .allowEmptyShould(true)
                .as("persistence rows below " + base + " live only in adapter.out.persistence");
    }

    /**
     * Inbound adapters ({@code adapter.in..}) reach the application through its use cases (the classes of
     * {@code application}) and the types of {@code application.port.in}; they never depend on
     * {@code application.port.out}, the side the application drives.
     */
    static ArchRule inboundAdaptersNeverDependOnOutboundPorts(String base) {
        return noClasses().that().resideInAPackage(base + ".*.adapter.in..")
                .should().dependOnClassesThat().resideInAPackage(base + ".*.application.port.out..")
                .as("inbound adapters below " + base + " never depend on application.port.out");
    }

    /** Suffixes that name a technical role instead of a capability. */
    static final String[] TECHNICAL_SUFFIXES = { "Service", "Manager", "Management", "Queries", "Impl", "Helper",
            "Util", "Utils" };

    /**
     * Use-case classes are named for the capability they offer (the activity on the write side, {@code <Subject>Views}
     * on the read side), never with a technical suffix: no class in a context's {@code application} package (ports
     * included) ends with {@link #TECHNICAL_SUFFIXES}.
     */
    static ArchRule useCasesAreNamedForTheirCapability(String base) {
        DescribedPredicate<JavaClass> technical = DescribedPredicate.describe(
                "a technical suffix (" + String.join(", ", TECHNICAL_SUFFIXES) + ")",
                it -> Arrays.stream(TECHNICAL_SUFFIXES).anyMatch(suffix -> it.getSimpleName().endsWith(suffix)));
        return noClasses().that().resideInAPackage(base + ".*.application..").and().areTopLevelClasses()
                .should(com.tngtech.archunit.lang.conditions.ArchConditions.have(technical))
                .as("use cases below " + base + " are named for their capability, without a technical suffix");
    }

    /**
     * No two contexts have a top-level class of the same simple name: a name means one thing in the code base
     * (nested types such as a record's {@code Line} are exempt).
     */
    static ArchRule noTwoContextsShareAClassName(String base) {
        return classes().that().resideInAPackage(base + "..").and().areTopLevelClasses()
                .and().doNotHaveSimpleName("package-info")
                .should(new ArchCondition<>("have a simple name no other context uses") {
                    private final Map<String, java.util.Set<String>> contextsByName = new java.util.HashMap<>();

                    @Override
                    public void init(java.util.Collection<JavaClass> all) {
                        for (JavaClass type : all) {
                            contextOf(base, type).ifPresent(context -> contextsByName
                                    .computeIfAbsent(type.getSimpleName(), k -> new java.util.TreeSet<>()).add(context));
                        }
                    }

                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        java.util.Set<String> contexts = contextsByName.getOrDefault(item.getSimpleName(), java.util.Set.of());
                        if (contexts.size() > 1) {
                            events.add(SimpleConditionEvent.violated(item, "Class <" + item.getName()
                                    + "> shares its simple name with a class of another context " + contexts));
                        }
                    }
                })
                .as("no two contexts below " + base + " share a class name");
    }

    private static final String CONFIGURATION_PROPERTIES =
            "org.springframework.boot.context.properties.ConfigurationProperties";

    /**
     * Configuration properties are configuration, not a context's API: no {@code @ConfigurationProperties} class
     * lives in a context's root package (they belong in {@code <context>.config}).
     */
    static ArchRule configurationPropertiesAreNotModuleApi(String base) {
        DescribedPredicate<JavaClass> inARootPackage = DescribedPredicate.describe("in a context's root package",
                it -> contextOf(base, it).map(context -> it.getPackageName().equals(base + "." + context)).orElse(false));
        return noClasses().that().resideInAPackage(base + "..").and().areAnnotatedWith(CONFIGURATION_PROPERTIES)
                .should(com.tngtech.archunit.lang.conditions.ArchConditions.be(inARootPackage))
                .as("configuration properties below " + base + " are not part of a context's API (root package)");
    }

    /**
     * Nothing rescans Image I/O's plugins ({@code ImageIO.scanForPlugins()}, or the registry's
     * {@code registerApplicationClasspathSpis()} it calls): a rescan registers webp-imageio's native (libwebp) WebP
     * reader again, which media's image processor took out of Image I/O so that no untrusted file reaches native
     * WebP decoding (ADR 0037). Calls and method references alike.
     */
    static ArchRule nothingRescansImageIoPlugins(String base) {
        DescribedPredicate<JavaAccess<?>> rescan = DescribedPredicate.describe(
                "ImageIO.scanForPlugins() or IIORegistry.registerApplicationClasspathSpis()",
                access -> (access.getTargetOwner().isEquivalentTo(javax.imageio.ImageIO.class)
                        && access.getName().equals("scanForPlugins"))
                        || (access.getTargetOwner().isEquivalentTo(javax.imageio.spi.IIORegistry.class)
                        && access.getName().equals("registerApplicationClasspathSpis")));
        return noClasses().that().resideInAPackage(base + "..")
                .should(com.tngtech.archunit.lang.conditions.ArchConditions.accessTargetWhere(rescan))
                .as("no class below " + base + " rescans Image I/O's plugins (it would bring back the native WebP"
                        + " reader media took out)");
    }

    /** @return the context of a class (first package level below {@code base}), empty for {@code base} and outside. */
    static Optional<String> contextOf(String base, JavaClass type) {
        String pkg = type.getPackageName();
        if (!pkg.startsWith(base + ".")) {
            return Optional.empty();
        }
        String rest = pkg.substring(base.length() + 1);
        int dot = rest.indexOf('.');
        return Optional.of(dot < 0 ? rest : rest.substring(0, dot));
    }

    /** @return {@code base.<context>.adapter.<in|out>.<kind>} for a class in an adapter, empty otherwise. */
    static Optional<String> adapterTreeOf(String base, JavaClass type) {
        String pkg = type.getBaseComponentType().getPackageName();
        if (!pkg.startsWith(base + ".")) {
            return Optional.empty();
        }
        String[] segments = pkg.substring(base.length() + 1).split("\\.");
        if (segments.length < 2 || !segments[1].equals("adapter")) {
            return Optional.empty();
        }
        return Optional.of(base + "." + String.join(".", Arrays.copyOfRange(segments, 0, Math.min(4, segments.length))));
    }

    private static boolean isJdk(JavaClass type) {
        JavaClass base = type.getBaseComponentType();
        return base.isPrimitive() || base.getPackageName().startsWith("java.");
    }

    private static boolean isInPackageTree(JavaClass type, String pkg) {
        String name = type.getBaseComponentType().getPackageName();
        return name.equals(pkg) || name.startsWith(pkg + ".");
    }

    /** Every direct dependency of a class must be {@code allowed(origin, target)} or {@code tolerated}. */
    private static ArchCondition<JavaClass> onlyDependOn(String description, BiPredicate<JavaClass, JavaClass> allowed,
                                                        DescribedPredicate<? super Dependency> tolerated) {
        return new ArchCondition<>(description) {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    if (!allowed.test(item, target) && !tolerated.test(dependency)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }
}
