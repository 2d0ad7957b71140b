package se.kvarter.a11y;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Where the sweep's time goes, phase by phase, printed when it ends: the wall time and the CPU
 * time of the page's renderer process (Chromium's own {@code ProcessTime} metric). The wall time
 * lies on a shared machine; the renderer's CPU time does not, and it is where the sweep's work is
 * done. Nothing is asserted on either: they are there to be read, with {@code -Dsweep.timings=true}.
 */
final class SweepTimings {

    /** The phases of looking at one page. */
    enum Phase {
        LOAD, AXE_ALL_RULES, AXE_SOME_RULES, EMULATE, LOOK
    }

    private final Map<Phase, LongAdder> wallNanos = new EnumMap<>(Phase.class);
    private final Map<Phase, LongAdder> cpuMicros = new EnumMap<>(Phase.class);
    private final Map<Phase, LongAdder> counts = new EnumMap<>(Phase.class);

    private final boolean on;

    /** Timings that count when {@code on}, and otherwise only run the work (reading metrics costs time too). */
    SweepTimings(boolean on) {
        this.on = on;
        for (Phase phase : Phase.values()) {
            wallNanos.put(phase, new LongAdder());
            cpuMicros.put(phase, new LongAdder());
            counts.put(phase, new LongAdder());
        }
    }

    boolean on() {
        return on;
    }

    /** Lets the browser report its metrics; once per browser session. */
    void enable(ChromeDriver browser) {
        if (on) {
            browser.executeCdpCommand("Performance.enable", Map.of());
        }
    }

    /** Runs {@code work} in {@code browser} as part of {@code phase}, and counts its time. */
    <T> T time(ChromeDriver browser, Phase phase, Supplier<T> work) {
        if (!on) {
            return work.get();
        }
        double cpuBefore = processTime(browser);
        long start = System.nanoTime();
        T result = work.get();
        wallNanos.get(phase).add(System.nanoTime() - start);
        double cpuAfter = processTime(browser);
        // a navigation may start a new renderer process, whose clock starts again
        if (cpuAfter >= cpuBefore) {
            cpuMicros.get(phase).add(Math.round((cpuAfter - cpuBefore) * 1e6));
        } else {
            cpuMicros.get(phase).add(Math.round(cpuAfter * 1e6));
        }
        counts.get(phase).increment();
        return result;
    }

    void time(ChromeDriver browser, Phase phase, Runnable work) {
        time(browser, phase, () -> {
            work.run();
            return null;
        });
    }

    private static double processTime(ChromeDriver browser) {
        Object metrics = browser.executeCdpCommand("Performance.getMetrics", Map.of()).get("metrics");
        if (metrics instanceof Iterable<?> list) {
            for (Object metric : list) {
                if (metric instanceof Map<?, ?> m && "ProcessTime".equals(m.get("name"))) {
                    return ((Number) m.get("value")).doubleValue();
                }
            }
        }
        return 0;
    }

    /** One line a phase: how often, wall seconds, renderer CPU seconds. */
    String report() {
        StringBuilder out = new StringBuilder("Sweep phases (count, wall s, renderer CPU s):\n");
        double wall = 0;
        double cpu = 0;
        for (Phase phase : Phase.values()) {
            double w = wallNanos.get(phase).sum() / 1e9;
            double c = cpuMicros.get(phase).sum() / 1e6;
            wall += w;
            cpu += c;
            out.append(String.format("  %-15s %5d %8.1f %8.1f%n", phase, counts.get(phase).sum(), w, c));
        }
        return out.append(String.format("  %-15s %5s %8.1f %8.1f", "total", "", wall, cpu)).toString();
    }
}
