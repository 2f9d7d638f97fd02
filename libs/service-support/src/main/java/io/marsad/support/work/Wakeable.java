package io.marsad.support.work;

import org.jboss.logging.Logger;

import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A background job that runs on its beat and also as soon as someone says there is new work, one
 * run at a time: a wake-up while it runs makes it run once more right after, so work that arrived
 * during a run is never left for the next beat. This is what keeps a hand-off from one stage to
 * the next at milliseconds instead of a beat's length; the beat stays as the safety net for retries
 * and for work another replica left behind.
 */
public final class Wakeable {

    private static final Logger LOG = Logger.getLogger(Wakeable.class);
    private static final int IDLE = 0;
    private static final int RUNNING = 1;
    private static final int RUN_AGAIN = 2;

    /** The work of one run. */
    @FunctionalInterface
    public interface Job {
        void run() throws Exception;
    }

    private final String name;
    private final Job job;
    private final boolean wakeOnWork;
    private final Executor executor;
    private final AtomicInteger state = new AtomicInteger(IDLE);

    /**
     * @param wakeOnWork false to run on the beat only (tests that drive the stages themselves):
     *                   {@link #wake()} then does nothing
     */
    public Wakeable(String name, boolean wakeOnWork, Job job) {
        this(name, wakeOnWork, job, Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name(name + "-", 0).factory()));
    }

    Wakeable(String name, boolean wakeOnWork, Job job, Executor executor) {
        this.name = name;
        this.job = job;
        this.wakeOnWork = wakeOnWork;
        this.executor = executor;
    }

    /** There is new work: run soon on a thread of its own (or once more after the current run). Never blocks. */
    public void wake() {
        if (wakeOnWork && state.getAndUpdate(s -> s == IDLE ? RUNNING : RUN_AGAIN) == IDLE) {
            executor.execute(this::runWhileWoken);
        }
    }

    /** The beat: run now in the caller's thread, unless a run is under way (then it runs once more after it). */
    public void onBeat() {
        if (state.getAndUpdate(s -> s == IDLE ? RUNNING : RUN_AGAIN) == IDLE) {
            runWhileWoken();
        }
    }

    private void runWhileWoken() {
        do {
            try {
                job.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                state.set(IDLE);
                return;
            } catch (Exception e) {
                LOG.errorf(e, "%s failed", name);
            }
        } while (!state.compareAndSet(RUNNING, IDLE) && state.compareAndSet(RUN_AGAIN, RUNNING));
    }
}
