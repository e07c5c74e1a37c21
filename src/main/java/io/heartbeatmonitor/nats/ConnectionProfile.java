package io.heartbeatmonitor.nats;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where and how to connect: servers, authentication and TLS.
 *
 * @param name a label for people, such as "production"
 * @param servers NATS URLs, tried in turn
 * @param auth how to authenticate
 * @param tlsCaFile a PEM file of the CA that signed the server certificate, or null for none
 */
public record ConnectionProfile(String name, List<String> servers, NatsAuth auth, Path tlsCaFile) {

    public ConnectionProfile {
        Objects.requireNonNull(name, "name");
        servers = List.copyOf(servers);
        if (servers.isEmpty()) {
            throw new IllegalArgumentException("a profile needs at least one server");
        }
        Objects.requireNonNull(auth, "auth");
    }

    /** A profile for one server without authentication or TLS. */
    public static ConnectionProfile plain(String server) {
        return new ConnectionProfile(server, List.of(server), new NatsAuth.None(), null);
    }

    /** The server list for logs and screens, with any user or password in a URL left out. */
    public String serversForDisplay() {
        return String.join(", ", servers.stream().map(ConnectionProfile::redact).toList());
    }

    /** Drops the user-info part of a URL so a password written into it never reaches a log. */
    static String redact(String server) {
        try {
            URI uri = URI.create(server);
            if (uri.getRawUserInfo() == null) {
                return server;
            }
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null)
                    .toString();
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
            int at = server.lastIndexOf('@');
            return at < 0 ? server : server.substring(at + 1);
        }
    }
}
