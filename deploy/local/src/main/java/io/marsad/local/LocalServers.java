package io.marsad.local;

import io.marsad.local.process.Ports;
import io.marsad.local.server.ElasticsearchServer;
import io.marsad.local.server.KeycloakServer;
import io.marsad.local.server.MailServer;
import io.marsad.local.server.PostgresServer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;

/**
 * Elasticsearch, PostgreSQL, Keycloak and the local mail server for one home directory, started in
 * parallel and stopped in reverse order.
 */
public final class LocalServers implements AutoCloseable {

    public static final int PREFERRED_ELASTICSEARCH_PORT = 9200;
    public static final int PREFERRED_POSTGRES_PORT = 5433;
    public static final int PREFERRED_KEYCLOAK_PORT = 8180;
    public static final int PREFERRED_KEYCLOAK_MANAGEMENT_PORT = 9180;
    public static final int PREFERRED_SMTP_PORT = 2525;
    public static final int PREFERRED_MAIL_WEB_PORT = 8025;

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private ElasticsearchServer elasticsearch;
    private PostgresServer postgres;
    private KeycloakServer keycloak;
    private MailServer mail;

    private LocalServers() {}

    public static LocalServers start(LocalPaths paths, Artifacts artifacts, Timings timings) {
        LocalServers servers = new LocalServers();
        Path home = paths.home();
        try {
            CompletableFuture<KeycloakServer> keycloak = CompletableFuture.supplyAsync(() -> timings.time("keycloak", () ->
                KeycloakServer.start(home.resolve("keycloak"), paths.cache(), artifacts,
                    portOrFree(PREFERRED_KEYCLOAK_PORT), portOrFree(PREFERRED_KEYCLOAK_MANAGEMENT_PORT), "admin")));
            CompletableFuture<ElasticsearchServer> elasticsearch = CompletableFuture.supplyAsync(() -> timings.time("elasticsearch", () ->
                ElasticsearchServer.start(home.resolve("elasticsearch"), artifacts, portOrFree(PREFERRED_ELASTICSEARCH_PORT), "512m")));
            CompletableFuture<MailServer> mail = CompletableFuture.supplyAsync(() -> timings.time("mail", () ->
                MailServer.start(home.resolve("mail"), artifacts, portOrFree(PREFERRED_SMTP_PORT), portOrFree(PREFERRED_MAIL_WEB_PORT))));
            RuntimeException failure = null;
            try {
                servers.postgres = servers.track(timings.time("postgres", () ->
                    PostgresServer.start(home.resolve("postgres"), portOrFree(PREFERRED_POSTGRES_PORT))));
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

    private <T extends AutoCloseable> T track(T server) {
        started.push(server);
        return server;
    }

    static int portOrFree(int preferred) {
        return Ports.isFree(preferred) ? preferred : Ports.freeLoopbackPort();
    }

    public ElasticsearchServer elasticsearch() {
        return elasticsearch;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public MailServer mail() {
        return mail;
    }

    public PlatformEndpoints endpoints() {
        return new PlatformEndpoints(ProcessHandle.current().pid(), elasticsearch.url(), postgres.port(), keycloak.url(), keycloak.realmUrl(),
            mail.smtpPort(), mail.api());
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
