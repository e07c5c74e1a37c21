package io.heartbeatmonitor.ui.main;

import io.heartbeatmonitor.core.presence.PresenceState;
import io.heartbeatmonitor.ui.model.ClientFilter;
import io.heartbeatmonitor.ui.model.ClientSort;
import io.heartbeatmonitor.ui.theme.StateLook;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * Search, filters and order of the grid. It writes the model's filter and sort and follows them
 * back, so that Esc or a click on a summary tile shows here too.
 */
final class FilterBar extends HBox {

    private final MainViewModel model;
    private final TextField search = new TextField();
    private final MenuButton states = new MenuButton();
    private final ComboBox<String> type;
    private final ComboBox<String> capability;
    private final ComboBox<String> version;
    private final ComboBox<ClientSort> sort = new ComboBox<>();
    private final Label shownCount = new Label();
    private boolean following;

    FilterBar(MainViewModel model) {
        super(8);
        this.model = model;
        getStyleClass().add("filter-bar");
        setAlignment(Pos.CENTER_LEFT);
        search.setId("search");
        search.setPromptText("Search name or id  (Ctrl+F)");
        search.setPrefColumnCount(22);
        search.textProperty().addListener((o, old, now) -> write(ClientFilter::withText, now));
        states.setId("state-filter");
        for (PresenceState state : PresenceState.values()) {
            CheckMenuItem item = new CheckMenuItem(StateLook.label(state));
            item.setUserData(state);
            item.selectedProperty().addListener((o, old, now) -> writeStates());
            states.getItems().add(item);
        }
        type = optionBox("type-filter", "Any type", model.fleet().types(), ClientFilter::withType);
        capability = optionBox("capability-filter", "Any capability", model.fleet().capabilities(),
                ClientFilter::withCapability);
        version = optionBox("version-filter", "Any version", model.fleet().versions(),
                ClientFilter::withVersion);
        sort.setId("sort");
        sort.getItems().setAll(ClientSort.values());
        sort.valueProperty().bindBidirectional(model.sortProperty());
        Button clear = new Button("Clear");
        clear.setId("clear-filter");
        clear.setOnAction(event -> model.setFilter(ClientFilter.NONE));
        shownCount.setId("shown-count");
        shownCount.getStyleClass().add("shown-count");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label sortCaption = new Label("Order");
        sortCaption.getStyleClass().add("bar-caption");
        getChildren().addAll(search, states, type, capability, version, clear, spacer, shownCount,
                sortCaption, sort);
        model.filterProperty().addListener((o, old, now) -> follow(now));
        model.shownProperty().addListener((o, old, now) -> countShown());
        model.fleet().countsProperty().addListener((o, old, now) -> countShown());
        follow(model.getFilter());
        countShown();
    }

    TextField searchField() {
        return search;
    }

    private ComboBox<String> optionBox(String id, String anyText, ObservableList<String> options,
            BiFunction<ClientFilter, String, ClientFilter> write) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setPromptText(anyText);
        box.setConverter(new AnyConverter(anyText));
        box.getItems().add(null);
        box.getItems().addAll(options);
        options.addListener((javafx.collections.ListChangeListener<String>) change -> {
            String chosen = box.getValue();
            box.getItems().setAll(options);
            box.getItems().add(0, null);
            box.setValue(chosen);
        });
        box.valueProperty().addListener((o, old, now) -> write(write, now));
        return box;
    }

    private <T> void write(BiFunction<ClientFilter, T, ClientFilter> change, T value) {
        if (!following) {
            model.setFilter(change.apply(model.getFilter(), value));
        }
    }

    private void writeStates() {
        Set<PresenceState> chosen = EnumSet.noneOf(PresenceState.class);
        states.getItems().stream().map(CheckMenuItem.class::cast).filter(CheckMenuItem::isSelected)
                .forEach(item -> chosen.add((PresenceState) item.getUserData()));
        write(ClientFilter::withStates, chosen);
        statesLabel(chosen);
    }

    /** Shows the model's filter in the controls without writing it back. */
    private void follow(ClientFilter filter) {
        following = true;
        try {
            if (!search.getText().strip().toLowerCase(java.util.Locale.ROOT).equals(filter.text())) {
                search.setText(filter.text());
            }
            for (var item : states.getItems()) {
                boolean chosen = filter.states().contains((PresenceState) item.getUserData());
                ((CheckMenuItem) item).setSelected(chosen);
            }
            type.setValue(filter.type());
            capability.setValue(filter.capability());
            version.setValue(filter.version());
            statesLabel(filter.states());
        } finally {
            following = false;
        }
    }

    private void statesLabel(Set<PresenceState> chosen) {
        states.setText(chosen.isEmpty() ? "Any state" : chosen.stream().sorted().map(StateLook::label)
                .collect(Collectors.joining(", ")));
    }

    private void countShown() {
        int total = model.fleet().getCounts().total();
        int count = model.getShown().size();
        shownCount.setText(count == total ? total + " clients" : count + " of " + total + " clients");
    }

    /** Writes a missing choice as "Any …". */
    private static final class AnyConverter extends javafx.util.StringConverter<String> {
        private final String anyText;

        AnyConverter(String anyText) {
            this.anyText = anyText;
        }

        @Override
        public String toString(String value) {
            return value == null ? anyText : value;
        }

        @Override
        public String fromString(String text) {
            return anyText.equals(text) ? null : text;
        }
    }
}
