package io.heartbeatmonitor.nats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heartbeatmonitor.app.demo.LocalNatsServer;
import io.nats.client.Connection;
import io.nats.client.NKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NKey authentication against a real nats-server that admits one user key. */
class NKeyAuthenticationTest {

    @TempDir
    Path folder;

    private NKey admitted;
    private LocalNatsServer server;

    @BeforeEach
    void startServerAdmittingOneKey() throws Exception {
        admitted = NKey.createUser(new SecureRandom());
        Path config = folder.resolve("server.conf");
        Files.writeString(config, "authorization { users = [ { nkey: "
                + new String(admitted.getPublicKey()) + " } ] }\n");
        server = LocalNatsServer.builder().configFile(config).start();
    }

    @AfterEach
    void stopServer() throws Exception {
        server.close();
    }

    @Test
    void theAdmittedSeedConnects() throws Exception {
        Path seedFile = writeSeed("good.nk", admitted);

        try (Connection connection = NatsConnections.connect(profileWith(seedFile), "test")) {
            assertEquals(Connection.Status.CONNECTED, connection.getStatus());
        }
    }

    @Test
    void anotherSeedIsRefusedWithAMessageThatNamesTheFileButNotTheSeed() throws Exception {
        NKey stranger = NKey.createUser(new SecureRandom());
        Path seedFile = writeSeed("wrong.nk", stranger);

        NatsSetupException refused = assertThrows(NatsSetupException.class,
                () -> NatsConnections.connect(profileWith(seedFile), "test"));

        assertTrue(refused.getMessage().contains("refused the credentials"), refused.getMessage());
        assertTrue(refused.getMessage().contains(seedFile.toString()), refused.getMessage());
        assertTrue(refused.getMessage().contains("Authorization Violation"), refused.getMessage());
        assertFalse(refused.getMessage().contains(new String(stranger.getSeed())), "the seed must not be shown");
    }

    @Test
    void theMonitorRefusesToStartWithARefusedSeed() throws Exception {
        Path seedFile = writeSeed("wrong.nk", NKey.createUser(new SecureRandom()));
        MonitorConnection monitor = new MonitorConnection(profileWith(seedFile), "_HEARTBEAT.tenant.a.client.*",
                new io.heartbeatmonitor.core.presence.HeartbeatIngest(new io.heartbeatmonitor.core.HeartbeatParser(),
                        new io.heartbeatmonitor.core.presence.PresenceTracker(
                                io.heartbeatmonitor.core.MonitorClock.system(),
                                io.heartbeatmonitor.core.presence.PresenceSettings.DEFAULTS)));

        NatsSetupException refused = assertThrows(NatsSetupException.class, monitor::open);

        assertTrue(refused.getMessage().contains("refused the credentials"), refused.getMessage());
        monitor.close();
    }

    @Test
    void aSeedFileWithoutAUserSeedIsNamedInTheError() throws Exception {
        Path seedFile = folder.resolve("empty.nk");
        Files.writeString(seedFile, "not a seed\n");

        NatsSetupException problem = assertThrows(NatsSetupException.class,
                () -> NatsConnections.connect(profileWith(seedFile), "test"));

        assertTrue(problem.getMessage().contains(seedFile.toString()), problem.getMessage());
    }

    private ConnectionProfile profileWith(Path seedFile) {
        return new ConnectionProfile("test", List.of(server.url()), new NatsAuth.NKeySeed(seedFile), null);
    }

    private Path writeSeed(String name, NKey key) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, new String(key.getSeed()) + "\n");
        return file;
    }
}
