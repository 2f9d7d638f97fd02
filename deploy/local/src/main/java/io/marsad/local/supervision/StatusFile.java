package io.marsad.local.supervision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code <home>/status.json}: what the launcher supervises and in which state, rewritten at every
 * change so {@code marsad status} (another process) can read it at any time.
 */
public final class StatusFile {

    public static final String FILE_NAME = "status.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A launcher's whole status: valid while {@code launcherPid} is alive. */
    public record Snapshot(long launcherPid, Instant launcherStarted, List<PartStatus> parts) {}

    private StatusFile() {}

    public static void write(Path home, Snapshot snapshot) {
        ObjectNode root = JSON.createObjectNode();
        root.put("launcherPid", snapshot.launcherPid());
        root.put("launcherStarted", snapshot.launcherStarted().toString());
        ArrayNode parts = root.putArray("parts");
        for (PartStatus part : snapshot.parts()) {
            ObjectNode node = parts.addObject();
            node.put("name", part.name());
            node.put("state", part.state());
            node.put("pid", part.pid());
            node.put("since", part.since().toString());
            node.put("restarts", part.restarts());
            node.put("lastExit", part.lastExit());
            node.put("health", part.health());
        }
        try {
            Files.createDirectories(home);
            Path temporary = home.resolve(FILE_NAME + ".tmp");
            Files.write(temporary, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(root));
            Files.move(temporary, home.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + home.resolve(FILE_NAME), e);
        }
    }

    /** The status a launcher with this home wrote, if the file is there and readable. */
    public static Optional<Snapshot> read(Path home) {
        Path file = home.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            List<PartStatus> parts = new ArrayList<>();
            for (JsonNode node : root.path("parts")) {
                parts.add(new PartStatus(node.path("name").asText(), node.path("state").asText(), node.path("pid").asLong(),
                    Instant.parse(node.path("since").asText()), node.path("restarts").asInt(),
                    node.path("lastExit").isNull() ? null : node.path("lastExit").asText(), node.path("health").asText()));
            }
            return Optional.of(new Snapshot(root.path("launcherPid").asLong(), Instant.parse(root.path("launcherStarted").asText()), parts));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public static void remove(Path home) {
        try {
            Files.deleteIfExists(home.resolve(FILE_NAME));
        } catch (IOException ignored) {
            // a stale file names a dead launcher pid, which readers check
        }
    }
}
