package io.heartbeatmonitor.app.history;

import io.heartbeatmonitor.core.ClientKey;
import io.heartbeatmonitor.history.HistoryException;
import io.heartbeatmonitor.history.HistoryReader;
import io.heartbeatmonitor.history.query.ClientAvailability;
import io.heartbeatmonitor.history.query.TimeRange;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Availability per client over the last 24 hours, 7 days and 30 days up to the end of the
 * range, and over the range itself when the user chose one; with the monitored time of the 30
 * days, so that a high share of a short watch is not taken for more than it is.
 */
final class AvailabilityTable {

    private static final Map<String, Duration> WINDOWS = windows();

    private AvailabilityTable() {
    }

    static ResultTable build(HistoryReader reader, HistoryQuery query) throws HistoryException {
        Map<String, Map<ClientKey, ClientAvailability>> columns = new LinkedHashMap<>();
        List<ClientAvailability> month = List.of();
        for (Map.Entry<String, Duration> window : WINDOWS.entrySet()) {
            TimeRange range = TimeRange.last(window.getValue(), query.range().to());
            month = reader.availability(query.filter(), range);
            columns.put("availability_" + window.getKey(), byClient(month));
        }
        if (query.rangeGiven()) {
            List<ClientAvailability> inRange = reader.availability(query.filter(), query.range());
            columns.put("availability_range", byClient(inRange));
        }
        return table(columns, month);
    }

    private static ResultTable table(Map<String, Map<ClientKey, ClientAvailability>> columns,
            List<ClientAvailability> clients) {
        List<String> names = new ArrayList<>(List.of("tenant", "client", "name"));
        names.addAll(columns.keySet());
        names.add("monitored_30d");
        ResultTable.Builder table = ResultTable.builder("clients", names.toArray(String[]::new));
        for (ClientAvailability client : clients) {
            List<Object> cells = new ArrayList<>();
            cells.addAll(List.of(client.key().tenant(), client.key().client(), client.name()));
            for (Map<ClientKey, ClientAvailability> column : columns.values()) {
                cells.add(share(column.get(client.key())));
            }
            cells.add(client.monitored());
            table.row(cells.toArray());
        }
        return table.build();
    }

    private static ResultTable.Share share(ClientAvailability availability) {
        if (availability == null || availability.percent().isEmpty()) {
            return null;
        }
        return new ResultTable.Share(availability.percent().getAsDouble());
    }

    private static Map<ClientKey, ClientAvailability> byClient(List<ClientAvailability> list) {
        Map<ClientKey, ClientAvailability> byKey = new HashMap<>();
        list.forEach(availability -> byKey.put(availability.key(), availability));
        return byKey;
    }

    /** The standard windows, the widest last so that its list of clients names the rows. */
    private static Map<String, Duration> windows() {
        Map<String, Duration> windows = new LinkedHashMap<>();
        windows.put("24h", Duration.ofHours(24));
        windows.put("7d", Duration.ofDays(7));
        windows.put("30d", Duration.ofDays(30));
        return windows;
    }
}
