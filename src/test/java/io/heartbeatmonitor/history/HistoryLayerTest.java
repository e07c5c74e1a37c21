package io.heartbeatmonitor.history;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The history layer stands on core alone: no JavaFX, no NATS, nothing of the layers above. */
class HistoryLayerTest {

    @Test
    void historyUsesNeitherJavaFxNorTheLayersAboveIt() {
        Path classes = Path.of(System.getProperty("basedir", "."), "target", "classes");
        JavaClasses history = new ClassFileImporter().importPath(
                classes.resolve(Path.of("io", "heartbeatmonitor", "history")));
        assertTrue(history.size() > 20, "the history classes were found: " + history.size());

        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.nats..",
                "io.heartbeatmonitor.nats..", "io.heartbeatmonitor.app..", "io.heartbeatmonitor.ui..")
                .check(history);
    }
}
