package io.heartbeatmonitor.ui.connection;

import io.heartbeatmonitor.core.HeartbeatSubject;
import io.heartbeatmonitor.nats.ConnectionProfile;
import io.heartbeatmonitor.nats.NatsAuth;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A connection as the dialog saves it: servers, how to log in, and which tenant to watch.
 * Secrets are named by the file that holds them, never held here, so the saved file can be read
 * by anyone who may read the user's settings without learning a password.
 *
 * @param name the profile's name, unique among the saved ones
 * @param servers NATS URLs, without user or password in them
 * @param auth how to log in
 * @param user the user name for {@link AuthKind#USER_PASSWORD}, else null
 * @param secretFile the file holding the password, token, seed or credentials; null for none
 * @param tlsCaFile a PEM file of the CA to trust, or null
 * @param tenant the tenant to watch, or null for every tenant
 */
public record SavedProfile(String name, List<String> servers, AuthKind auth, String user, Path secretFile,
        Path tlsCaFile, String tenant) {

    private static final Set<String> SCHEMES = Set.of("nats", "tls", "ws", "wss");

    /** @throws IllegalArgumentException with a sentence for the user when a part is wrong */
    public SavedProfile {
        Objects.requireNonNull(auth, "auth");
        name = name == null ? "" : name.strip();
        servers = List.copyOf(servers);
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("Give at least one server, such as nats://host:4222.");
        }
        servers.forEach(SavedProfile::checkServer);
        user = auth.needsUser() ? blankToNull(user) : null;
        if (auth.needsUser() && user == null) {
            throw new IllegalArgumentException("Give the user name that goes with the password file.");
        }
        if (auth.needsFile() && secretFile == null) {
            throw new IllegalArgumentException("Choose the file that holds the secret for \"" + auth + "\".");
        }
        secretFile = auth.needsFile() ? secretFile : null;
        tenant = blankToNull(tenant);
        if (tenant != null && !HeartbeatSubject.isValidToken(tenant)) {
            throw new IllegalArgumentException("'" + tenant
                    + "' is not a tenant id (no dots, wildcards or spaces).");
        }
    }

    /** The connection profile for the NATS layer. */
    public ConnectionProfile toConnectionProfile() {
        NatsAuth natsAuth = switch (auth) {
            case NONE -> new NatsAuth.None();
            case USER_PASSWORD -> new NatsAuth.UserPassword(user, secretFile);
            case TOKEN -> new NatsAuth.Token(secretFile);
            case NKEY -> new NatsAuth.NKeySeed(secretFile);
            case CREDS -> new NatsAuth.CredsFile(secretFile);
        };
        return new ConnectionProfile(name.isEmpty() ? "unsaved" : name, servers, natsAuth, tlsCaFile);
    }

    /** The same profile under another name. */
    public SavedProfile withName(String newName) {
        return new SavedProfile(newName, servers, auth, user, secretFile, tlsCaFile, tenant);
    }

    @Override
    public String toString() {
        return name.isEmpty() ? "(unnamed)" : name;
    }

    private static void checkServer(String server) {
        try {
            URI uri = new URI(server);
            if (uri.getScheme() == null || !SCHEMES.contains(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("'" + shown(server)
                        + "' is not a NATS URL such as nats://host:4222.");
            }
            if (uri.getRawUserInfo() != null) {
                throw new IllegalArgumentException("Leave the user and password out of '" + uri.getHost()
                        + "': profiles never store secrets. Choose a login file instead.");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + shown(server) + "' is not a URL: " + e.getReason()
                    + ".");
        }
    }

    /** The server for a message, without anything before an '@', which may be a password. */
    private static String shown(String server) {
        int at = server.lastIndexOf('@');
        return at < 0 ? server : "\u2026@" + server.substring(at + 1);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
