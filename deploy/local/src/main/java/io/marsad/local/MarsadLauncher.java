package io.marsad.local;

import io.marsad.local.supervision.StatusCommand;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * {@code marsad up}: Elasticsearch, PostgreSQL, Keycloak and every service, until Ctrl-C, with the
 * demo newsroom registered as sources and demo monitors for the analyst ({@code --no-demo}: empty).
 * {@code marsad servers}: the three servers only, for running a service with {@code quarkus:dev}
 * or tests with {@code -Dmarsad.test.reuse=true}. Either way every part is supervised: started
 * again after a crash. {@code marsad status}: each part's state and health.
 */
public final class MarsadLauncher {

    /** Where the demo news site listens when the port is free. */
    static final int DEMO_PORT = 8090;

    private final Map<String, Duration> timings = new LinkedHashMap<>();

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "up" : args[0];
        if (command.equals("status")) {
            System.exit(StatusCommand.run(LocalPaths.fromEnvironment().home(), System.out));
        }
        if (!command.equals("up") && !command.equals("servers")) {
            System.err.println("usage: marsad-launcher up|servers|status");
            System.exit(2);
        }
        boolean demo = !java.util.Arrays.asList(args).contains("--no-demo");
        try {
            new MarsadLauncher().run(command.equals("up"), demo);
        } catch (IllegalStateException e) {
            System.err.println("marsad: " + e.getMessage());
            System.exit(1);
        }
    }

    private void run(boolean withServices, boolean withDemo) throws InterruptedException {
        LocalPaths paths = LocalPaths.fromEnvironment();
        PlatformEndpoints.ofRunningLauncher(paths.home()).ifPresent(running -> {
            throw new IllegalStateException("a Marsad launcher (pid " + running.launcherPid() + ") already runs with home " + paths.home()
                + "; stop it first, or set MARSAD_HOME to another directory.");
        });
        Path projectRoot = Path.of(System.getProperty("marsad.root", ".")).toAbsolutePath().normalize();
        long begin = System.nanoTime();
        System.out.println("marsad: home " + paths.home() + " (data is kept between runs)");
        LocalPlatform.Newsroom demo = withServices && withDemo ? new LocalPlatform.Newsroom(DEMO_PORT, Clock.systemUTC(), 60, Duration.ofSeconds(20)) : null;
        LocalPlatform platform = new LocalPlatform(new LocalPlatform.Options(paths, projectRoot, withServices, demo, Map.of(), System.out::println));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nmarsad: stopping…");
            platform.close();
            stopped.countDown();
        }, "marsad-stop"));
        platform.start(this::time);
        Duration total = Duration.ofNanos(System.nanoTime() - begin);
        printSummary(platform.servers().endpoints(), withServices, total, platform.servers());
        platform.newsroom().ifPresent(newsroom -> System.out.println("  Demo newsroom   " + newsroom.url("/")
            + " (a new article every 20 s, pushed to the crawler by its WebSub hub; " + platform.demoSetUp().orElse("") + ")\n"
            + "  Without it: ./marsad up --no-demo. To let the crawler reach another local test site, set MARSAD_CRAWLER_ALLOWED_HOSTS\n"
            + "  to its host:port for the crawler (docs/operations.md).\n"));
        stopped.await();
    }

    private <T> T time(String step, Supplier<T> action) {
        long begin = System.nanoTime();
        try {
            return action.get();
        } finally {
            synchronized (timings) {
                timings.put(step, Duration.ofNanos(System.nanoTime() - begin));
            }
        }
    }

    private void printSummary(PlatformEndpoints endpoints, boolean withServices, Duration total, LocalServers servers) {
        StringBuilder out = new StringBuilder("\n");
        out.append("Marsad is up in ").append(LocalServers.seconds(total)).append(" (");
        timings.forEach((step, duration) -> out.append(step).append(' ').append(LocalServers.seconds(duration)).append(", "));
        out.setLength(out.length() - 2);
        out.append(")\n");
        long resident = ResidentMemory.ofTree(ProcessHandle.current())
            + ProcessHandle.of(servers.postgres().pid()).map(ResidentMemory::ofTree).orElse(0L);
        out.append("  Resident memory of all its processes: ").append(resident / (1024 * 1024)).append(" MiB\n\n");
        if (withServices) {
            out.append("  Dashboard       http://127.0.0.1:8080/\n");
            for (ServiceDefinition service : ServiceDefinition.ALL) {
                out.append(String.format("  %-15s %s  (health %s/q/health/ready, API docs %s/q/swagger-ui)%n",
                    service.name(), service.url(), service.url(), service.url()));
            }
        }
        out.append("  Elasticsearch   ").append(endpoints.elasticsearch()).append('\n');
        out.append("  PostgreSQL      ").append(endpoints.jdbcUrl("<service>")).append("  (user postgres)\n");
        out.append("  Keycloak        ").append(endpoints.keycloak()).append("  (admin console: admin / admin)\n");
        out.append("  Mail (SMTP)     127.0.0.1:").append(endpoints.smtpPort()).append("  (alerts sent by e-mail: ").append(endpoints.mailWeb())
            .append("/api/user/<address>/messages/INBOX/)\n\n");
        out.append("  Demo logins (realm marsad): analyst / analyst, analyst2 / analyst2, admin / admin\n");
        if (!withServices) {
            out.append("  Run a service against these servers: set -a; . ").append(LocalPaths.fromEnvironment().home().resolve("env"))
                .append("/<service>.env; set +a; ./mvnw -pl services/<service> quarkus:dev\n");
        }
        out.append("  Every part is started again if it crashes; ./marsad status shows each one's state and health.\n");
        out.append("  Press Ctrl-C to stop everything.\n");
        System.out.println(out);
    }

    /** Sums VmRSS over a process tree (Linux /proc); 0 where unavailable. */
    static final class ResidentMemory {
        private ResidentMemory() {}

        static long ofTree(ProcessHandle root) {
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(root), root.descendants())
                .mapToLong(p -> ofProcess(p.pid())).sum();
        }

        static long ofProcess(long pid) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                    if (line.startsWith("VmRSS:")) {
                        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                    }
                }
            } catch (IOException | RuntimeException ignored) {
                // process gone or not Linux
            }
            return 0;
        }
    }
}
