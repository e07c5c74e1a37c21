package io.heartbeatmonitor.ui.connection;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.heartbeatmonitor.app.AppDirectories;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The saved connection profiles: one JSON file, {@code profiles.json}, in the user's settings
 * folder. It holds server URLs, user names, tenants and the paths of secret files, never a secret.
 * Writes go to a temporary file that then replaces the old one, so a crash leaves either the old
 * or the new file, never half of one.
 *
 * <p>Threading: thread-safe; it reads and writes files, so call it off the FX thread.
 */
public final class ProfileStore {

    static final String FILE_NAME = "profiles.json";
    private static final int FORMAT = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    public ProfileStore(Path file) {
        this.file = file;
    }

    /** The store in the current user's settings folder. */
    public static ProfileStore forCurrentUser() {
        return new ProfileStore(AppDirectories.forCurrentUser().configDirectory().resolve(FILE_NAME));
    }

    public Path file() {
        return file;
    }

    /**
     * The saved profiles; none when the file does not exist yet.
     *
     * @throws IOException when the file cannot be read or is not a profiles file
     */
    public synchronized SavedProfiles load() throws IOException {
        if (!Files.exists(file)) {
            return SavedProfiles.NONE;
        }
        JsonNode root = JSON.readTree(file.toFile());
        if (root == null || !root.isObject()) {
            throw new IOException(file + " is not a profiles file");
        }
        List<SavedProfile> profiles = new ArrayList<>();
        for (JsonNode node : root.path("profiles")) {
            try {
                profiles.add(read(node));
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new IOException("A profile in " + file + " is broken: " + e.getMessage(), e);
            }
        }
        return new SavedProfiles(profiles, text(root, "last_used"));
    }

    /** Replaces the saved profiles with {@code profiles}. */
    public synchronized void save(SavedProfiles profiles) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("last_used", profiles.lastUsed());
        ArrayNode list = root.putArray("profiles");
        profiles.profiles().forEach(profile -> list.add(write(profile)));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        JSON.writerWithDefaultPrettyPrinter().writeValue(temporary.toFile(), root);
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static ObjectNode write(SavedProfile profile) {
        ObjectNode node = JSON.createObjectNode();
        node.put("name", profile.name());
        ArrayNode servers = node.putArray("servers");
        profile.servers().forEach(servers::add);
        node.put("auth", profile.auth().key());
        node.put("user", profile.user());
        node.put("secret_file", profile.secretFile() == null ? null : profile.secretFile().toString());
        node.put("tls_ca_file", profile.tlsCaFile() == null ? null : profile.tlsCaFile().toString());
        node.put("tenant", profile.tenant());
        return node;
    }

    private static SavedProfile read(JsonNode node) {
        List<String> servers = new ArrayList<>();
        node.path("servers").forEach(server -> servers.add(server.asText()));
        return new SavedProfile(text(node, "name"), servers, AuthKind.fromKey(text(node, "auth")),
                text(node, "user"), path(node, "secret_file"), path(node, "tls_ca_file"),
                text(node, "tenant"));
    }

    private static Path path(JsonNode node, String field) {
        String value = text(node, field);
        return value == null ? null : Path.of(value);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
