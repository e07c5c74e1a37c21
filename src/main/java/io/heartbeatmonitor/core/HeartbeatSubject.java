package io.heartbeatmonitor.core;

/**
 * The subject scheme of the protocol: {@code _HEARTBEAT.tenant.<tenant>.client.<client>}.
 */
public final class HeartbeatSubject {

    public static final String PREFIX = "_HEARTBEAT.tenant.";
    private static final String CLIENT_INFIX = ".client.";

    private HeartbeatSubject() {
    }

    /** The subject a client publishes its heartbeats to. */
    public static String of(ClientKey key) {
        requireToken(key.tenant(), "tenant id");
        requireToken(key.client(), "client id");
        return PREFIX + key.tenant() + CLIENT_INFIX + key.client();
    }

    /** The subscription that receives every client of one tenant. */
    public static String tenantFilter(String tenant) {
        requireToken(tenant, "tenant id");
        return PREFIX + tenant + ".client.*";
    }

    /** The subscription that receives every client of every tenant. */
    public static String allTenantsFilter() {
        return PREFIX + "*.client.*";
    }

    /**
     * Reads the client out of a heartbeat subject.
     *
     * @return the key, or null when the subject does not follow the scheme or a token is not
     *         one {@link #isValidToken valid token}, so that {@link #of} can always rebuild it
     */
    public static ClientKey parse(String subject) {
        if (subject == null || !subject.startsWith(PREFIX)) {
            return null;
        }
        int tenantEnd = subject.indexOf('.', PREFIX.length());
        if (tenantEnd <= PREFIX.length() || !subject.startsWith(CLIENT_INFIX, tenantEnd)) {
            return null;
        }
        int clientStart = tenantEnd + CLIENT_INFIX.length();
        if (clientStart >= subject.length() || subject.indexOf('.', clientStart) >= 0) {
            return null;
        }
        String tenant = subject.substring(PREFIX.length(), tenantEnd);
        String client = subject.substring(clientStart);
        return isValidToken(tenant) && isValidToken(client) ? new ClientKey(tenant, client) : null;
    }

    /** Tells whether {@code id} can stand as one subject token. */
    public static boolean isValidToken(String id) {
        if (id == null || id.isEmpty()) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            // Printable ASCII, which ids nearly always are, holds no white space; only the rest
            // is asked of Character, which every message's subject made a cost worth avoiding.
            boolean printableAscii = c > ' ' && c < 0x7F;
            if (printableAscii ? c == '.' || c == '*' || c == '>' : Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static void requireToken(String id, String what) {
        if (!isValidToken(id)) {
            throw new IllegalArgumentException(what + " '" + id
                    + "' is not a valid subject token (no dots, wildcards or spaces)");
        }
    }
}
