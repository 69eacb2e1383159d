package com.wizamart.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.wizamart.architecture.MavenModules.MavenModule;

class MavenModulesTests {

    @TempDir
    Path repository;

    @Test
    void readsModulesTheirPackagesAndTheirDependenciesFromThePoms() throws IOException {
        writeBuild();

        MavenModules build = MavenModules.read(repository);

        assertThat(build.all()).extracting(MavenModule::path)
                .containsExactly("kernel", "shop", "shop/alpha", "app", "tools", "group", "group/nested");
        MavenModule alpha = build.module("shop-alpha").orElseThrow();
        assertThat(alpha.path()).isEqualTo("shop/alpha");
        assertThat(alpha.directory()).isEqualTo(repository.resolve("shop/alpha").toAbsolutePath().normalize());
        assertThat(alpha.packages()).containsExactly("com.example.shop.alpha", "com.example.shop.alpha.format");
        assertThat(build.module("shop").orElseThrow().packages()).containsExactly("com.example.shop");
        // compile, runtime and unscoped count; test (declared, or managed in the root pom) and other groups do not
        assertThat(build.module("app").orElseThrow().dependencies()).containsExactly("kernel", "shop", "shop-alpha");
        assertThat(build.module("nested").orElseThrow().packages()).containsExactly("com.example.nested");
    }

    @Test
    void theApplicationIsAModuleAndWhatItDependsOnTransitively() throws IOException {
        writeBuild();

        assertThat(MavenModules.read(repository).application("app").all()).extracting(MavenModule::artifactId)
                .containsExactlyInAnyOrder("app", "kernel", "shop", "shop-alpha");
    }

    @Test
    void aPackageBelongsToTheModuleWithTheLongestPackageItLiesIn() throws IOException {
        writeBuild();
        MavenModules build = MavenModules.read(repository);

        assertThat(build.owner("com.example.shop.alpha").map(MavenModule::artifactId)).contains("shop-alpha");
        assertThat(build.owner("com.example.shop.alpha.generated").map(MavenModule::artifactId)).contains("shop-alpha");
        assertThat(build.owner("com.example.shop.domain").map(MavenModule::artifactId)).contains("shop");
        assertThat(build.owner("com.example.shopping")).isEmpty();
        assertThat(build.owner("org.example")).isEmpty();
    }

    @Test
    void aPackageInTwoModulesIsASplitPackage() throws IOException {
        writeBuild();
        write("tools/src/main/java/com/example/shop/Stray.java", "");

        assertThat(MavenModules.read(repository).splitPackages())
                .containsExactly(java.util.Map.entry("com.example.shop", List.of("shop", "tools")));
    }

    /** A class folder is named after the module's directory, not its artifact: {@code letzshop}, not the artifact. */
    @Test
    void aClassIsLoadedFromTheModuleThatBuiltItOrFromItsArtifactsJar() {
        Path root = Path.of("/work/wizamart");
        MavenModules build = MavenModules.of(root, List.of(
                MavenModule.of("tenancy", root.resolve("tenancy")),
                MavenModule.of("marketplace", root.resolve("marketplace")),
                MavenModule.of("marketplace-letzshop", root.resolve("marketplace/letzshop")),
                MavenModule.of("shared-kernel", root.resolve("shared-kernel")),
                MavenModule.of("platform-app", root.resolve("platform-app"))));

        assertThat(build.moduleOf(URI.create(
                "file:/work/wizamart/tenancy/target/classes/com/wizamart/tenancy/Vendors.class"))).isEqualTo("tenancy");
        assertThat(build.moduleOf(URI.create("file:/work/wizamart/marketplace/letzshop/target/classes/"
                + "com/wizamart/marketplace/letzshop/LetzshopAdapter.class"))).isEqualTo("marketplace-letzshop");
        assertThat(build.moduleOf(URI.create("file:/work/wizamart/marketplace/target/classes/"
                + "com/wizamart/marketplace/FeedImports.class"))).isEqualTo("marketplace");
        assertThat(build.moduleOf(URI.create("jar:file:/work/wizamart/shared-kernel/target/"
                + "shared-kernel-0.1.0-SNAPSHOT.jar!/com/wizamart/sharedkernel/DomainException.class")))
                .isEqualTo("shared-kernel");
        assertThat(build.moduleOf(URI.create("jar:file:/root/.m2/repository/com/wizamart/platform-app/0.1.0-SNAPSHOT/"
                + "platform-app-0.1.0-SNAPSHOT.jar!/com/wizamart/WizamartApplication.class")))
                .isEqualTo("platform-app");
        assertThat(build.moduleOf(URI.create("jar:file:/root/.m2/repository/com/wizamart/marketplace-letzshop/"
                + "0.1.0-SNAPSHOT/marketplace-letzshop-0.1.0-SNAPSHOT.jar!/com/wizamart/marketplace/letzshop/"
                + "LetzshopAdapter.class"))).isEqualTo("marketplace-letzshop");
        assertThat(build.moduleOf(URI.create("jar:file:/root/.m2/repository/org/example/other-1.0.jar!/A.class")))
                .isEqualTo("jar:file:/root/.m2/repository/org/example/other-1.0.jar!/A.class");
    }

    @Test
    void theRootIsTheOutermostPomThatListsTheModulesOnTheWay() throws IOException {
        write("pom.xml", pom("outside", "<modules><module>elsewhere</module></modules>"));
        write("repo/pom.xml", pom("parent", "<modules><module>group</module></modules>"));
        write("repo/group/pom.xml", pom("group", "<modules><module>inner</module></modules>"));
        write("repo/group/inner/pom.xml", pom("inner", ""));
        Files.createDirectories(repository.resolve("repo/group/inner/target/test-classes"));

        assertThat(MavenModules.findRoot(repository.resolve("repo/group/inner/target/test-classes")))
                .isEqualTo(repository.resolve("repo").toAbsolutePath().normalize());
    }

    @Test
    void thisBuildIsFoundFromTheTestClasses() {
        MavenModules build = MavenModules.ofThisBuild();

        assertThat(build.module("architecture-tests").orElseThrow().path()).isEqualTo("architecture-tests");
        assertThat(build.root().resolve("pom.xml")).isRegularFile();
        assertThat(MavenModules.artifactIdIn(build.root())).isEqualTo("wizamart-parent");
    }

    private void writeBuild() throws IOException {
        write("pom.xml", """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                    <groupId>com.example</groupId>
                    <artifactId>parent</artifactId>
                    <modules>
                        <module>kernel</module>
                        <module>shop</module>
                        <module>shop/alpha</module>
                        <module>app</module>
                        <module>tools</module>
                        <module>group</module>
                    </modules>
                    <dependencyManagement>
                        <dependencies>
                            <dependency><groupId>com.example</groupId><artifactId>tools</artifactId>
                                <version>1</version><scope>test</scope></dependency>
                        </dependencies>
                    </dependencyManagement>
                </project>
                """);
        write("kernel/pom.xml", pom("kernel", ""));
        write("kernel/src/main/java/com/example/kernel/Problem.java", "");
        write("shop/pom.xml", pom("shop", dependencies("kernel", "")));
        write("shop/src/main/java/com/example/shop/Shop.java", "");
        write("shop/alpha/pom.xml", pom("shop-alpha", dependencies("shop", "")));
        write("shop/alpha/src/main/java/com/example/shop/alpha/Alpha.java", "");
        write("shop/alpha/src/main/java/com/example/shop/alpha/format/package-info.java", "");
        write("shop/alpha/src/main/resources/com/example/shop/alpha/data/Ignored.java.txt", "");
        write("app/pom.xml", pom("app", "<dependencies>"
                + dependency("kernel", "compile") + dependency("shop", "runtime")
                + dependency("shop-alpha", "") + dependency("tools", "") + dependency("group", "test")
                + "<dependency><groupId>org.other</groupId><artifactId>shop</artifactId></dependency>"
                + "</dependencies>"));
        write("tools/pom.xml", pom("tools", ""));
        write("group/pom.xml", pom("group", "<packaging>pom</packaging><modules><module>nested</module></modules>"));
        write("group/nested/pom.xml", pom("nested", ""));
        write("group/nested/src/main/java/com/example/nested/Nested.java", "");
    }

    private static String pom(String artifactId, String body) {
        return """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                    <parent><groupId>com.example</groupId><artifactId>parent</artifactId></parent>
                    <artifactId>%s</artifactId>
                    %s
                </project>
                """.formatted(artifactId, body);
    }

    private static String dependencies(String artifactId, String scope) {
        return "<dependencies>" + dependency(artifactId, scope) + "</dependencies>";
    }

    private static String dependency(String artifactId, String scope) {
        return "<dependency><groupId>com.example</groupId><artifactId>" + artifactId + "</artifactId>"
                + (scope.isEmpty() ? "" : "<scope>" + scope + "</scope>") + "</dependency>";
    }

    private void write(String path, String content) throws IOException {
        Path file = repository.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
