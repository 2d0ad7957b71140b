package se.kvarter.output;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name of a folder a build makes beside its output folder, and what such a name tells the
 * clean-up after a killed build: {@code .kvarter-<out>-new-<pid>-s<start>-<random>} for the site
 * being written, {@code -old-} for the previous site during the swap. {@code <start>} is when
 * the build's process started (epoch seconds, 0 if the system does not say), which tells a
 * running build from a dead one whose process id has been given to another process.
 *
 * <p>The part after {@code <out>} has a fixed shape (a word, then groups of digits), so a name
 * parses as the leftover of exactly one output folder: {@code .kvarter-site-preview-new-...}
 * belongs to {@code site-preview}, never to {@code site}. Names of earlier versions
 * ({@code -new-<pid>-<random>}, {@code -old-<pid>}) are still recognised.
 *
 * @param old   whether the folder holds a previous site moved aside during the swap
 * @param pid   the process that made it
 * @param start when that process started, in epoch seconds; empty in names of earlier versions
 */
record Leftover(boolean old, long pid, Optional<Long> start) {

    private static final Pattern REST = Pattern.compile("(new|old)-(\\d{1,18})(?:-s(\\d{1,18}))?(?:-\\d{1,19})?");
    /** Start times are read from the system in jiffies or milliseconds; a second either way is the same start. */
    private static final long SAME_START_SECONDS = 1;

    /** A fresh name for this process's folder of {@code kind} ("new" or "old") beside {@code outName}. */
    static String name(String outName, String kind) {
        ProcessHandle self = ProcessHandle.current();
        return SiteWriter.WORK_PREFIX + outName + "-" + kind + "-" + self.pid() + "-s" + startOf(self).orElse(0L)
                + "-" + ThreadLocalRandom.current().nextLong(1L << 62);
    }

    /** What {@code fileName} says if it is a leftover of the output folder {@code outName}. */
    static Optional<Leftover> parse(String outName, String fileName) {
        String prefix = SiteWriter.WORK_PREFIX + outName + "-";
        if (!fileName.startsWith(prefix)) {
            return Optional.empty();
        }
        Matcher matcher = REST.matcher(fileName.substring(prefix.length()));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Leftover(matcher.group(1).equals("old"), Long.parseLong(matcher.group(2)),
                Optional.ofNullable(matcher.group(3)).map(Long::parseLong)));
    }

    /**
     * Whether the process that made this folder has ended, so that nothing writes it any more.
     * A process of that id that is running counts as its maker unless its start time shows it
     * is another; this process is its maker only if the start time says so (a build in a
     * container often has the process id of the one killed before it).
     */
    boolean ofDeadProcess() {
        ProcessHandle self = ProcessHandle.current();
        if (pid == self.pid()) {
            return start.isEmpty() || !sameStart(startOf(self));
        }
        Optional<ProcessHandle> maker = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        if (maker.isEmpty()) {
            return true;
        }
        return start.isPresent() && startOf(maker.get()).isPresent() && !sameStart(startOf(maker.get()));
    }

    private boolean sameStart(Optional<Long> running) {
        return running.isPresent() && Math.abs(running.get() - start.orElse(0L)) <= SAME_START_SECONDS;
    }

    private static Optional<Long> startOf(ProcessHandle process) {
        return process.info().startInstant().map(Instant::getEpochSecond);
    }
}
