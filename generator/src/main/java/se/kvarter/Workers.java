package se.kvarter;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the jobs of a build (pages, open-data files) on every core, each thread taking the next
 * job in the order given as soon as it is free. A parallel stream splits the list into a few
 * long runs of jobs instead: one run with every poster (a QR code each) kept one core busy while
 * the other waited, and the open-data files, run after the pages, used one core for seconds.
 *
 * <p>Jobs can be handed over in several lists ({@link #start()}): the open-data files start while
 * the build still plans its pages, instead of one core waiting for the plan.
 */
final class Workers implements AutoCloseable {

    private final ExecutorService pool;
    private final List<Future<?>> submitted = new ArrayList<>();
    /** Failures by the order their jobs were handed over in. */
    private final Map<Integer, RuntimeException> failures = new ConcurrentSkipListMap<>();

    private Workers(int threads) {
        pool = Executors.newFixedThreadPool(threads, named());
    }

    /** Workers for jobs handed over by {@link #submit}, one thread per core; close them when done. */
    static Workers start() {
        return new Workers(Runtime.getRuntime().availableProcessors());
    }

    /** Runs every job to its end, and then throws as {@link #finish()} does. */
    static void run(List<? extends Runnable> jobs) {
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), Math.max(1, jobs.size()));
        try (Workers workers = new Workers(threads)) {
            workers.submit(jobs);
            workers.finish();
        }
    }

    /** Hands over more jobs; they run after those handed over before. Called by one thread. */
    void submit(List<? extends Runnable> jobs) {
        for (Runnable job : jobs) {
            int index = submitted.size();
            submitted.add(pool.submit(() -> {
                try {
                    job.run();
                } catch (RuntimeException e) {
                    failures.put(index, e);
                }
            }));
        }
    }

    /**
     * Waits for every job handed over to end, then throws the failure of the first job in the
     * order they were handed over, if any, so the message does not depend on timing (and no job
     * writes after the build gave up).
     */
    void finish() {
        try {
            for (Future<?> future : submitted) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building", e);
        } catch (ExecutionException e) {
            // an Error (out of memory): nothing to report as content
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
        if (!failures.isEmpty()) {
            throw failures.values().iterator().next();
        }
    }

    /**
     * Stops the threads: jobs still waiting (a build that gave up before {@link #finish()}) do not
     * run, and those running are waited for, so that none writes into an output folder that the
     * build is about to throw away.
     */
    @Override
    public void close() {
        pool.shutdownNow();
        boolean interrupted = false;
        while (!pool.isTerminated()) {
            try {
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory named() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "kvarter-build-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
