package io.heartbeatmonitor.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the monitor keeps its files, by each system's convention: on Linux the XDG folders
 * ({@code ~/.local/share}, {@code ~/.config}), on macOS {@code ~/Library/Application Support},
 * on Windows {@code %APPDATA%}. The system properties {@code heartbeat-monitor.data.dir} and
 * {@code heartbeat-monitor.config.dir} override them, for tests and portable installs.
 */
public final class AppDirectories {

    private static final String APP_FOLDER = "heartbeat-monitor";
    private static final String MAC_APP_FOLDER = "Heartbeat Monitor";
    private static final String WINDOWS_APP_FOLDER = "HeartbeatMonitor";

    private final Map<String, String> environment;
    private final String osName;
    private final Path home;
    private final String dataOverride;
    private final String configOverride;

    AppDirectories(Map<String, String> environment, String osName, Path home, String dataOverride,
            String configOverride) {
        this.environment = environment;
        this.osName = osName.toLowerCase(Locale.ROOT);
        this.home = home;
        this.dataOverride = dataOverride;
        this.configOverride = configOverride;
    }

    /** The folders of this user on this machine. */
    public static AppDirectories forCurrentUser() {
        return new AppDirectories(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")), System.getProperty("heartbeat-monitor.data.dir"),
                System.getProperty("heartbeat-monitor.config.dir"));
    }

    /** The folder for data the monitor collects, such as the history database. */
    public Path dataDirectory() {
        if (dataOverride != null) {
            return Path.of(dataOverride);
        }
        if (isWindows()) {
            return windowsAppData();
        }
        if (isMac()) {
            return macApplicationSupport();
        }
        return xdg("XDG_DATA_HOME", home.resolve(".local").resolve("share")).resolve(APP_FOLDER);
    }

    /** The folder for settings, such as the saved connection profiles. */
    public Path configDirectory() {
        if (configOverride != null) {
            return Path.of(configOverride);
        }
        if (isWindows()) {
            return windowsAppData();
        }
        if (isMac()) {
            return macApplicationSupport();
        }
        return xdg("XDG_CONFIG_HOME", home.resolve(".config")).resolve(APP_FOLDER);
    }

    /** The history database used when none is named. */
    public Path defaultHistoryFile() {
        return dataDirectory().resolve("history.db");
    }

    private Path xdg(String variable, Path fallback) {
        String value = environment.get(variable);
        // The XDG specification says a relative path in these variables is invalid and to be ignored.
        return value != null && !value.isBlank() && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
    }

    private Path windowsAppData() {
        String appData = environment.get("APPDATA");
        Path base = appData != null && !appData.isBlank() ? Path.of(appData)
                : home.resolve("AppData").resolve("Roaming");
        return base.resolve(WINDOWS_APP_FOLDER);
    }

    private Path macApplicationSupport() {
        return home.resolve("Library").resolve("Application Support").resolve(MAC_APP_FOLDER);
    }

    private boolean isWindows() {
        return osName.startsWith("windows");
    }

    private boolean isMac() {
        return osName.startsWith("mac");
    }
}
