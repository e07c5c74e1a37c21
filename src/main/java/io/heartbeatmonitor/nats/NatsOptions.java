package io.heartbeatmonitor.nats;

import io.nats.client.Nats;
import io.nats.client.Options;
import java.time.Duration;

/** Turns a {@link ConnectionProfile} into jnats options. */
public final class NatsOptions {

    /** Pause between reconnect attempts; short, because a monitor that is not connected is blind. */
    public static final Duration RECONNECT_WAIT = Duration.ofSeconds(1);

    private NatsOptions() {
    }

    /**
     * Options for {@code profile} that reconnect forever. Secret files are read here, once, and
     * their contents go only into the options.
     *
     * @param connectionName the name the server shows for this connection
     * @throws NatsSetupException when a secret or CA file cannot be used
     */
    public static Options.Builder forProfile(ConnectionProfile profile, String connectionName)
            throws NatsSetupException {
        Options.Builder builder = new Options.Builder()
                .servers(profile.servers().toArray(String[]::new))
                .connectionName(connectionName)
                .maxReconnects(-1)
                .reconnectWait(RECONNECT_WAIT)
                .connectionTimeout(Duration.ofSeconds(3))
                .errorListener(new LoggingErrorListener());
        applyAuth(builder, profile.auth());
        if (profile.tlsCaFile() != null) {
            builder.sslContext(TlsContexts.trusting(profile.tlsCaFile()));
        }
        return builder;
    }

    private static void applyAuth(Options.Builder builder, NatsAuth auth) throws NatsSetupException {
        switch (auth) {
            case NatsAuth.None none -> {
            }
            case NatsAuth.UserPassword user -> builder.userInfo(user.user().toCharArray(),
                    SecretFiles.firstLine(user.passwordFile(), "password"));
            case NatsAuth.Token token -> builder.token(SecretFiles.firstLine(token.tokenFile(), "token"));
            case NatsAuth.NKeySeed nkey ->
                    builder.authHandler(Nats.staticCredentials(null, SecretFiles.nkeyUserSeed(nkey.seedFile())));
            case NatsAuth.CredsFile creds -> {
                SecretFiles.requireReadable(creds.credsFile(), "credentials");
                builder.authHandler(Nats.credentials(creds.credsFile().toString()));
            }
        }
    }
}
