package io.heartbeatmonitor.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heartbeatmonitor.client.HeartbeatClient;
import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.core.ClientStatus;
import io.heartbeatmonitor.core.Metadata;
import io.heartbeatmonitor.core.presence.ClientSnapshot;
import io.heartbeatmonitor.core.presence.PresenceState;
import io.heartbeatmonitor.ui.FleetFixture;
import io.heartbeatmonitor.ui.MonitorWindow;
import io.heartbeatmonitor.ui.connection.ProfileStore;
import io.heartbeatmonitor.ui.model.ClientItem;
import io.heartbeatmonitor.ui.model.StateCounts;
import io.heartbeatmonitor.ui.session.HistoryPlan;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window on a real nats-server with simulated clients: tiles and counts, the detail,
 * search and filters, and the keyboard.
 */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

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

    @Start
    void start(Stage primary) throws Exception {
        Stage stage = new Stage();
        model = new MainViewModel();
        Path folder = Files.createTempDirectory("hbmon-test");
        // The detail reads what the monitor records into a real history file.
        model.setHistoryPlan(HistoryPlan.file(folder.resolve("history.db")));
        ProfileStore profiles = new ProfileStore(folder.resolve("profiles.json"));
        // The window's clock runs a minute ahead, so that the minute in which heartbeats arrive
        // counts as complete and the per-minute charts have a point without a minute's wait.
        Clock ahead = Clock.offset(Clock.systemDefaultZone(), Duration.ofSeconds(61));
        window = new MonitorWindow(stage, model, profiles, null, 10, ahead);
        // Monocle's headless screen is 1280 x 800; a larger window overflows its frame buffer.
        stage.setWidth(1260);
        stage.setHeight(780);
        window.show();
        model.connect(fleet.spec(), "test");
    }

    @AfterEach
    void closeWindow(FxRobot robot) throws Exception {
        robot.interact(() -> window.stage().close());
        window.stopped().get(20, TimeUnit.SECONDS);
    }

    @Test
    void tilesAndSummaryShowEveryClientInItsState(FxRobot robot) throws Exception {
        waitFor(() -> model.getPhase() == SessionPhase.RUNNING);
        fx(model::getSession).tracker().addKnown(new ClientKey(FleetFixture.TENANT, "expected-1"),
                new Metadata("Expected One", "probe", List.of()));
        HeartbeatClient leaver = fleet.client("leaver", "Leaver", "probe", List.of(), ClientStatus.HEALTHY);
        leaver.start();
        waitFor(() -> stateOf("Leaver") == PresenceState.HEALTHY);
        leaver.close();
        fleet.sendBrokenHeartbeat("probe-1");

        waitFor(() -> summary(robot, "healthy").equals("6") && summary(robot, "offline").equals("1")
                && summary(robot, "rejected").equals("1"));

        assertEquals("1", summary(robot, "degraded"));
        assertEquals("1", summary(robot, "unhealthy"));
        assertEquals("1", summary(robot, "unknown"));
        assertEquals("0", summary(robot, "late"));
        assertEquals(fx(this::trackerCounts), fx(model.fleet()::getCounts), "the window counts what the tracker knows");
        assertEquals("DEGRADED", tileState(robot, "Probe North"));
        assertEquals("UNHEALTHY", tileState(robot, "Probe South"));
        assertEquals("OFFLINE", tileState(robot, "Leaver"));
        assertEquals("UNKNOWN", tileState(robot, "Expected One"));
        assertTrue(tileTexts(robot, "Probe North").contains("PROTOCOL \u00d71"), "a badge for the broken heartbeat");
        assertTrue(tileTexts(robot, "Leaver").contains("left"), "the offline tile says the client left");
        assertFalse(fx(() -> robot.lookup("#loss-banner").query().isVisible()),
                "a monitor that keeps up and records shows no loss banner");
    }

    @Test
    void openingATileShowsTheDetailWithChartsSessionsAndRawHeartbeats(FxRobot robot) throws Exception {
        waitFor(() -> model.fleet().getCounts().total() == FleetFixture.STEADY + 2);

        robot.clickOn(tile(robot, "Probe North"));
        robot.type(KeyCode.ENTER);

        waitFor(() -> model.isDetailOpen() && text(robot, "#detail-name").equals("Probe North"));
        assertEquals("Degraded", text(robot, "#detail-state"));
        assertEquals("2.0.0", text(robot, "#fact-version"));
        assertEquals("diagnose", text(robot, "#fact-capabilities"));
        waitFor(() -> window.view().detail().sessionRowCount() >= 1);
        waitFor(() -> window.view().detail().chartPointCount() >= 1);
        waitFor(() -> window.view().detail().shownJson().contains("\"client_id\" : \"probe-1\""));
    }

    @Test
    void searchAndFiltersNarrowTheGridAndEscClearsThem(FxRobot robot) throws Exception {
        waitFor(() -> model.fleet().getCounts().total() == FleetFixture.STEADY + 2);

        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL).write("probe");
        waitFor(() -> shownNames().equals(List.of("Probe South", "Probe North")));
        assertEquals("2 of 8 clients", fx(() -> text(robot, "#shown-count")));

        robot.type(KeyCode.ESCAPE);
        waitFor(() -> model.getShown().size() == 8);

        robot.clickOn("#state-filter").clickOn(popupItem(robot, ".context-menu", "Unhealthy"));
        waitFor(() -> shownNames().equals(List.of("Probe South")));
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#capability-filter").clickOn(popupItem(robot, ".combo-box-popup", "diagnose"));
        waitFor(() -> shownNames().equals(List.of("Probe North")));
        robot.type(KeyCode.ESCAPE);
        robot.clickOn("#version-filter").clickOn(popupItem(robot, ".combo-box-popup", "2.0.0"));
        waitFor(() -> shownNames().size() == 2);
        assertEquals(2, (int) fx(window.view().grid()::visibleTileCount));
    }

    @Test
    void arrowsMoveBetweenTilesEnterOpensAndEscCloses(FxRobot robot) throws Exception {
        waitFor(() -> model.getShown().size() == FleetFixture.STEADY + 2);
        List<ClientItem> shown = fx(model::getShown);
        robot.clickOn(tile(robot, shown.get(0).name()));

        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.ENTER);

        assertEquals(shown.get(1).key(), fx(model::getSelected));
        waitFor(() -> model.isDetailOpen());
        robot.type(KeyCode.ESCAPE);
        waitFor(() -> !model.isDetailOpen());
    }

    private static <T> T fx(Callable<T> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(task).get(5, TimeUnit.SECONDS);
    }

    private StateCounts trackerCounts() {
        List<ClientSnapshot> all = model.getSession().tracker().snapshotAll();
        return io.heartbeatmonitor.ui.SampleClients.counts(all);
    }

    private PresenceState stateOf(String name) {
        return model.fleet().items().stream().filter(item -> item.name().equals(name)).map(ClientItem::state)
                .findFirst().orElse(null);
    }

    private List<String> shownNames() {
        return model.getShown().stream().map(ClientItem::name).toList();
    }

    /** The entry called {@code text} in an open menu or drop-down list, not a label elsewhere. */
    private static Node popupItem(FxRobot robot, String popup, String text) {
        return robot.lookup(popup).lookup((Node node) -> node instanceof Labeled labeled
                && text.equals(labeled.getText()) && node.isVisible()).query();
    }

    private static String summary(FxRobot robot, String id) {
        return text(robot, "#summary-" + id + "-value");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** The tile that shows the client called {@code name}, or null when none does. */
    private static Node tile(FxRobot robot, String name) {
        return robot.lookup(".client-tile").match(node -> node.isVisible()
                && robot.from(node).lookup(".tile-name").queryAllAs(Label.class).stream()
                .anyMatch(label -> label.getText().equals(name))).tryQuery().orElse(null);
    }

    private static String tileState(FxRobot robot, String name) {
        return robot.from(tile(robot, name)).lookup(".tile-state").queryAs(Label.class).getText();
    }

    private static List<String> tileTexts(FxRobot robot, String name) {
        return robot.from(tile(robot, name)).lookup(".label").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).toList();
    }

    /** Waits for {@code condition}, asking it on the FX thread, which owns what it reads. */
    private static void waitFor(Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(condition));
        } catch (TimeoutException e) {
            throw new AssertionError("the window did not get there in 20 s", e);
        }
    }
}
