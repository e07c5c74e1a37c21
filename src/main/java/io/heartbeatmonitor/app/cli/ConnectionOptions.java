package io.heartbeatmonitor.app.cli;

import io.heartbeatmonitor.nats.ConnectionProfile;
import io.heartbeatmonitor.nats.NatsAuth;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** The options that say where NATS is and how to log in; shared by every command that connects. */
public final class ConnectionOptions {

    private static final Set<String> SCHEMES = Set.of("nats", "tls", "ws", "wss");

    @Option(names = "--server", paramLabel = "URL", defaultValue = "nats://127.0.0.1:4222",
            description = "NATS server URL; repeat the option for a cluster (default: ${DEFAULT-VALUE}).")
    List<String> servers = new ArrayList<>();

    @Option(names = "--user", paramLabel = "NAME", description = "User name; the password comes from --password-file.")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "File holding the password of --user.")
    Path passwordFile;

    @Option(names = "--token-file", paramLabel = "FILE", description = "File holding an authentication token.")
    Path tokenFile;

    @Option(names = "--nkey", paramLabel = "SEED_FILE", description = "File holding an NKey user seed (SU...).")
    Path nkeySeedFile;

    @Option(names = "--creds", paramLabel = "FILE", description = "A .creds file with a user JWT and its seed.")
    Path credsFile;

    @Option(names = "--tls-ca", paramLabel = "PEM_FILE", description = "CA certificate to trust for TLS.")
    Path tlsCaFile;

    /**
     * The profile these options describe.
     *
     * @throws UserError when the options contradict each other or a URL is malformed
     */
    public ConnectionProfile toProfile() {
        servers.forEach(ConnectionOptions::checkUrl);
        return new ConnectionProfile("command line", servers, auth(), tlsCaFile);
    }

    /** The profile for a local server at {@code url}, keeping any authentication options given. */
    public ConnectionProfile toProfile(String url) {
        return new ConnectionProfile("local", List.of(url), auth(), tlsCaFile);
    }

    private NatsAuth auth() {
        List<NatsAuth> chosen = new ArrayList<>();
        if (user != null || passwordFile != null) {
            if (user == null || passwordFile == null) {
                throw UserError.usage("--user and --password-file go together");
            }
            chosen.add(new NatsAuth.UserPassword(user, passwordFile));
        }
        if (tokenFile != null) {
            chosen.add(new NatsAuth.Token(tokenFile));
        }
        if (nkeySeedFile != null) {
            chosen.add(new NatsAuth.NKeySeed(nkeySeedFile));
        }
        if (credsFile != null) {
            chosen.add(new NatsAuth.CredsFile(credsFile));
        }
        if (chosen.size() > 1) {
            throw UserError.usage("choose one way to authenticate: --user/--password-file,"
                    + " --token-file, --nkey or --creds");
        }
        return chosen.isEmpty() ? new NatsAuth.None() : chosen.get(0);
    }

    private static void checkUrl(String server) {
        try {
            URI uri = new URI(server);
            if (uri.getScheme() == null || !SCHEMES.contains(uri.getScheme()) || uri.getHost() == null) {
                throw UserError.usage("--server '" + server + "' is not a NATS URL such as nats://host:4222");
            }
        } catch (URISyntaxException e) {
            throw UserError.usage("--server '" + server + "' is not a URL: " + e.getReason());
        }
    }
}
