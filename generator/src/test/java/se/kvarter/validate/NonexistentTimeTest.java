package se.kvarter.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;

/**
 * Local times that do not exist in the site's zone (the hour the clocks skip in spring) are errors
 * at their line, for an event's start and for a later occurrence of a repeating event; a time
 * that exists twice (the hour repeated in autumn) is fine and means the first.
 */
class NonexistentTimeTest {

    @TempDir
    Path work;

    private TestSites.Run build(String start, String repeat) throws IOException {
        Path content = TestSites.copy(TestSites.fixture("sites/basic/content"), work.resolve("content-" + start.replace(':', '-')));
        Files.writeString(content.resolve("events/natt.md"), String.join("\n", "---", "title: Natt", "place: testplats",
                "start: " + start, "duration: 1h", repeat == null ? "" : "repeat: " + repeat, "---", "Natt.", ""));
        return TestSites.kvarter("build", "--content", content.toString(), "--templates", TestSites.templates().toString(),
                "--out", work.resolve("out").toString(), "--date", "2026-11-24", "--lang", "en");
    }

    @Test
    void aStartInTheSkippedHourIsAnErrorAtItsLine() throws IOException {
        TestSites.Run run = build("2027-03-28T02:30", null);
        assertEquals(1, run.exit(), run.err());
        assertEquals(List.of("events/natt.md:4:8: start: 02:30 on 2027-03-28 does not exist, because the clocks go "
                + "forward from 02:00 to 03:00 that night. Write a time before 02:00 or from 03:00."),
                run.errLines().subList(0, 1).stream().map(line -> line.substring(line.indexOf("events/"))).toList());
    }

    @Test
    void aWeeklyOccurrenceInTheSkippedHourIsAnErrorAtTheStart() throws IOException {
        TestSites.Run run = build("2027-03-14T02:30", "{ every: 1 weeks, count: 4 }");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("02:30 on 2027-03-28 does not exist"), run.err());
        // skipping that date is a fix too
        TestSites.Run skipped = build("2027-03-14T02:30", "{ every: 1 weeks, count: 4 }\nskip: [2027-03-28]");
        assertEquals(0, skipped.exit(), skipped.err());
    }

    @Test
    void aTimeThatExistsTwiceIsFine() throws IOException {
        assertEquals(0, build("2026-10-25T02:30", null).exit());
    }
}
