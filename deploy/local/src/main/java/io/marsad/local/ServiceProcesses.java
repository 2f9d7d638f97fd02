package io.marsad.local;

import io.marsad.local.process.HttpWait;
import io.marsad.local.process.JavaRuntime;
import io.marsad.local.process.Ports;
import io.marsad.local.supervision.SupervisedCommand;
import io.marsad.local.supervision.SupervisedPart;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs the packaged Quarkus services (prod profile) against the local servers. */
public final class ServiceProcesses implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

    private final List<SupervisedCommand> running = new ArrayList<>();

    /** @param extra settings beyond the usual ones, by service name (the crawler's allowance for the demo site) */
    public void startAll(Path projectRoot, Path home, LocalServers servers, Map<String, Map<String, String>> extra) {
        for (ServiceDefinition service : ServiceDefinition.ALL) {
            if (!Ports.isFree(service.port())) {
                throw new IllegalStateException("Port " + service.port() + " for the " + service.name() + " service is taken; stop what uses it.");
            }
        }
        for (ServiceDefinition service : ServiceDefinition.ALL) {
            Path jar = projectRoot.resolve("services").resolve(service.name()).resolve("target/quarkus-app/quarkus-run.jar");
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException("Missing " + jar + ": build first (./mvnw package -DskipTests).");
            }
            if (service.database() != null) {
                servers.postgres().ensureDatabase(service.database());
            }
            List<String> command = JavaRuntime.serviceCommand(jar, service.heap(), List.of());
            Map<String, String> env = environment(service, servers);
            env.putAll(extra.getOrDefault(service.name(), Map.of()));
            SupervisedCommand process = new SupervisedCommand(service.name(), command, env, home.resolve("services").resolve(service.name()),
                home.resolve("logs").resolve(service.name() + ".log"), URI.create(service.url() + "/q/health/ready"), READY_TIMEOUT);
            process.launch();
            running.add(process);
        }
    }

    public void awaitReady() {
        running.forEach(SupervisedCommand::awaitReady);
    }

    /** The services for the launcher's supervisor. */
    public List<SupervisedPart> parts() {
        return List.copyOf(running);
    }

    /**
     * Writes {@code <home>/env/<service>.env} with the variables each service needs, and creates
     * the services' databases, so a service run by hand ({@code quarkus:dev}) finds the servers:
     * {@code set -a; . ~/.marsad/env/search.env; set +a; ./mvnw -pl services/search quarkus:dev}.
     */
    public static void writeEnvironmentFiles(Path home, LocalServers servers) {
        try {
            Path dir = Files.createDirectories(home.resolve("env"));
            for (ServiceDefinition service : ServiceDefinition.ALL) {
                if (service.database() != null) {
                    servers.postgres().ensureDatabase(service.database());
                }
                StringBuilder lines = new StringBuilder("# Written by the Marsad launcher for the " + service.name() + " service.\n");
                new java.util.TreeMap<>(environment(service, servers)).forEach((key, value) ->
                    lines.append(key).append("='").append(value.replace("'", "'\\''")).append("'\n"));
                Files.writeString(dir.resolve(service.name() + ".env"), lines);
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Map<String, String> environment(ServiceDefinition service, LocalServers servers) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(service.port()));
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", servers.keycloak().realmUrl().toString());
        env.put("MARSAD_ELASTICSEARCH_HOSTS", servers.elasticsearch().url().toString());
        env.put("MARSAD_INDEX_REPLICAS", "0"); // one local node
        if (service.name().equals("alerting")) { // alerts by e-mail, to the local mail server
            env.put("QUARKUS_MAILER_HOST", "127.0.0.1");
            env.put("QUARKUS_MAILER_PORT", Integer.toString(servers.mail().smtpPort()));
        }
        if (service.database() != null) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", servers.postgres().jdbcUrl(service.database()));
            env.put("QUARKUS_DATASOURCE_USERNAME", "postgres");
            env.put("QUARKUS_DATASOURCE_PASSWORD", "postgres");
        }
        for (ServiceDefinition other : ServiceDefinition.ALL) {
            env.put("MARSAD_SERVICES_" + other.name().toUpperCase(java.util.Locale.ROOT) + "_URL", other.url());
        }
        return env;
    }

    @Override
    public void close() {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
        running.clear();
    }
}
