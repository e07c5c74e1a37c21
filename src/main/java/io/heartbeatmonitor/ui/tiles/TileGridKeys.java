package io.heartbeatmonitor.ui.tiles;

import javafx.scene.input.KeyEvent;

/** Moves the selection of a {@link TileGrid} with the keyboard. */
final class TileGridKeys {

    private final TileGrid grid;

    TileGridKeys(TileGrid grid) {
        this.grid = grid;
    }

    void install() {
        grid.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void onKey(KeyEvent event) {
        if (event.isControlDown() || event.isAltDown() || event.isMetaDown()) {
            return;
        }
        int current = grid.selectedIndex();
        int columns = grid.columns();
        int page = columns * grid.visibleRows();
        int target = switch (event.getCode()) {
            case LEFT -> current - 1;
            case RIGHT -> current + 1;
            case UP -> current - columns >= 0 ? current - columns : Math.max(0, current);
            case DOWN -> current < 0 ? 0 : current + columns;
            case PAGE_UP -> current - page;
            case PAGE_DOWN -> current < 0 ? 0 : current + page;
            case HOME -> 0;
            case END -> Integer.MAX_VALUE;
            default -> Integer.MIN_VALUE;
        };
        if (event.getCode() == javafx.scene.input.KeyCode.ENTER) {
            grid.open();
            event.consume();
        } else if (target != Integer.MIN_VALUE) {
            grid.select(current < 0 && target < 0 ? 0 : Math.max(0, target));
            event.consume();
        }
    }
}
