package io.marsad.local.testing;

import io.marsad.local.Artifacts;
import io.marsad.local.LocalPaths;
import io.marsad.local.PlatformEndpoints;
import io.marsad.local.process.Ports;
import io.marsad.local.server.ElasticsearchServer;
import io.marsad.local.server.KeycloakServer;
import io.marsad.local.server.MailServer;
import io.marsad.local.server.PostgresDatabases;
import io.marsad.local.server.PostgresServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

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
    private static final String MAIL = "marsad.test.mail";

    private TestServers() {}

    public static synchronized URI elasticsearch() {
        return URI.create(published(ES_URL, () -> reusable().map(e -> e.elasticsearch().toString()).orElseGet(() -> {
            ElasticsearchServer server = ElasticsearchServer.start(testDirectory().resolve("elasticsearch"), Artifacts.fromBuild(),
                Ports.freeLoopbackPort(), "512m");
            stopAtExit(server);
            return server.url().toString();
        })));
    }

    /** The mail server: its SMTP port and the URL of its API, as {@code <port> <url>}. */
    public static synchronized MailEndpoints mail() {
        String[] published = published(MAIL, () -> reusable().map(e -> e.smtpPort() + " " + e.mailWeb()).orElseGet(() -> {
            MailServer server = MailServer.start(testDirectory().resolve("mail"), Artifacts.fromBuild(), Ports.freeLoopbackPort(),
                Ports.freeLoopbackPort());
            stopAtExit(server);
            return server.smtpPort() + " " + server.api();
        })).split(" ");
        return new MailEndpoints(Integer.parseInt(published[0]), URI.create(published[1]));
    }

    /** Where the test mail server takes mail (SMTP) and shows what it received (its REST API). */
    public record MailEndpoints(int smtpPort, URI api) {
        /** The messages an address received, as GreenMail's API lists them (JSON). */
        public URI inbox(String address) {
            return api.resolve("/api/user/" + address + "/messages/INBOX/");
        }
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
            // Persistent instances under the cache: Keycloak re-augments itself on its first start (~35 s).
            Path instance = lockedInstance(LocalPaths.cacheFromEnvironment());
            KeycloakServer server = startKeycloak(instance);
            stopAtExit(server);
            return server.url().toString();
        })));
    }

    /** Tries to start Keycloak this many times, on fresh ports each time. */
    private static final int KEYCLOAK_ATTEMPTS = 3;

    /**
     * Keycloak on two free ports. A port is free when asked for and may be taken before Keycloak binds it (another
     * server of the build starting meanwhile: CI saw "Port already bound"); Keycloak then exits, and fresh ports are tried.
     */
    private static KeycloakServer startKeycloak(Path instance) {
        for (int attempt = 1; ; attempt++) {
            try {
                return KeycloakServer.start(instance, LocalPaths.cacheFromEnvironment(), Artifacts.fromBuild(),
                    Ports.freeLoopbackPort(), Ports.freeLoopbackPort(), "admin");
            } catch (IllegalStateException exited) {
                if (attempt == KEYCLOAK_ATTEMPTS || !exited.getMessage().contains("exited while starting")) {
                    throw exited;
                }
                System.err.println("test Keycloak did not start (" + exited.getMessage().lines().findFirst().orElse("") + "); trying fresh ports");
            }
        }
    }

    /**
     * The first test Keycloak instance no other build is using: its lock is held until this JVM
     * exits, so two builds on one machine never share an instance's database.
     */
    private static Path lockedInstance(Path cache) {
        for (int n = 0; n < 8; n++) {
            Path instance = cache.resolve(n == 0 ? "test-keycloak" : "test-keycloak-" + n);
            try {
                Files.createDirectories(cache);
                java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(cache.resolve(instance.getFileName() + ".lock"),
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE);
                java.nio.channels.FileLock lock = channel.tryLock();
                if (lock != null) {
                    HELD_LOCKS.add(lock);
                    return instance;
                }
                channel.close();
            } catch (java.nio.channels.OverlappingFileLockException alreadyOurs) {
                // held by this JVM already (another class loader): try the next one
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException("eight builds already use test Keycloak instances under " + cache);
    }

    private static final java.util.List<java.nio.channels.FileLock> HELD_LOCKS = new java.util.concurrent.CopyOnWriteArrayList<>();

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
            LocalPaths.deleteTree(dir);
            System.setProperty(marker, "true");
        }
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
