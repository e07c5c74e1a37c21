package io.heartbeatmonitor.ui.detail;

import io.heartbeatmonitor.ui.format.UiFormat;
import io.heartbeatmonitor.ui.history.MinuteMetrics;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/**
 * Messages sent and received per minute, and errors per minute, on a time axis. The x values are
 * minutes since the epoch, labelled as local times of day.
 */
final class MetricsCharts extends VBox {

    private final NumberAxis messagesTime = timeAxis();
    private final NumberAxis errorsTime = timeAxis();
    private final LineChart<Number, Number> messages = chart(messagesTime, "messages-chart");
    private final LineChart<Number, Number> errors = chart(errorsTime, "errors-chart");
    private final XYChart.Series<Number, Number> sent = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> received = new XYChart.Series<>();
    private final XYChart.Series<Number, Number> failed = new XYChart.Series<>();
    private final Label emptyMessages = emptyNote();
    private final Label emptyErrors = emptyNote();
    private Shown shown;

    MetricsCharts() {
        super(4);
        getStyleClass().add("metrics-charts");
        sent.setName("Sent / min");
        received.setName("Received / min");
        failed.setName("Errors / min");
        messages.getData().addAll(List.of(sent, received));
        errors.getData().add(failed);
        // A chart of one series names it in its title: the legend of a single series did not
        // show in the detail's layout, which left an unlabelled line.
        errors.setTitle("Errors / min");
        errors.setLegendVisible(false);
        messages.setPrefHeight(200);
        errors.setPrefHeight(150);
        getChildren().addAll(new StackPane(messages, emptyMessages), new StackPane(errors, emptyErrors));
    }

    /**
     * Shows the complete minutes among {@code minutes} between {@code from} and {@code to}. The
     * minute under way is left out: its count is still growing, and drawn it would look like a
     * drop at the end of every line.
     */
    void show(List<MinuteMetrics> all, Instant from, Instant to, long tickMinutes) {
        Instant current = Instant.ofEpochSecond(Math.floorDiv(to.getEpochSecond(), 60) * 60);
        List<MinuteMetrics> minutes =
                all.stream().filter(minute -> minute.minute().isBefore(current)).toList();
        double lower = Math.floorDiv(from.getEpochSecond(), 60);
        double upper = Math.max(lower + 1, Math.floorDiv(to.getEpochSecond(), 60));
        // The detail asks again with every hand-over, but complete minutes change once a
        // minute; new points for the same picture would cost the charts a whole layout.
        Shown next = new Shown(minutes, lower, upper, tickMinutes);
        if (next.equals(shown)) {
            return;
        }
        shown = next;
        for (NumberAxis axis : List.of(messagesTime, errorsTime)) {
            axis.setLowerBound(lower);
            axis.setUpperBound(upper);
            axis.setTickUnit(tickMinutes);
        }
        sent.getData().setAll(points(minutes, MinuteMetrics::sent));
        received.getData().setAll(points(minutes, MinuteMetrics::received));
        failed.getData().setAll(points(minutes, MinuteMetrics::errors));
        boolean empty = minutes.isEmpty();
        emptyMessages.setVisible(empty);
        emptyErrors.setVisible(empty);
    }

    /** What the charts show, to tell whether a request would change it. */
    private record Shown(List<MinuteMetrics> minutes, double lower, double upper, long tickMinutes) {
    }

    /** How many points the messages chart shows, for tests. */
    int pointCount() {
        return sent.getData().size();
    }

    private static List<XYChart.Data<Number, Number>> points(List<MinuteMetrics> minutes,
            ToLongFunction<MinuteMetrics> value) {
        List<XYChart.Data<Number, Number>> points = new ArrayList<>(minutes.size());
        for (MinuteMetrics minute : minutes) {
            points.add(new XYChart.Data<>(minute.minute().getEpochSecond() / 60, value.applyAsLong(minute)));
        }
        return points;
    }

    /** Counts are whole: an axis that steps by halves labels only its whole ticks. */
    private static final StringConverter<Number> WHOLE_NUMBERS = new StringConverter<>() {
        @Override
        public String toString(Number value) {
            double number = value.doubleValue();
            return number == Math.rint(number) ? String.format(java.util.Locale.ROOT, "%,.0f", number) : "";
        }

        @Override
        public Number fromString(String text) {
            throw new UnsupportedOperationException("axis labels are not parsed");
        }
    };

    private static LineChart<Number, Number> chart(NumberAxis time, String styleClass) {
        NumberAxis count = new NumberAxis();
        count.setForceZeroInRange(true);
        count.setMinorTickVisible(false);
        count.setTickLabelFormatter(WHOLE_NUMBERS);
        LineChart<Number, Number> chart = new LineChart<>(time, count);
        chart.getStyleClass().add(styleClass);
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setHorizontalGridLinesVisible(true);
        chart.setVerticalGridLinesVisible(false);
        return chart;
    }

    private static NumberAxis timeAxis() {
        NumberAxis axis = new NumberAxis();
        axis.setAutoRanging(false);
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number minute) {
                return UiFormat.clock(Instant.ofEpochSecond(minute.longValue() * 60)).substring(0, 5);
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("axis labels are not parsed");
            }
        });
        return axis;
    }

    private static Label emptyNote() {
        Label note = new Label("No complete minute yet: each minute shows once it is over.");
        note.getStyleClass().add("empty-note");
        note.setMouseTransparent(true);
        return note;
    }
}
