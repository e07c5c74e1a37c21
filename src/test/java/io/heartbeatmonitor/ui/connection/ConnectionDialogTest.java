package io.heartbeatmonitor.ui.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heartbeatmonitor.app.demo.LocalNatsServer;
import io.heartbeatmonitor.ui.theme.Theme;
import io.heartbeatmonitor.ui.theme.Themes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The connection dialog against a real nats-server, with its profiles in a temporary folder. */
@ExtendWith(ApplicationExtension.class)
class ConnectionDialogTest {

    private static final String SEED = "SUAFAKESEEDFORTHEDIALOGTESTTHATMUSTSTAYINITSOWNFILE000000000";

    private static LocalNatsServer server;

    @TempDir
    static Path folder;

    private final AtomicReference<ConnectionChoice> chosen = new AtomicReference<>();
    private ProfileStore store;

    @BeforeAll
    static void startServer() throws Exception {
        server = LocalNatsServer.start();
    }

    @AfterAll
    static void stopServer() throws InterruptedException {
        server.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        store = new ProfileStore(Files.createTempDirectory(folder, "config").resolve("profiles.json"));
        ConnectionDialogModel model = new ConnectionDialogModel(store, null, 12);
        Scene scene = new Scene(new ConnectionDialog(model, chosen::set, () -> { }), 860, 520);
        Themes.apply(scene, Theme.LIGHT);
        stage.setScene(scene);
        stage.show();
        model.load();
    }

    @Test
    void withNothingSavedTheDemoIsOfferedFirst(FxRobot robot) throws Exception {
        waitUntil(() -> robot.lookup("#welcome-demo").query().isVisible());

        robot.clickOn("#welcome-demo");

        assertTrue(chosen.get().spec().isDemo());
        assertEquals(12, chosen.get().spec().demoClients());
    }

    @Test
    void aSavedProfileKeepsThePathOfItsSeedAndComesBackWhenReopened(FxRobot robot) throws Exception {
        Path seed = Files.writeString(folder.resolve("monitor.nk"), SEED + "\n");
        robot.clickOn("#profile-name").write("production");
        replaceText(robot, "#profile-servers", server.url());
        robot.clickOn("#profile-auth").clickOn("NKey seed file");
        robot.clickOn("#profile-secret").write(seed.toString());
        robot.clickOn("#profile-tenant").write("acme");

        robot.clickOn("#profile-save");
        waitUntil(() -> Files.exists(store.file()));

        String written = Files.readString(store.file());
        assertFalse(written.contains(SEED), "the seed stays in its own file");
        assertTrue(written.contains(seed.toString()));
        SavedProfile loaded = store.load().find("production").orElseThrow();
        assertEquals(AuthKind.NKEY, loaded.auth());
        assertEquals(seed, loaded.secretFile());
        assertEquals("acme", loaded.tenant());
    }

    @Test
    void testConnectionSaysWhetherTheServerLetUsIn(FxRobot robot) throws Exception {
        replaceText(robot, "#profile-servers", server.url());
        robot.clickOn("#scope-all");

        robot.clickOn("#profile-test");
        waitUntil(() -> status(robot).startsWith("Connected to"));

        replaceText(robot, "#profile-servers", "nats://127.0.0.1:1");
        robot.clickOn("#profile-test");
        waitUntil(() -> status(robot).startsWith("Cannot reach NATS"));
    }

    @Test
    void connectHandsOverTheFormAsWhatToWatch(FxRobot robot) throws Exception {
        replaceText(robot, "#profile-servers", server.url());
        robot.clickOn("#profile-tenant").write("acme");

        robot.clickOn("#dialog-connect");

        assertEquals("acme", chosen.get().spec().tenant());
        assertEquals(server.url(), chosen.get().spec().profile().servers().get(0));
    }

    /** Selects what the field holds and types {@code text} over it, as a user would. */
    private static void replaceText(FxRobot robot, String field, String text) {
        robot.clickOn(field).push(KeyCode.SHORTCUT, KeyCode.A).write(text);
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#dialog-status").queryAs(Label.class).getText();
    }

    private void waitUntil(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("not reached in time; the dialog says: " + status(new FxRobot()), e);
        }
    }
}
