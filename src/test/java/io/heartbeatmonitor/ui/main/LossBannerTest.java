package io.heartbeatmonitor.ui.main;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heartbeatmonitor.app.MonitorLosses;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The loss banner, on a real JavaFX toolkit, fed with a running monitor's totals. */
@ExtendWith(ApplicationExtension.class)
class LossBannerTest {

    private final ObjectProperty<Supplier<MonitorLosses>> source = new SimpleObjectProperty<>();
    private final AtomicReference<MonitorLosses> totals = new AtomicReference<>(MonitorLosses.NONE);
    private LossBanner banner;

    @Start
    void start(Stage stage) {
        banner = new LossBanner(source, Clock.systemUTC());
        stage.setScene(new Scene(new VBox(banner), 900, 200));
        stage.show();
    }

    @Test
    void theBannerStaysAwayWhileNoMonitorRunsAndWhileNothingIsLost(FxRobot robot) throws Exception {
        robot.interact(banner::update);
        assertFalse(fx(banner::isVisible), "no monitor");

        robot.interact(() -> source.set(totals::get));
        robot.interact(banner::update);

        assertFalse(fx(banner::isVisible), "nothing lost");
        assertFalse(fx(banner::isManaged), "and it takes no room");
    }

    @Test
    void droppedHeartbeatsShowAtTheNextUpdate(FxRobot robot) throws Exception {
        robot.interact(() -> source.set(totals::get));

        totals.set(new MonitorLosses(250, 0, 0, null));
        robot.interact(banner::update);

        assertTrue(fx(banner::isVisible));
        assertEquals("FALLING BEHIND: 250 heartbeats dropped in the last minute",
                fx(() -> robot.lookup("#loss-text").queryAs(Label.class).getText()));
        assertTrue(fx(() -> robot.lookup("#loss-detail").queryAs(Label.class).getText())
                .contains("250 dropped since it started"));
    }

    @Test
    void anotherMonitorStartsWithACleanSlate(FxRobot robot) throws Exception {
        robot.interact(() -> source.set(totals::get));
        totals.set(new MonitorLosses(250, 0, 0, null));
        robot.interact(banner::update);

        AtomicReference<MonitorLosses> next = new AtomicReference<>(MonitorLosses.NONE);
        robot.interact(() -> source.set(next::get));

        assertFalse(fx(banner::isVisible));
    }

    private static <T> T fx(Callable<T> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(task).get(5, TimeUnit.SECONDS);
    }
}
