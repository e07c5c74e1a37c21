package io.heartbeatmonitor.ui.main;

import io.heartbeatmonitor.app.MonitorLosses;
import java.time.Clock;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;

/**
 * The warning that the picture or the history is incomplete: heartbeats dropped because the
 * monitor fell behind the message rate, or history it could not write. Shown across the window
 * until a minute has passed without a loss or a failed write (see {@link RecentLosses}).
 */
final class LossBanner extends WarningBanner {

    private final ObservableValue<Supplier<MonitorLosses>> source;
    private final Clock clock;
    private final RecentLosses recent = new RecentLosses();

    /**
     * @param source the running monitor's losses, or null while none runs; read on the FX thread
     *        once a second, so it must not block
     */
    LossBanner(ObservableValue<Supplier<MonitorLosses>> source, Clock clock) {
        super("loss");
        this.source = source;
        this.clock = clock;
        source.addListener((o, old, now) -> {
            recent.reset(clock.instant());
            update();
        });
        recent.reset(clock.instant());
        update();
    }

    /** Takes the monitor's counts and refreshes the text; called once a second. */
    void update() {
        Supplier<MonitorLosses> losses = source.getValue();
        if (losses == null) {
            hide();
            return;
        }
        recent.add(losses.get(), clock.instant());
        if (recent.any()) {
            show(recent.headline(), recent.detail());
        } else {
            hide();
        }
    }
}
