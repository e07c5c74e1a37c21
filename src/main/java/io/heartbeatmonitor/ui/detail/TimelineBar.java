package io.heartbeatmonitor.ui.detail;

import io.heartbeatmonitor.ui.format.UiFormat;
import io.heartbeatmonitor.ui.history.StateSpan;
import io.heartbeatmonitor.ui.theme.Palette;
import io.heartbeatmonitor.ui.theme.StateLook;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * A day of one client's states as a bar: each state's stretch in its colour, and time the monitor
 * was not watching hatched as "not monitored". Hovering shows the stretch under the pointer.
 */
final class TimelineBar extends Region {

    private static final double BAR_HEIGHT = 30;
    private static final double AXIS_HEIGHT = 18;

    private final Canvas canvas = new Canvas();
    private final Tooltip tip = new Tooltip();
    private List<StateSpan> spans = List.of();
    private Instant from = Instant.EPOCH;
    private Instant to = Instant.EPOCH.plusSeconds(1);
    private Color gapColour = Color.GRAY;
    private Color textColour = Color.BLACK;

    TimelineBar() {
        getStyleClass().add("timeline-bar");
        getChildren().add(canvas);
        setMinHeight(BAR_HEIGHT + AXIS_HEIGHT);
        setPrefHeight(BAR_HEIGHT + AXIS_HEIGHT);
        Tooltip.install(canvas, tip);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, event -> tip.setText(describeAt(event.getX())));
    }

    /** Shows {@code shown} over {@code [start, end)}. */
    void show(List<StateSpan> shown, Instant start, Instant end) {
        spans = shown.stream().filter(span -> span.to().isAfter(start) && span.from().isBefore(end)).toList();
        from = start;
        to = end;
        draw();
    }

    /** Sets the colours that follow the theme. */
    void setColours(Color gap, Color text) {
        gapColour = gap;
        textColour = text;
        draw();
    }


    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.max(1, getWidth()));
        canvas.setHeight(BAR_HEIGHT + AXIS_HEIGHT);
        draw();
    }

    private void draw() {
        double width = canvas.getWidth();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, width, canvas.getHeight());
        drawNotMonitored(g, width);
        for (StateSpan span : spans) {
            double x0 = x(span.from(), width);
            double x1 = Math.max(x0 + 1, x(span.to(), width));
            g.setFill(Palette.state(span.state()));
            g.fillRect(x0, 0, x1 - x0, BAR_HEIGHT);
        }
        drawAxis(g, width);
    }

    /** Hatches the whole bar; the states are drawn over it where the monitor was watching. */
    private void drawNotMonitored(GraphicsContext g, double width) {
        g.setFill(gapColour.deriveColor(0, 1, 1, 0.25));
        g.fillRect(0, 0, width, BAR_HEIGHT);
        g.setStroke(gapColour);
        g.setLineWidth(1);
        for (double x = -BAR_HEIGHT; x < width; x += 7) {
            g.strokeLine(x, BAR_HEIGHT, x + BAR_HEIGHT, 0);
        }
    }

    /** Six labels along the bar, in hours for a day and in minutes for an hour. */
    private void drawAxis(GraphicsContext g, double width) {
        g.setFill(textColour);
        g.setFont(javafx.scene.text.Font.font(11));
        long minutes = Duration.between(from, to).toMinutes();
        boolean inHours = minutes >= 180;
        long step = Math.max(1, minutes / 4);
        for (long back = 0; back <= minutes; back += step) {
            double x = x(to.minus(Duration.ofMinutes(back)), width);
            String label = back == 0 ? "now" : "\u2212" + (inHours ? back / 60 + " h" : back + " min");
            double textX = Math.min(width - 42, Math.max(0, x - 14));
            g.fillText(label, textX, BAR_HEIGHT + 14);
        }
    }

    private double x(Instant at, double width) {
        double total = Duration.between(from, to).toMillis();
        double offset = Duration.between(from, at).toMillis();
        return Math.max(0, Math.min(width, offset / total * width));
    }

    private String describeAt(double x) {
        long total = Duration.between(from, to).toMillis();
        Instant at = from.plusMillis((long) (x / Math.max(1, canvas.getWidth()) * total));
        for (StateSpan span : spans) {
            if (!at.isBefore(span.from()) && at.isBefore(span.to())) {
                return StateLook.label(span.state()) + "  " + UiFormat.clock(span.from()) + " \u2013 "
                        + UiFormat.clock(span.to());
            }
        }
        return "Not monitored at " + UiFormat.clock(at);
    }
}
