package io.heartbeatmonitor.ui.connection;

import java.util.Locale;

/** The ways to log in that a profile can name; each but the first reads its secret from a file. */
public enum AuthKind {
    NONE("No authentication", false),
    USER_PASSWORD("User and password file", true),
    TOKEN("Token file", false),
    NKEY("NKey seed file", false),
    CREDS("Credentials (.creds) file", false);

    private final String label;
    private final boolean needsUser;

    AuthKind(String label, boolean needsUser) {
        this.label = label;
        this.needsUser = needsUser;
    }

    /** Whether a user name goes with the file. */
    public boolean needsUser() {
        return needsUser;
    }

    /** Whether a secret file is needed. */
    public boolean needsFile() {
        return this != NONE;
    }

    /** The name in the profiles file. */
    String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static AuthKind fromKey(String key) {
        for (AuthKind kind : values()) {
            if (kind.key().equals(key)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown login kind '" + key + "'");
    }

    @Override
    public String toString() {
        return label;
    }
}
