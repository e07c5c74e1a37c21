/**
 * Heartbeat Monitor: watches clients that announce themselves with heartbeats over NATS.
 */
module io.heartbeatmonitor {
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires io.nats.jnats;
    requires info.picocli;
    requires org.slf4j;
    requires java.management;
    requires java.sql;
    requires org.xerial.sqlitejdbc;
    requires jdk.unsupported;
    requires javafx.base;
    requires javafx.graphics;
    requires javafx.controls;
    requires eu.hansolo.tilesfx;

    exports io.heartbeatmonitor.core;
    exports io.heartbeatmonitor.core.presence;
    exports io.heartbeatmonitor.nats;
    exports io.heartbeatmonitor.client;

    opens io.heartbeatmonitor.app to info.picocli;
    opens io.heartbeatmonitor.app.cli to info.picocli;

    // The command line opens the window through this service, so that app never imports ui.
    uses io.heartbeatmonitor.app.WindowLauncher;
    provides io.heartbeatmonitor.app.WindowLauncher with io.heartbeatmonitor.ui.DesktopWindowLauncher;
}
