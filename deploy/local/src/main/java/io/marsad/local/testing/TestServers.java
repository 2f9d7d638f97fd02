package io.marsad.local.testing;

import io.marsad.local.Artifacts;
import io.marsad.local.LocalPaths;
import io.marsad.local.PlatformEndpoints;
import io.marsad.local.process.Ports;
import io.marsad.local.server.ElasticsearchServer;
import io.marsad.local.server.KeycloakServer;
import io.marsad.local.server.PostgresDatabases;
import io.marsad.local.server.PostgresServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The real servers of one test JVM: each is started at most once, on first use, and stopped when
 * the JVM exits.
 * <p>
 * Quarkus may load this class in more than one class loader, so the started servers' addresses are
 * also published as system properties, which every loader sees: a second loader reuses them
 * instead of starting a second server.
 * <p>
 * With {@code -Dmarsad.test.reuse=true}, a platform already running from {@code ./marsad servers}
 * (same MARSAD_HOME) is used instead, which saves the start-up time while iterating.
 */
public final class TestServers {

    private static final String ES_URL = "marsad.test.elasticsearch.url";
    private static final String PG_PORT = "marsad.test.postgres.port";
    private static final String KC_URL = "marsad.test.keycloak.url";

    private TestServers() {}

    public static synchronized URI elasticsearch() {
        return URI.create(published(ES_URL, () -> reusable().map(e -> e.elasticsearch().toString()).orElseGet(() -> {
            ElasticsearchServer server = ElasticsearchServer.start(testDirectory().resolve("elasticsearch"), Artifacts.fromBuild(),
                Ports.freeLoopbackPort(), "512m");
            stopAtExit(server);
            return server.url().toString();
        })));
    }

    /** Creates the database if needed and returns its JDBC URL (user {@code postgres}). */
    public static synchronized String postgresDatabase(String database) {
        int port = Integer.parseInt(published(PG_PORT, () -> reusable().map(e -> Integer.toString(e.postgresPort())).orElseGet(() -> {
            PostgresServer postgres = PostgresServer.start(testDirectory().resolve("postgres"), Ports.freeLoopbackPort());
            stopAtExit(postgres);
            return Integer.toString(postgres.port());
        })));
        PostgresDatabases.ensure(port, database);
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** The Keycloak base URL; the realm is at {@code /realms/marsad}. */
    public static synchronized URI keycloak() {
        return URI.create(published(KC_URL, () -> reusable().map(e -> e.keycloak().toString()).orElseGet(() -> {
            // One persistent instance per machine: Keycloak re-augments itself on its first start (~35 s).
            Path instance = LocalPaths.cacheFromEnvironment().resolve("test-keycloak");
            KeycloakServer server = KeycloakServer.start(instance, LocalPaths.cacheFromEnvironment(), Artifacts.fromBuild(),
                Ports.freeLoopbackPort(), Ports.freeLoopbackPort(), "admin");
            stopAtExit(server);
            return server.url().toString();
        })));
    }

    private static String published(String property, Supplier<String> start) {
        String value = System.getProperty(property);
        if (value == null) {
            value = start.get();
            System.setProperty(property, value);
        }
        return value;
    }

    private static Optional<PlatformEndpoints> reusable() {
        if (!Boolean.getBoolean("marsad.test.reuse")) {
            return Optional.empty();
        }
        return PlatformEndpoints.ofRunningLauncher(LocalPaths.fromEnvironment().home());
    }

    private static void stopAtExit(AutoCloseable server) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                System.err.println("could not stop test server: " + e);
            }
        }, "marsad-test-server-stop"));
    }

    /** A fresh directory per test JVM under target/, so every run starts from empty servers. */
    private static Path testDirectory() {
        Path dir = Path.of(System.getProperty("marsad.test.dir", "target/marsad-test-servers")).toAbsolutePath();
        String marker = "marsad.test.dir.cleaned";
        if (System.getProperty(marker) == null) {
            deleteTree(dir);
            System.setProperty(marker, "true");
        }
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
