package io.marsad.support.work;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WakeableTest {

    @Test
    void wakeUpsDuringARunMakeItRunOnceMoreAfterIt() throws Exception {
        CountDownLatch firstRunStarted = new CountDownLatch(1);
        CountDownLatch releaseFirstRun = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        ExecutorService executor = Executors.newSingleThreadExecutor();
        Wakeable job = new Wakeable("test", true, () -> {
            if (runs.incrementAndGet() == 1) {
                firstRunStarted.countDown();
                releaseFirstRun.await();
            }
        }, executor);

        job.wake();
        assertTrue(firstRunStarted.await(5, TimeUnit.SECONDS));
        job.wake();
        job.wake();
        job.onBeat(); // the beat while a run is under way does not run beside it
        releaseFirstRun.countDown();
        executor.shutdown();
        assertTrue(executor.awaitTermination(5, TimeUnit.SECONDS));
        assertEquals(2, runs.get(), "three wake-ups during the first run make one more run, not three");

        job.onBeat();
        assertEquals(3, runs.get(), "an idle job runs on the beat, in the beat's thread");
    }

    @Test
    void aFailingRunIsLoggedAndTheJobRunsAgainLater() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        Wakeable job = new Wakeable("failing", true, () -> {
            runs.incrementAndGet();
            throw new IllegalStateException("the database is away");
        }, Runnable::run);
        job.wake();
        job.wake();
        job.onBeat();
        assertEquals(3, runs.get(), "each failure leaves the job idle, ready for the next wake-up or beat");
    }

    @Test
    void withoutWakeUpsOnlyTheBeatRunsIt() {
        AtomicInteger runs = new AtomicInteger();
        Wakeable job = new Wakeable("beat only", false, runs::incrementAndGet, Runnable::run);
        job.wake();
        assertEquals(0, runs.get());
        job.onBeat();
        assertEquals(1, runs.get());
    }
}
