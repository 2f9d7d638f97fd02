package io.marsad.local.server;

import io.marsad.local.Artifacts;
import io.marsad.local.process.HttpWait;
import io.marsad.local.process.JavaRuntime;
import io.marsad.local.process.ManagedProcess;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A real Keycloak (the Quarkus distribution from Maven Central) in development mode on loopback,
 * with the {@code marsad} realm imported from {@code deploy/keycloak/marsad-realm.json}.
 * <p>
 * Keycloak imports a realm only when it does not exist yet, so when the realm file changes the
 * instance's database is reset and the realm imported afresh (users added at run time are lost).
 */
public final class KeycloakServer implements LocalServer {

    public static final String REALM = "marsad";
    public static final String BOOTSTRAP_ADMIN = "admin";
    private static final String REALM_RESOURCE = "/keycloak/marsad-realm.json";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final ManagedProcess process;
    private final URI url;

    private KeycloakServer(ManagedProcess process, URI url) {
        this.process = process;
        this.url = url;
    }

    /**
     * @param instance  the instance's own home (a copy of the distribution plus its data)
     * @param cache     where the distribution is unpacked once
     */
    public static KeycloakServer start(Path instance, Path cache, Artifacts artifacts, int httpPort, int managementPort, String adminPassword) {
        if (!Files.isExecutable(instance.resolve("bin").resolve("kc.sh"))) {
            Path dist = KeycloakDistribution.unpacked(artifacts.requireKeycloakDist(), cache, artifacts.keycloakVersion());
            KeycloakDistribution.copyTree(dist, instance);
        }
        installRealm(instance);
        List<String> command = List.of(
            instance.resolve("bin").resolve("kc.sh").toString(),
            "start-dev",
            "--http-host=127.0.0.1",
            "--http-port=" + httpPort,
            "--http-management-port=" + managementPort,
            "--health-enabled=true",
            "--import-realm"
        );
        Map<String, String> environment = Map.of(
            "JAVA_HOME", JavaRuntime.home().toString(),
            "KC_BOOTSTRAP_ADMIN_USERNAME", BOOTSTRAP_ADMIN,
            "KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword,
            // Keep Keycloak's temporary files inside its instance directory.
            "JAVA_OPTS_APPEND", "-Djava.io.tmpdir=" + ElasticsearchServer.mkdirs(instance.resolve("tmp")) + " -XX:+PerfDisableSharedMem"
        );
        ManagedProcess process = ManagedProcess.start("keycloak", command, environment, instance, instance.resolve("log").resolve("keycloak.out"));
        URI url = URI.create("http://127.0.0.1:" + httpPort);
        try {
            HttpWait.untilOk(url.resolve("/realms/" + REALM + "/.well-known/openid-configuration"), START_TIMEOUT, process::isAlive, "Keycloak");
        } catch (RuntimeException e) {
            String tail = process.logTail(40);
            process.close();
            throw new IllegalStateException(e.getMessage() + "\n--- " + process.log() + " ---\n" + tail, e);
        }
        return new KeycloakServer(process, url);
    }

    private static void installRealm(Path instance) {
        byte[] realm = realmJson();
        String digest = sha256(realm);
        Path marker = instance.resolve("data").resolve("marsad-realm.sha256");
        try {
            Path importDir = Files.createDirectories(instance.resolve("data").resolve("import"));
            Files.write(importDir.resolve("marsad-realm.json"), realm);
            String previous = Files.exists(marker) ? Files.readString(marker, StandardCharsets.UTF_8).trim() : "";
            if (!previous.equals(digest)) {
                KeycloakDistribution.deleteTree(instance.resolve("data").resolve("h2"));
                Files.writeString(marker, digest);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot install the realm into " + instance, e);
        }
    }

    static byte[] realmJson() {
        try (InputStream in = KeycloakServer.class.getResourceAsStream(REALM_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(REALM_RESOURCE + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public URI url() {
        return url;
    }

    /** The issuer, i.e. what services configure as {@code quarkus.oidc.auth-server-url}. */
    public URI realmUrl() {
        return url.resolve("/realms/" + REALM);
    }

    @Override
    public long pid() {
        return process.pid();
    }

    @Override
    public java.util.concurrent.CompletableFuture<String> exited() {
        return process.exited();
    }

    @Override
    public void close() {
        process.close();
    }
}
