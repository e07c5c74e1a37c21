package io.heartbeatmonitor.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heartbeatmonitor.core.presence.PresenceState;
import io.heartbeatmonitor.ui.FleetFixture;
import io.heartbeatmonitor.ui.MonitorWindow;
import io.heartbeatmonitor.ui.connection.ProfileStore;
import io.heartbeatmonitor.ui.model.ClientItem;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The stale banner comes when nats-server dies and goes when it is back. */
@ExtendWith(ApplicationExtension.class)
class StaleIndicatorTest {

    private static FleetFixture fleet;

    private MainViewModel model;
    private MonitorWindow window;

    @BeforeAll
    static void startFleet() throws Exception {
        fleet = FleetFixture.start();
    }

    @AfterAll
    static void stopFleet() throws Exception {
        fleet.close();
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        robot.interact(() -> window.stage().close());
        window.stopped().get(20, TimeUnit.SECONDS);
    }

    @Start
    void start(Stage primary) throws Exception {
        Stage stage = new Stage();
        model = new MainViewModel();
        window = new MonitorWindow(stage, model,
                new ProfileStore(Files.createTempDirectory("hbmon-test").resolve("profiles.json")), null, 10);
        stage.setWidth(1260);
        stage.setHeight(780);
        window.show();
        model.connect(fleet.spec(), "test");
    }

    @Test
    void theBannerSaysSinceWhenTheDataIsStaleAndLeavesOnReconnect(FxRobot robot) throws Exception {
        waitFor(() -> model.fleet().getCounts().count(PresenceState.HEALTHY) == FleetFixture.STEADY);
        assertTrue(!fx(() -> robot.lookup("#stale-banner").query().isVisible()), "no banner while connected");

        fleet.killServer();
        waitFor(() -> robot.lookup("#stale-banner").query().isVisible());

        String text = fx(() -> robot.lookup("#stale-text").queryAs(Label.class).getText());
        assertTrue(text.startsWith("DATA STALE since "), text);
        assertEquals("Reconnecting\u2026", fx(() -> robot.lookup("#connection-status").queryAs(Label.class).getText()));
        assertEquals(FleetFixture.STEADY, (int) fx(() -> model.fleet().getCounts().count(PresenceState.HEALTHY)),
                "states stay as last seen while the monitor cannot see");
        assertTrue(fx(() -> window.stage().getTitle().endsWith("DATA STALE")), "the title says so too");

        fleet.restartServer();
        waitFor(() -> !robot.lookup("#stale-banner").query().isVisible());
        assertEquals("Connected", fx(() -> robot.lookup("#connection-status").queryAs(Label.class).getText()));
        waitFor(() -> model.fleet().items().stream().map(ClientItem::state)
                .filter(state -> state == PresenceState.HEALTHY).count() == FleetFixture.STEADY);
    }

    private static <T> T fx(Callable<T> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(task).get(5, TimeUnit.SECONDS);
    }

    private static void waitFor(Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("the window did not get there in 20 s", e);
        }
    }
}
