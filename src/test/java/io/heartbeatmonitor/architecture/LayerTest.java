package io.heartbeatmonitor.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of the product and their one direction: ui, app, then nats, client and history,
 * with core at the bottom. core and history never touch JavaFX, so that the rules and the
 * store run and are tested without a toolkit.
 */
class LayerTest {

    private static final String ROOT = "io.heartbeatmonitor";
    private static JavaClasses product;

    @BeforeAll
    static void importProductClasses() {
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void coreAndHistoryNeverImportJavaFx() {
        noClasses().that().resideInAnyPackage(ROOT + ".core..", ROOT + ".history..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(product);
    }

    @Test
    void coreUsesOnlyTheJdkJacksonStreamingAndSlf4j() {
        classes().that().resideInAPackage(ROOT + ".core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(ROOT + ".core..", "java..",
                        "com.fasterxml.jackson.core..", "org.slf4j..")
                .check(product);
    }

    @Test
    void historyBuildsOnCoreOnly() {
        noClasses().that().resideInAPackage(ROOT + ".history..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".nats..", ROOT + ".client..",
                        ROOT + ".app..", ROOT + ".ui..", "io.nats..")
                .check(product);
    }

    @Test
    void natsBuildsOnCoreOnly() {
        noClasses().that().resideInAPackage(ROOT + ".nats..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".history..", ROOT + ".client..",
                        ROOT + ".app..", ROOT + ".ui..")
                .check(product);
    }

    @Test
    void clientLibraryNeedsNeitherHistoryNorTheApp() {
        noClasses().that().resideInAPackage(ROOT + ".client..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".history..", ROOT + ".app..",
                        ROOT + ".ui..")
                .check(product);
    }

    @Test
    void appNeverReachesUpIntoTheUi() {
        noClasses().that().resideInAPackage(ROOT + ".app..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".ui..", "javafx..")
                .check(product);
    }
}
