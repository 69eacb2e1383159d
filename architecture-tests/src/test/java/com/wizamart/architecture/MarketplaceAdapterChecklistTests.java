package com.wizamart.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.wizamart.architecture.MarketplaceAdapterChecklist.Item;
import com.wizamart.architecture.MarketplaceAdapterChecklist.Problem;

/**
 * The checklist of docs/guides/adding-a-marketplace-adapter.md, for every Maven module under {@code marketplace/}
 * (see {@link MarketplaceAdapterChecklist}); the last test proves that each item fails for an adapter that misses it.
 */
class MarketplaceAdapterChecklistTests {

    private static final MarketplaceAdapterChecklist CHECKLIST = MarketplaceAdapterChecklist.ofThisBuild();

    private final List<Problem> problems = CHECKLIST.problems(ProductionClasses.get());

    /** Guards the items below against passing for want of adapters. */
    @Test
    void adaptersAreFound() {
        assertThat(CHECKLIST.adapters()).contains("marketplace/letzshop");
    }

    @Test
    void everyAdapterIsListedInTheRootPom() {
        assertThat(problemsOf(Item.LISTED_IN_THE_ROOT_POM)).isEmpty();
    }

    @Test
    void everyAdapterIsADependencyOfThePlatformApp() {
        assertThat(problemsOf(Item.A_DEPENDENCY_OF_THE_APPLICATION)).isEmpty();
    }

    @Test
    void everyAdapterIsAnApplicationModuleOfItsOwn() {
        assertThat(problemsOf(Item.AN_APPLICATION_MODULE_OF_ITS_OWN)).isEmpty();
    }

    @Test
    void everyAdapterHasAMarketplaceAdapterBean() {
        assertThat(problemsOf(Item.A_MARKETPLACE_ADAPTER_BEAN)).isEmpty();
    }

    /**
     * A build in a temporary folder, with the fixture classes of {@code archfixtures.checklist}: {@code shop/listed}
     * has everything; {@code shop/forgotten} is a folder with a pom that neither the root pom nor the application
     * lists; {@code shop/unwired} is listed but not a dependency of the application; {@code shop/bare} is wired in,
     * but its package declares no application module and holds no adapter bean (its adapter is no component, its
     * component no adapter); {@code shop/scattered} has sources outside its package.
     */
    @Test
    void anAdapterMissingAnItemFailsThatItem(@TempDir Path root) throws IOException {
        String sources = MavenModules.MAIN_SOURCES + "/archfixtures/checklist/shop/";
        write(root, "pom.xml", """
                <project><groupId>com.example</groupId><artifactId>parent</artifactId>
                    <modules>
                        <module>shop</module><module>shop/listed</module><module>shop/unwired</module>
                        <module>shop/bare</module><module>shop/scattered</module><module>app</module>
                    </modules>
                </project>""");
        write(root, "shop/pom.xml", pom("shop", ""));
        for (String adapter : List.of("listed", "forgotten", "unwired", "bare", "scattered")) {
            write(root, "shop/" + adapter + "/pom.xml", pom("shop-" + adapter, ""));
            write(root, "shop/" + adapter + "/" + sources + adapter + "/Adapter.java", "");
        }
        write(root, "shop/scattered/" + MavenModules.MAIN_SOURCES + "/archfixtures/elsewhere/Stray.java", "");
        write(root, "app/pom.xml", pom("app", "<dependencies>" + dependency("shop") + dependency("shop-listed")
                + dependency("shop-bare") + dependency("shop-scattered") + "</dependencies>"));
        var checklist = new MarketplaceAdapterChecklist(MavenModules.read(root), "shop", "app",
                "archfixtures.checklist.shop", archfixtures.checklist.shop.spi.ShopAdapter.class.getName());
        JavaClasses fixtures = PlantedViolationsTests.fixtures("archfixtures.checklist");

        assertThat(checklist.adapters()).containsExactly("shop/bare", "shop/forgotten", "shop/listed", "shop/scattered",
                "shop/unwired");
        assertThat(checklist.problems(fixtures)).extracting(it -> it.module() + " " + it.item())
                .containsExactlyInAnyOrder(
                        "shop/forgotten " + Item.LISTED_IN_THE_ROOT_POM,
                        "shop/forgotten " + Item.A_DEPENDENCY_OF_THE_APPLICATION,
                        "shop/unwired " + Item.A_DEPENDENCY_OF_THE_APPLICATION,
                        "shop/bare " + Item.AN_APPLICATION_MODULE_OF_ITS_OWN,
                        "shop/bare " + Item.A_MARKETPLACE_ADAPTER_BEAN,
                        "shop/scattered " + Item.AN_APPLICATION_MODULE_OF_ITS_OWN);
        assertThat(checklist.problems(fixtures)).extracting(Problem::message)
                .contains("the root pom.xml does not list it: add <module>shop/forgotten</module>")
                .anyMatch(it -> it.startsWith("app/pom.xml does not depend on shop-unwired"));
    }

    private List<Problem> problemsOf(Item item) {
        return problems.stream().filter(it -> it.item() == item).toList();
    }

    private static String pom(String artifactId, String body) {
        return "<project><parent><groupId>com.example</groupId><artifactId>parent</artifactId></parent>"
                + "<artifactId>" + artifactId + "</artifactId>" + body + "</project>";
    }

    private static String dependency(String artifactId) {
        return "<dependency><groupId>com.example</groupId><artifactId>" + artifactId + "</artifactId>"
                + "<version>${project.version}</version></dependency>";
    }

    private static void write(Path root, String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
