package io.heartbeatmonitor.history.write;

import io.heartbeatmonitor.history.db.DatabaseFile;
import java.nio.file.Path;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says once per burst that history is being lost, and once that it is not any more: a full
 * queue or a failing database would otherwise log on every batch.
 */
final class LossReport {

    private static final Logger LOG = LoggerFactory.getLogger(LossReport.class);

    private final Path file;
    private long droppedSeen;
    private long droppedAtBurstStart;
    private boolean dropping;
    private boolean failing;
    private long lostInFailure;

    LossReport(Path file) {
        this.file = file;
    }

    /** Compares the recorder's drop count with the last look. */
    void checkDrops(long droppedTotal) {
        if (droppedTotal > droppedSeen && !dropping) {
            LOG.warn("The history queue is full: events are dropped because writing to {} cannot"
                    + " keep up ({} dropped since start)", file, droppedTotal);
            dropping = true;
            droppedAtBurstStart = droppedSeen;
        } else if (droppedTotal == droppedSeen && dropping) {
            LOG.warn("The history queue has room again; {} events were dropped in that burst",
                    droppedTotal - droppedAtBurstStart);
            dropping = false;
        }
        droppedSeen = droppedTotal;
    }

    /** A batch was rolled back and its events are lost. */
    void failed(SQLException e, int events) {
        lostInFailure += events;
        if (!failing) {
            String problem = DatabaseFile.explain(file, e).getMessage();
            LOG.error("Cannot write history: {}. {} events are lost; the monitor keeps running"
                    + " and tries again with the next ones", problem, events, e);
            failing = true;
        }
    }

    /** A batch was written. */
    void succeeded() {
        if (failing) {
            LOG.warn("Writing history to {} works again; {} events were lost meanwhile", file,
                    lostInFailure);
            failing = false;
            lostInFailure = 0;
        }
    }
}
