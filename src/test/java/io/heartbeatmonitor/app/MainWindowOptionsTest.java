package io.heartbeatmonitor.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heartbeatmonitor.app.cli.ErrorHandlers;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line without a subcommand: what it asks of the window, and what it refuses. */
class MainWindowOptionsTest {

    @Test
    void noArgumentsAskWithTheConnectionDialog() {
        WindowRequest request = parse();

        assertEquals(WindowRequest.Start.ASK, request.start());
        assertNull(request.settings(), "the window picks its own defaults");
    }

    @Test
    void demoAsksForTheDemoWithFiftyClientsByDefault() {
        WindowRequest request = parse("--demo", "--dark");

        assertEquals(WindowRequest.Start.DEMO, request.start());
        assertEquals(50, request.demoClients());
        assertTrue(request.dark());
    }

    @Test
    void serverAndTenantConnectAtOnceWithTheTimingsGiven() {
        WindowRequest request = parse("--server", "nats://nats.example.net:4222", "--tenant", "acme",
                "--timeout", "2m");

        assertEquals(WindowRequest.Start.CONNECT, request.start());
        assertEquals("acme", request.tenant());
        assertEquals("nats://nats.example.net:4222", request.profile().servers().get(0));
        assertEquals(Duration.ofMinutes(2), request.settings().timeout());
    }

    @Test
    void aSavedProfileCanBeNamedWithAnotherScope() {
        WindowRequest request = parse("--profile", "production", "--all-tenants");

        assertEquals(WindowRequest.Start.SAVED_PROFILE, request.start());
        assertEquals("production", request.profileName());
        assertTrue(request.allTenants());
    }

    @Test
    void contradictionsAreRefusedWithExitTwoAndOneLine() {
        assertRefused("--demo", "--server", "nats://x:4222");
        assertRefused("--profile", "production", "--token-file", "/tmp/token");
        assertRefused("--server", "nats://x:4222");
        assertRefused("--tenant", "a.b");
        assertRefused("--demo", "--demo-clients", "0");
        assertRefused("--no-such-option");
    }

    @Test
    void theWindowIsFoundAsAService() {
        assertTrue(ServiceLoader.load(WindowLauncher.class).findFirst().isPresent());
    }

    private static WindowRequest parse(String... args) {
        Main main = new Main();
        new CommandLine(main).parseArgs(args);
        return main.windowRequest();
    }

    private static void assertRefused(String... args) {
        StringWriter err = new StringWriter();
        CommandLine line = ErrorHandlers.install(new CommandLine(new Main()));
        line.setErr(new PrintWriter(err));

        int code = line.execute(args);

        assertEquals(2, code, String.join(" ", args) + " -> " + err);
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }
}
