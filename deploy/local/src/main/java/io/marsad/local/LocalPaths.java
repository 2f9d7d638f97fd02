package io.marsad.local;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the local platform keeps its state.
 *
 * @param home  data of the servers and services ({@code MARSAD_HOME}, default {@code ~/.marsad})
 * @param cache unpacked server distributions, shared by every home ({@code MARSAD_CACHE}, default {@code ~/.cache/marsad})
 */
public record LocalPaths(Path home, Path cache) {

    public static LocalPaths fromEnvironment() {
        Path userHome = Path.of(System.getProperty("user.home"));
        Path home = setting("marsad.home", "MARSAD_HOME").map(Path::of).orElse(userHome.resolve(".marsad"));
        return new LocalPaths(home.toAbsolutePath(), cacheFromEnvironment());
    }

    public static Path cacheFromEnvironment() {
        Path userHome = Path.of(System.getProperty("user.home"));
        return setting("marsad.cache", "MARSAD_CACHE").map(Path::of).orElse(userHome.resolve(".cache").resolve("marsad")).toAbsolutePath();
    }

    /** Deletes a directory and everything in it (a fresh home for a test or benchmark); nothing if it is not there. */
    public static void deleteTree(Path dir) {
        if (!java.nio.file.Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(dir)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                java.nio.file.Files.deleteIfExists(path);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot delete " + dir, e);
        }
    }

    /** A system property wins over the environment variable, so tests can override either. */
    public static Optional<String> setting(String property, String environmentVariable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentVariable);
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
