package io.heartbeatmonitor.nats;

import io.nats.client.AuthenticationException;
import io.nats.client.Connection;
import io.nats.client.Nats;
import io.nats.client.Options;
import java.io.IOException;

/** Opens connections and turns jnats failures into messages a person can act on. */
public final class NatsConnections {

    private NatsConnections() {
    }

    /**
     * Connects once to one of the profile's servers; the connection then reconnects by itself.
     *
     * @throws NatsSetupException when no server answers or the server refuses the credentials
     */
    public static Connection connect(ConnectionProfile profile, String connectionName)
            throws NatsSetupException, InterruptedException {
        return connect(profile, NatsOptions.forProfile(profile, connectionName).build());
    }

    /** Connects with prepared options; see {@link #connect(ConnectionProfile, String)}. */
    public static Connection connect(ConnectionProfile profile, Options options)
            throws NatsSetupException, InterruptedException {
        try {
            return Nats.connect(options);
        } catch (AuthenticationException e) {
            throw refused(profile, e);
        } catch (IOException e) {
            throw new NatsSetupException("Cannot reach NATS at " + profile.serversForDisplay() + ": "
                    + e.getMessage(), e);
        }
    }

    static NatsSetupException refused(ConnectionProfile profile, AuthenticationException e) {
        return new NatsSetupException("NATS at " + profile.serversForDisplay() + " refused the credentials ("
                + profile.auth().describe() + "): " + serverReason(e), e);
    }

    private static String serverReason(AuthenticationException e) {
        String message = String.valueOf(e.getMessage());
        int colon = message.lastIndexOf(": ");
        return colon < 0 ? message : message.substring(colon + 2).replace("'", "").strip();
    }
}
