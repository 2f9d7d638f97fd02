package io.marsad.local.supervision;

import io.marsad.local.process.JavaRuntime;
import io.marsad.local.process.Ports;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.marsad.local.testing.Eventually.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Supervision of real processes: the JDK's own small web server, killed with SIGKILL as a crash would. */
class SupervisorTest {

    private static final BackOff QUICK = new BackOff(Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(60));

    @TempDir
    Path home;

    /** What the supervisor said, from its own thread: a copy-on-write list, so that reading it while it speaks is safe. */
    private final List<String> said = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable closeable : toClose.reversed()) {
            closeable.close();
        }
    }

    @Test
    void aKilledPartIsStartedAgainAndHealthy() throws Exception {
        SupervisedCommand web = webServer();
        web.launch();
        web.awaitReady();
        Supervisor supervisor = supervisor();
        supervisor.watch(web);
        long firstPid = web.pid();

        web.kill();

        waitFor(() -> part(supervisor).restarts() == 1 && part(supervisor).state().equals(PartStatus.RUNNING), Duration.ofSeconds(60),
            "the web server running again");
        PartStatus status = part(supervisor);
        assertNotEquals(firstPid, status.pid());
        assertEquals(web.pid(), status.pid());
        assertEquals("up", HealthProbe.check(web.health()));
        assertTrue(status.lastExit().startsWith("killed by signal 9"), status.lastExit());
        assertTrue(said.stream().anyMatch(line -> line.contains("web (pid " + firstPid + ") stopped unexpectedly (killed by signal 9)")), said::toString);
        assertTrue(said.stream().anyMatch(line -> line.contains("web is running again (pid " + status.pid() + ",")), said::toString);

        assertEquals(List.of(status), StatusFile.read(home).orElseThrow().parts(), "the status file says what the supervisor knows");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        assertEquals(StatusCommand.ALL_UP, StatusCommand.run(home, new PrintStream(printed, true, StandardCharsets.UTF_8)));
        String report = printed.toString(StandardCharsets.UTF_8);
        assertTrue(report.matches("(?s).*\\nweb +running +" + status.pid() + " +\\d+s +1 +up .*"), report);
        assertTrue(report.contains("last unexpected end: killed by signal 9"), report);
    }

    @Test
    void aPartThatKeepsCrashingIsRetriedLessAndLessOften() throws Exception {
        SupervisedCommand failing = new SupervisedCommand("failing", List.of("sh", "-c", "exit 3"), Map.of(), home.resolve("work"),
            home.resolve("failing.log"), URI.create("http://127.0.0.1:" + Ports.freeLoopbackPort() + "/"), Duration.ofSeconds(5));
        toClose.add(failing);
        failing.launch();
        Supervisor supervisor = supervisor();
        supervisor.watch(failing);

        waitFor(() -> part(supervisor).restarts() >= 5, Duration.ofSeconds(30), "five attempts");
        List<String> waits = said.stream().filter(line -> line.contains("next try in")).map(line -> line.replaceAll(".*next try in ", "")).toList();
        assertEquals(List.of("0.2 s", "0.4 s", "0.8 s", "1.0 s"), waits.subList(0, 4), "doubling up to the longest wait: " + said);
        assertTrue(said.getFirst().contains("failing (pid ") && said.getFirst().contains("stopped unexpectedly (exit code 3)"), said::toString);
        assertTrue(said.get(1).contains("did not start again (the failing service exited while starting"), said::toString);
        assertEquals(PartStatus.RESTARTING, part(supervisor).state());
        assertEquals(StatusCommand.SOME_DOWN, StatusCommand.run(home, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
    }

    @Test
    void afterCloseWhatStopsStaysStoppedAndNoStatusIsLeft() throws Exception {
        SupervisedCommand web = webServer();
        web.launch();
        web.awaitReady();
        Supervisor supervisor = new Supervisor(home, QUICK, said::add, Clock.systemUTC());
        supervisor.watch(web);
        assertTrue(StatusFile.read(home).isPresent());

        supervisor.close();
        long pid = web.pid();
        web.kill();
        Thread.sleep(QUICK.longest().toMillis()); // longer than any back-off: a restart would have begun

        assertEquals(pid, web.pid(), "not started again");
        assertTrue(said.isEmpty(), said::toString);
        assertFalse(StatusFile.read(home).isPresent());
        assertEquals(StatusCommand.NOT_RUNNING, StatusCommand.run(home, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
    }

    private Supervisor supervisor() {
        Supervisor supervisor = new Supervisor(home, QUICK, said::add, Clock.systemUTC());
        toClose.add(supervisor);
        return supervisor;
    }

    private static PartStatus part(Supervisor supervisor) {
        return supervisor.status().getFirst();
    }

    /** The JDK's jwebserver: a real HTTP server process, small and quick to start. */
    private SupervisedCommand webServer() {
        int port = Ports.freeLoopbackPort();
        Path jwebserver = JavaRuntime.home().resolve("bin").resolve("jwebserver");
        SupervisedCommand web = new SupervisedCommand("web", List.of(jwebserver.toString(), "-b", "127.0.0.1", "-p", Integer.toString(port),
            "-d", home.toAbsolutePath().toString()), Map.of(), home.resolve("work"), home.resolve("web.log"),
            URI.create("http://127.0.0.1:" + port + "/"), Duration.ofSeconds(30));
        toClose.add(web);
        return web;
    }
}
