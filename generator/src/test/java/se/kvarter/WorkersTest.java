package se.kvarter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The build's jobs all run, on several threads, and a failure is the same whatever the timing. */
class WorkersTest {

    @Test
    void everyJobRunsAndTheFirstFailureInListOrderIsThrownAfterAllEnded() {
        Set<Integer> ran = ConcurrentHashMap.newKeySet();
        List<Runnable> jobs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int index = i;
            jobs.add(() -> {
                ran.add(index);
                if (index == 150) {
                    throw new IllegalArgumentException("late");
                }
                if (index == 40) {
                    sleep(); // fails after the later job has failed
                    throw new IllegalStateException("first in order");
                }
            });
        }
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> Workers.run(jobs));
        assertEquals("first in order", thrown.getMessage());
        assertEquals(200, ran.size(), "no job is left out because another failed");
    }

    @Test
    void jobsHandedOverInSeveralListsRunAndFailInTheOrderTheyWereHandedOver() {
        Set<Integer> ran = ConcurrentHashMap.newKeySet();
        try (Workers workers = Workers.start()) {
            workers.submit(List.of(() -> {
                ran.add(0);
                sleep(); // fails after the job of the second list has failed
                throw new IllegalStateException("first list");
            }));
            workers.submit(List.of(() -> ran.add(1), () -> {
                ran.add(2);
                throw new IllegalArgumentException("second list");
            }));
            IllegalStateException thrown = assertThrows(IllegalStateException.class, workers::finish);
            assertEquals("first list", thrown.getMessage());
        }
        assertEquals(Set.of(0, 1, 2), ran);
    }

    @Test
    void closingWithoutFinishingWaitsForTheJobsRunningAndDropsTheOthers() {
        AtomicBoolean ended = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(1);
        AtomicInteger later = new AtomicInteger();
        try (Workers workers = Workers.start()) {
            List<Runnable> jobs = new ArrayList<>();
            jobs.add(() -> {
                started.countDown();
                sleepUninterruptibly();
                ended.set(true);
            });
            for (int i = 0; i < 10_000; i++) {
                jobs.add(() -> {
                    later.incrementAndGet();
                    sleepUninterruptibly();
                });
            }
            workers.submit(jobs);
            await(started);
        }
        assertTrue(ended.get(), "a running job ends before close returns");
        assertTrue(later.get() < 10_000, "waiting jobs are dropped");
    }

    @Test
    void noJobsIsNoWork() {
        Workers.run(List.of());
    }

    /** Sleeps on when interrupted, as a job that does not look at interrupts (rendering, writing) does. */
    private static void sleepUninterruptibly() {
        long end = System.nanoTime() + 20_000_000;
        while (System.nanoTime() < end) {
            try {
                Thread.sleep(Math.max(1, (end - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                // keep sleeping
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
