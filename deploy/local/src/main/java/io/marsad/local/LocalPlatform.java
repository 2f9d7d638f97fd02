package io.marsad.local;

import io.marsad.local.demo.DemoNewsroom;
import io.marsad.local.demo.DemoSetup;
import io.marsad.local.supervision.BackOff;
import io.marsad.local.supervision.SupervisedPart;
import io.marsad.local.supervision.Supervisor;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The whole local platform of one home directory: the servers, the services, the demo newsroom
 * registered as sources with the demo users' monitors, all supervised. {@code ./marsad up} runs one
 * until Ctrl-C; the end-to-end tests and benchmarks run one in their own JVM, where they can
 * publish, take parts down and watch what happens.
 */
public final class LocalPlatform implements AutoCloseable {

    /**
     * @param services    false for the servers only ({@code ./marsad servers})
     * @param newsroom    the demo news site to start and register, or null for none
     * @param environment settings beyond the usual ones, by service name
     * @param console     where the supervisor reports crashes and restarts
     */
    public record Options(LocalPaths paths, Path projectRoot, boolean services, Newsroom newsroom, Map<String, Map<String, String>> environment,
                          Consumer<String> console) {}

    /** The demo newsroom: its preferred port (taken: any), its clock, its backlog and how often it publishes. */
    public record Newsroom(int port, Clock clock, int backlog, Duration every) {}

    private final Options options;
    private final Supervisor supervisor;
    private volatile LocalServers servers;
    private volatile ServiceProcesses services;
    private volatile DemoNewsroom newsroom;
    private volatile String demoSetUp;

    public LocalPlatform(Options options) {
        this.options = options;
        this.supervisor = new Supervisor(options.paths().home(), BackOff.DEFAULT, options.console(), Clock.systemUTC());
    }

    /** Starts everything and returns once the services answer as ready and the demo is set up. Close it to stop what started, even midway. */
    public LocalPlatform start(LocalServers.Timings timings) {
        Path home = options.paths().home();
        servers = LocalServers.start(options.paths(), Artifacts.fromBuild(), timings);
        servers.parts().forEach(supervisor::watch);
        servers.endpoints().writeTo(home);
        ServiceProcesses.writeEnvironmentFiles(home, servers);
        if (!options.services()) {
            return this;
        }
        if (options.newsroom() != null) {
            newsroom = startNewsroom(options.newsroom());
        }
        Map<String, Map<String, String>> environment = new HashMap<>();
        options.environment().forEach((service, settings) -> environment.put(service, new HashMap<>(settings)));
        // WebSub hubs (the newsroom's) call the crawler back at its own address; the crawler may fetch
        // the demo site at exactly its addresses and port, and no other local address
        Map<String, String> crawler = environment.computeIfAbsent("crawler", name -> new HashMap<>());
        crawler.putIfAbsent("MARSAD_CRAWLER_WEBSUB_CALLBACK_URL", url("crawler"));
        if (newsroom != null) {
            crawler.merge("MARSAD_CRAWLER_ALLOWED_HOSTS", newsroom.hostAndPort(), (given, demo) -> given + "," + demo);
        }
        services = new ServiceProcesses();
        timings.time("services", () -> {
            services.startAll(options.projectRoot(), home, servers, environment);
            services.awaitReady();
            services.parts().forEach(supervisor::watch);
            return null;
        });
        if (newsroom != null) {
            demoSetUp = timings.time("demo", this::setUpDemo);
        }
        return this;
    }

    private static DemoNewsroom startNewsroom(Newsroom settings) {
        try {
            try {
                return DemoNewsroom.start(settings.port(), settings.clock(), settings.backlog(), settings.every());
            } catch (java.net.BindException taken) {
                return DemoNewsroom.start(0, settings.clock(), settings.backlog(), settings.every());
            }
        } catch (IOException e) {
            throw new IllegalStateException("the demo news site could not start: " + e.getMessage(), e);
        }
    }

    private String setUpDemo() {
        try {
            return DemoSetup.apply(newsroom, servers.keycloak().realmUrl().toString(), url("crawler"), url("search"), url("alerting"));
        } catch (IOException e) {
            return "its sources and monitors could not be set up: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "set-up interrupted";
        }
    }

    /** A service's base URL on loopback. */
    public static String url(String service) {
        return ServiceDefinition.ALL.stream().filter(definition -> definition.name().equals(service)).findFirst().orElseThrow().url();
    }

    public LocalServers servers() {
        return servers;
    }

    public Optional<DemoNewsroom> newsroom() {
        return Optional.ofNullable(newsroom);
    }

    /** What the demo set-up did, or empty without the newsroom. */
    public Optional<String> demoSetUp() {
        return Optional.ofNullable(demoSetUp);
    }

    public Supervisor supervisor() {
        return supervisor;
    }

    /** The supervised parts by name: elasticsearch, postgres, keycloak, mail, then the services. */
    public SupervisedPart part(String name) {
        List<SupervisedPart> parts = new java.util.ArrayList<>(servers.parts());
        if (services != null) {
            parts.addAll(services.parts());
        }
        return parts.stream().filter(part -> part.name().equals(name)).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no part named " + name));
    }

    /** Stops everything that started, services before servers; what stops now is stopped on purpose, not restarted. */
    @Override
    public void close() {
        supervisor.close();
        if (services != null) {
            services.close();
        }
        if (newsroom != null) {
            newsroom.close();
        }
        if (servers != null) {
            servers.close();
        }
        PlatformEndpoints.removeFrom(options.paths().home());
    }
}
