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
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the jobs of a build (pages, open-data files) on every core, each thread taking the next
 * job in the order given as soon as it is free. A parallel stream splits the list into a few
 * long runs of jobs instead: one run with every poster (a QR code each) kept one core busy while
 * the other waited, and the open-data files, run after the pages, used one core for seconds.
 */
final class Workers {

    private Workers() {
    }

    /**
     * Runs every job to its end, then throws the failure of the first job in list order, if any,
     * so the message does not depend on timing (and no job writes after the build gave up).
     */
    static void run(List<? extends Runnable> jobs) {
        int threads = Math.min(Runtime.getRuntime().availableProcessors(), Math.max(1, jobs.size()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, named());
        Map<Integer, RuntimeException> failures = new ConcurrentSkipListMap<>();
        try {
            List<Future<?>> done = new ArrayList<>(jobs.size());
            for (int i = 0; i < jobs.size(); i++) {
                int index = i;
                Runnable job = jobs.get(i);
                done.add(pool.submit(() -> {
                    try {
                        job.run();
                    } catch (RuntimeException e) {
                        failures.put(index, e);
                    }
                }));
            }
            for (Future<?> future : done) {
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
        } finally {
            pool.shutdownNow();
        }
        if (!failures.isEmpty()) {
            throw failures.values().iterator().next();
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
