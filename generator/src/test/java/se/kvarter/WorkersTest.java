package se.kvarter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
    void noJobsIsNoWork() {
        Workers.run(List.of());
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
