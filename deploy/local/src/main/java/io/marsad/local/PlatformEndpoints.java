package io.marsad.local;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the running servers answer. The launcher writes it to {@code <home>/platform.properties}
 * so services started by hand ({@code quarkus:dev}) and tests asked to reuse a warm platform can
 * find them.
 */
public record PlatformEndpoints(long launcherPid, URI elasticsearch, int postgresPort, URI keycloak, URI keycloakRealm, int smtpPort,
                                URI mailWeb) {

    public static final String FILE_NAME = "platform.properties";

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + database;
    }

    public void writeTo(Path home) {
        Properties properties = new Properties();
        properties.setProperty("launcher.pid", Long.toString(launcherPid));
        properties.setProperty("marsad.elasticsearch.hosts", elasticsearch.toString());
        properties.setProperty("marsad.postgres.port", Integer.toString(postgresPort));
        properties.setProperty("quarkus.datasource.username", "postgres");
        properties.setProperty("quarkus.datasource.password", "postgres");
        properties.setProperty("marsad.keycloak.url", keycloak.toString());
        properties.setProperty("quarkus.oidc.auth-server-url", keycloakRealm.toString());
        properties.setProperty("quarkus.mailer.port", Integer.toString(smtpPort));
        properties.setProperty("marsad.mail.web", mailWeb.toString());
        try {
            Files.createDirectories(home);
            Path temporary = home.resolve(FILE_NAME + ".tmp");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(out, "Written by the Marsad launcher; valid while launcher.pid is alive");
            }
            Files.move(temporary, home.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The endpoints of a launcher that is still running with this home, if any. */
    public static Optional<PlatformEndpoints> ofRunningLauncher(Path home) {
        Path file = home.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
            long pid = Long.parseLong(properties.getProperty("launcher.pid"));
            if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                return Optional.of(new PlatformEndpoints(
                    pid,
                    URI.create(properties.getProperty("marsad.elasticsearch.hosts")),
                    Integer.parseInt(properties.getProperty("marsad.postgres.port")),
                    URI.create(properties.getProperty("marsad.keycloak.url")),
                    URI.create(properties.getProperty("quarkus.oidc.auth-server-url")),
                    Integer.parseInt(properties.getProperty("quarkus.mailer.port")),
                    URI.create(properties.getProperty("marsad.mail.web"))
                ));
            }
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public static void removeFrom(Path home) {
        try {
            Files.deleteIfExists(home.resolve(FILE_NAME));
        } catch (IOException ignored) {
            // stale file: readers check the pid anyway
        }
    }
}
