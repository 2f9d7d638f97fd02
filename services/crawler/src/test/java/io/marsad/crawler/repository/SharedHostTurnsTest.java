package io.marsad.crawler.repository;

import io.marsad.crawler.fetch.HostPacer;
import io.marsad.crawler.fetch.HostTurns;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Host turns in the real PostgreSQL, as two replicas (two holders) see them. */
@QuarkusTest
class SharedHostTurnsTest {

    static final Duration LEASE = Duration.ofSeconds(30);

    @Inject
    SharedHostTurns turns;

    static String host() {
        return "news-" + UUID.randomUUID() + ".example";
    }

    @Test
    void aHeldTurnIsNobodyElses() {
        String host = host();
        assertTrue(turns.claim(host, "replica-a", LEASE).granted());
        HostTurns.Claim other = turns.claim(host, "replica-b", LEASE);
        assertFalse(other.granted());
        assertEquals(SharedHostTurns.HELD_RECHECK, other.retryIn(), "asks again soon while a request is in progress");
        assertFalse(turns.claim(host, "replica-a", LEASE).granted(), "not even the holder's twice");
    }

    @Test
    void theNextTurnWaitsForThePause() throws Exception {
        String host = host();
        assertTrue(turns.claim(host, "replica-a", LEASE).granted());
        turns.release(host, "replica-a", Duration.ofMillis(800));
        HostTurns.Claim early = turns.claim(host, "replica-b", LEASE);
        assertFalse(early.granted());
        assertTrue(early.retryIn().compareTo(Duration.ofMillis(500)) > 0 && early.retryIn().compareTo(Duration.ofMillis(800)) <= 0,
            "told how long the pause has left: " + early.retryIn());
        Thread.sleep(early.retryIn().plusMillis(20));
        assertTrue(turns.claim(host, "replica-b", LEASE).granted());
    }

    @Test
    void aDeadHoldersTurnLapses() throws Exception {
        String host = host();
        assertTrue(turns.claim(host, "replica-that-dies", Duration.ofMillis(300)).granted());
        assertFalse(turns.claim(host, "replica-b", LEASE).granted());
        Thread.sleep(350);
        assertTrue(turns.claim(host, "replica-b", LEASE).granted());
        turns.release(host, "replica-that-dies", Duration.ofHours(1));
        assertFalse(turns.claim(host, "replica-c", LEASE).granted(), "the late release did not free replica-b's turn");
    }

    @Test
    void aBackOffHoldsEveryReplica() {
        String host = host();
        assertEquals(Duration.ZERO, turns.waitFor(host));
        turns.backOff(host, Duration.ofMinutes(5));
        turns.backOff(host, Duration.ofSeconds(1));
        Duration wait = turns.waitFor(host);
        assertTrue(wait.compareTo(Duration.ofMinutes(4)) > 0, "a shorter back-off does not shorten a longer one: " + wait);
        HostTurns.Claim claim = turns.claim(host, "replica-b", LEASE);
        assertFalse(claim.granted());
        assertTrue(claim.retryIn().compareTo(Duration.ofMinutes(4)) > 0);
    }

    @Test
    void pacersOfThreeReplicasTakeTurnsOneAtATimeWithThePauseBetween() throws Exception {
        String host = host();
        Duration pause = Duration.ofMillis(150);
        List<HostPacer> replicas = List.of(new HostPacer(4, turns, "a"), new HostPacer(4, turns, "b"), new HostPacer(4, turns, "c"));
        List<long[]> requests = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 9; t++) {
                HostPacer pacer = replicas.get(t % 3);
                done.add(threads.submit(() -> {
                    for (int i = 0; i < 2; i++) {
                        Optional<HostPacer.Turn> turn = pacer.acquire(host, Duration.ofSeconds(30));
                        assertTrue(turn.isPresent());
                        long start = System.nanoTime();
                        if (inFlight.incrementAndGet() > 1) {
                            overlaps.incrementAndGet();
                        }
                        Thread.sleep(20);
                        inFlight.decrementAndGet();
                        long end = System.nanoTime();
                        requests.add(new long[] {start, end});
                        pacer.release(turn.get(), pause);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        assertEquals(0, overlaps.get(), "never two requests to the host at once");
        assertEquals(18, requests.size());
        requests.sort((x, y) -> Long.compare(x[0], y[0]));
        for (int i = 1; i < requests.size(); i++) {
            long gap = requests.get(i)[0] - requests.get(i - 1)[1];
            assertTrue(gap >= pause.toNanos() - Duration.ofMillis(5).toNanos(), "request " + i + " came " + gap / 1_000_000 + " ms after the last ended");
        }
    }
}
