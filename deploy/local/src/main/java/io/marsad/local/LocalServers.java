package io.marsad.local;

import io.marsad.local.process.Ports;
import io.marsad.local.server.ElasticsearchServer;
import io.marsad.local.server.KeycloakServer;
import io.marsad.local.server.MailServer;
import io.marsad.local.server.PostgresServer;
import io.marsad.local.supervision.RestartableServer;
import io.marsad.local.supervision.SupervisedPart;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Elasticsearch, PostgreSQL, Keycloak and the local mail server for one home directory, started in
 * parallel and stopped in reverse order; each can be started again on the same port after a crash.
 */
public final class LocalServers implements AutoCloseable {

    public static final int PREFERRED_ELASTICSEARCH_PORT = 9200;
    public static final int PREFERRED_POSTGRES_PORT = 5433;
    public static final int PREFERRED_KEYCLOAK_PORT = 8180;
    public static final int PREFERRED_KEYCLOAK_MANAGEMENT_PORT = 9180;
    public static final int PREFERRED_SMTP_PORT = 2525;
    public static final int PREFERRED_MAIL_WEB_PORT = 8025;

    private final Deque<RestartableServer<?>> started = new ArrayDeque<>();
    private RestartableServer<ElasticsearchServer> elasticsearch;
    private RestartableServer<PostgresServer> postgres;
    private RestartableServer<KeycloakServer> keycloak;
    private RestartableServer<MailServer> mail;

    private LocalServers() {}

    /**
     * Starts the four servers in parallel, each on its preferred port or a free one, which it keeps
     * when started again after a crash.
     */
    public static LocalServers start(LocalPaths paths, Artifacts artifacts, Timings timings) {
        LocalServers servers = new LocalServers();
        Path home = paths.home();
        int keycloakPort = Ports.preferredOrFree(PREFERRED_KEYCLOAK_PORT);
        int keycloakManagementPort = Ports.preferredOrFree(PREFERRED_KEYCLOAK_MANAGEMENT_PORT);
        int elasticsearchPort = Ports.preferredOrFree(PREFERRED_ELASTICSEARCH_PORT);
        int smtpPort = Ports.preferredOrFree(PREFERRED_SMTP_PORT);
        int mailWebPort = Ports.preferredOrFree(PREFERRED_MAIL_WEB_PORT);
        int postgresPort = Ports.preferredOrFree(PREFERRED_POSTGRES_PORT);
        try {
            CompletableFuture<RestartableServer<KeycloakServer>> keycloak = CompletableFuture.supplyAsync(() -> timings.time("keycloak", () ->
                RestartableServer.start("keycloak", () -> KeycloakServer.start(home.resolve("keycloak"), paths.cache(), artifacts,
                    keycloakPort, keycloakManagementPort, "admin"), started -> URI.create("http://127.0.0.1:" + keycloakManagementPort + "/health/ready"))));
            CompletableFuture<RestartableServer<ElasticsearchServer>> elasticsearch = CompletableFuture.supplyAsync(() -> timings.time("elasticsearch", () ->
                RestartableServer.start("elasticsearch", () -> ElasticsearchServer.start(home.resolve("elasticsearch"), artifacts, elasticsearchPort, "512m"),
                    started -> started.url().resolve("/_cluster/health"))));
            CompletableFuture<RestartableServer<MailServer>> mail = CompletableFuture.supplyAsync(() -> timings.time("mail", () ->
                RestartableServer.start("mail", () -> MailServer.start(home.resolve("mail"), artifacts, smtpPort, mailWebPort),
                    started -> started.api().resolve("/api/service/readiness"))));
            RuntimeException failure = null;
            try {
                servers.postgres = servers.track(timings.time("postgres", () ->
                    RestartableServer.start("postgres", () -> PostgresServer.start(home.resolve("postgres"), postgresPort),
                        started -> URI.create("tcp://127.0.0.1:" + started.port()))));
            } catch (RuntimeException e) {
                failure = e;
            }
            try {
                servers.elasticsearch = servers.track(elasticsearch.join());
            } catch (RuntimeException e) {
                failure = failure == null ? unwrap(e) : failure;
            }
            try {
                servers.keycloak = servers.track(keycloak.join());
            } catch (RuntimeException e) {
                failure = failure == null ? unwrap(e) : failure;
            }
            try {
                servers.mail = servers.track(mail.join());
            } catch (RuntimeException e) {
                failure = failure == null ? unwrap(e) : failure;
            }
            if (failure != null) {
                throw failure;
            }
            return servers;
        } catch (RuntimeException e) {
            servers.close();
            throw e;
        }
    }

    private static RuntimeException unwrap(RuntimeException e) {
        return e instanceof java.util.concurrent.CompletionException && e.getCause() instanceof RuntimeException cause ? cause : e;
    }

    private <T extends RestartableServer<?>> T track(T server) {
        started.push(server);
        return server;
    }

    public ElasticsearchServer elasticsearch() {
        return elasticsearch.current();
    }

    public PostgresServer postgres() {
        return postgres.current();
    }

    public KeycloakServer keycloak() {
        return keycloak.current();
    }

    public MailServer mail() {
        return mail.current();
    }

    /** The servers for the launcher's supervisor, in the order they are listed. */
    public List<SupervisedPart> parts() {
        return List.of(elasticsearch, postgres, keycloak, mail);
    }

    public PlatformEndpoints endpoints() {
        return new PlatformEndpoints(ProcessHandle.current().pid(), elasticsearch().url(), postgres().port(), keycloak().url(),
            keycloak().realmUrl(), mail().smtpPort(), mail().api());
    }

    @Override
    public void close() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("marsad: error while stopping a server: " + e);
            }
        }
    }

    /** Records how long each step took, for the start-up summary. */
    public interface Timings {
        <T> T time(String step, java.util.function.Supplier<T> action);

        static Timings none() {
            return new Timings() {
                @Override
                public <T> T time(String step, java.util.function.Supplier<T> action) {
                    return action.get();
                }
            };
        }
    }

    static String seconds(Duration duration) {
        return String.format(java.util.Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }
}
