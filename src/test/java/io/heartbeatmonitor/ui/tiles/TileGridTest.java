package io.heartbeatmonitor.ui.tiles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heartbeatmonitor.ui.SampleClients;
import io.heartbeatmonitor.ui.model.ClientItem;
import io.heartbeatmonitor.ui.theme.Theme;
import io.heartbeatmonitor.ui.theme.Themes;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class TileGridTest {

    private static final int CLIENTS = 2_000;

    private final List<ClientItem> crowd = SampleClients.crowd(CLIENTS);
    private TileGrid grid;
    private Stage stage;

    @Start
    void start(Stage window) {
        stage = window;
        grid = new TileGrid(Clock.fixed(SampleClients.NOW, ZoneOffset.UTC));
        Scene scene = new Scene(grid, 1100, 700);
        Themes.apply(scene, Theme.LIGHT);
        window.setScene(scene);
        window.show();
        grid.setItems(crowd);
    }

    @Test
    void onlyTheTilesThatFitOnScreenExist(FxRobot robot) {
        int onScreen = onFx(robot, () -> grid.columns() * (grid.visibleRows() + 2));

        assertTrue(grid.tileCount() <= onScreen, grid.tileCount() + " tiles for " + onScreen + " places");
        assertTrue(grid.tileCount() < 100, "far fewer tiles than " + CLIENTS + " clients");
    }

    @Test
    void scrollingToTheEndReusesTheTilesForTheLastClients(FxRobot robot) {
        int before = grid.tileCount();

        robot.clickOn(grid);
        robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(crowd.get(CLIENTS - 1).key(), grid.getSelectedKey());
        assertEquals(before, grid.tileCount());
        assertTrue(grid.visibleTiles().stream().anyMatch(tile -> tile.item() == crowd.get(CLIENTS - 1)),
                "the last client is on screen");
    }

    @Test
    void arrowsMoveTheSelectionByTileAndByRow(FxRobot robot) {
        robot.interact(() -> grid.setSelectedKey(crowd.get(0).key()));
        robot.clickOn(grid.visibleTiles().get(0));

        robot.type(KeyCode.RIGHT);
        robot.type(KeyCode.DOWN);

        assertEquals(crowd.get(1 + grid.columns()).key(), grid.getSelectedKey());
    }

    @Test
    void aSmallerWindowDropsTheTilesItNoLongerNeeds(FxRobot robot) {
        int before = grid.tileCount();

        robot.interact(() -> stage.setHeight(360));
        WaitForAsyncUtils.waitForFxEvents();

        assertTrue(grid.tileCount() < before, grid.tileCount() + " tiles after shrinking, " + before + " before");
    }

    private static <T> T onFx(FxRobot robot, java.util.concurrent.Callable<T> task) {
        return WaitForAsyncUtils.waitForAsyncFx(5_000, task);
    }
}
