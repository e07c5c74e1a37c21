package io.heartbeatmonitor.ui.connection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileStoreTest {

    private static final String SEED = "SUAFAKESEEDFORTESTSONLYTHATMUSTNEVERAPPEARINAPROFILEFILE00000";
    private static final String PASSWORD = "correct horse battery staple";

    @TempDir
    Path folder;

    @Test
    void savedProfilesComeBackAsTheyWere() throws IOException {
        ProfileStore store = new ProfileStore(folder.resolve("profiles.json"));
        SavedProfiles saved = new SavedProfiles(List.of(
                new SavedProfile("production", List.of("tls://a:4222", "tls://b:4222"), AuthKind.NKEY, null,
                        Path.of("/etc/hbmon/monitor.nk"), Path.of("/etc/hbmon/ca.pem"), "acme"),
                new SavedProfile("local", List.of("nats://127.0.0.1:4222"), AuthKind.NONE, null, null, null, null)),
                "local");

        store.save(saved);

        assertEquals(saved, store.load());
    }

    @Test
    void aProfileNamesItsSecretFilesButNeverHoldsWhatIsInThem() throws IOException {
        Path seed = Files.writeString(folder.resolve("monitor.nk"), SEED + "\n");
        Path password = Files.writeString(folder.resolve("password.txt"), PASSWORD + "\n");
        ProfileStore store = new ProfileStore(folder.resolve("config").resolve("profiles.json"));

        store.save(new SavedProfiles(List.of(
                new SavedProfile("nkey", List.of("nats://h:4222"), AuthKind.NKEY, null, seed, null, "acme"),
                new SavedProfile("user", List.of("nats://h:4222"), AuthKind.USER_PASSWORD, "monitor", password,
                        null, null)), null));

        String written = Files.readString(store.file());
        assertFalse(written.contains(SEED), "the seed is not in the profiles file");
        assertFalse(written.contains(PASSWORD), "the password is not in the profiles file");
        assertTrue(written.contains(seed.toString()), "the seed file is named by its path");
        assertTrue(written.contains(password.toString()), "the password file is named by its path");
    }

    @Test
    void aServerUrlWithAPasswordInItIsRefusedWithoutRepeatingIt() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> new SavedProfile(
                "leaky", List.of("nats://monitor:" + PASSWORD.replace(' ', '-') + "@host:4222"), AuthKind.NONE,
                null, null, null, null));

        assertFalse(refused.getMessage().contains("battery"), refused.getMessage());
    }

    @Test
    void theStoreLivesInTheFolderThatTheConfigPropertyNames() {
        String before = System.getProperty("heartbeat-monitor.config.dir");
        System.setProperty("heartbeat-monitor.config.dir", folder.toString());
        try {
            assertEquals(folder.resolve("profiles.json"), ProfileStore.forCurrentUser().file());
        } finally {
            if (before == null) {
                System.clearProperty("heartbeat-monitor.config.dir");
            } else {
                System.setProperty("heartbeat-monitor.config.dir", before);
            }
        }
    }

    @Test
    void noFileMeansNoProfilesYet() throws IOException {
        assertEquals(SavedProfiles.NONE, new ProfileStore(folder.resolve("absent.json")).load());
    }
}
