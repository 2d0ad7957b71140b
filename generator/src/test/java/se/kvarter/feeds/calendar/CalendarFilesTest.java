package se.kvarter.feeds.calendar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeSet;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;

/**
 * The iCalendar files of the example site and of the fixture site {@code complete}: each one
 * parses strictly and passes ical4j's validation, carries the calendar properties outputs.md
 * promises, and comes out the same, byte for byte, from every build with the same date.
 */
class CalendarFilesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    static Path work;
    static Path example;
    static Path complete;

    @BeforeAll
    static void build() {
        example = build(TestSites.exampleContent(), "example", "2026-06-01");
        complete = build(TestSites.fixture("sites/complete/content"), "complete", "2026-11-24");
    }

    private static Path build(Path content, String name, String date) {
        return CalendarFiles.build(work, content, name, date);
    }

    @Test
    void everyCalendarFileParsesStrictlyAndPassesValidation() {
        for (Path site : List.of(example, complete)) {
            SortedMap<String, Path> files = CalendarFiles.all(site);
            assertTrue(files.size() > 3, files.toString());
            for (Map.Entry<String, Path> file : files.entrySet()) {
                Calendar calendar = CalendarFiles.parse(file.getValue());
                assertEquals(List.of(), CalendarFiles.problems(calendar), file.getKey());
            }
        }
    }

    /**
     * RFC 5545 3.1: no line longer than 75 octets, folded between characters. Each line on its
     * own is well-formed UTF-8 (a fold inside a sequence would leave a broken one at each end),
     * and ical4j, strict, reads back what was written: its own text of the parsed calendar is the
     * file unfolded.
     */
    @Test
    void everyLineIsAtMostSeventyFiveOctetsAndReadsBackAsWritten() throws IOException {
        int foldedNonAscii = 0;
        for (Path site : List.of(example, complete)) {
            for (Map.Entry<String, Path> file : CalendarFiles.all(site).entrySet()) {
                byte[] bytes = Files.readAllBytes(file.getValue());
                String text = new String(bytes, StandardCharsets.UTF_8);
                int start = 0;
                for (int end = indexOfCrlf(bytes, 0); end >= 0; end = indexOfCrlf(bytes, start)) {
                    assertTrue(end - start <= 75, file.getKey() + ": " + (end - start) + " octets at "
                            + new String(bytes, start, end - start, StandardCharsets.UTF_8));
                    CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
                    try {
                        strict.decode(ByteBuffer.wrap(bytes, start, end - start));
                    } catch (CharacterCodingException e) {
                        throw new AssertionError(file.getKey() + ": a fold splits a character at octet " + start, e);
                    }
                    boolean continued = end + 2 < bytes.length && bytes[end + 2] == ' ';
                    if (continued && !new String(bytes, start, end - start, StandardCharsets.UTF_8)
                            .chars().allMatch(c -> c < 0x80)) {
                        foldedNonAscii++;
                    }
                    start = end + 2;
                }
                assertEquals(bytes.length, start, file.getKey() + " ends with CRLF");
                assertEquals(text.replace("\r\n ", ""), CalendarFiles.parse(file.getValue()).toString(), file.getKey());
            }
        }
        assertTrue(foldedNonAscii > 0, "no folded line with å, ä or ö to check");
    }

    private static int indexOfCrlf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }

    @Test
    void everyFileCarriesTheCalendarPropertiesAndOneTimeZoneWithoutVolatileParts() throws IOException {
        for (Map.Entry<String, Path> file : CalendarFiles.all(complete).entrySet()) {
            Calendar calendar = CalendarFiles.parse(file.getValue());
            assertEquals("-//kvarter//kvarter//SV", CalendarFiles.value(calendar, Property.PRODID));
            assertEquals("2.0", CalendarFiles.value(calendar, Property.VERSION));
            assertEquals("GREGORIAN", CalendarFiles.value(calendar, Property.CALSCALE));
            assertEquals("PUBLISH", CalendarFiles.value(calendar, Property.METHOD), file.getKey());
            assertEquals(CalendarFiles.value(calendar, Property.NAME), CalendarFiles.value(calendar, "X-WR-CALNAME"));
            assertTrue(CalendarFiles.value(calendar, Property.URL).startsWith("https://complete.example.se/kvarter/"));
            String text = Files.readString(file.getValue());
            assertTrue(text.contains("\r\nREFRESH-INTERVAL;VALUE=DURATION:P1D\r\n"), file.getKey());
            assertTrue(text.endsWith("END:VCALENDAR\r\n"));
            assertEquals(1, calendar.getComponents(Component.VTIMEZONE).size());
            assertTrue(text.contains("BEGIN:VTIMEZONE\r\nTZID:Europe/Stockholm\r\n"), file.getKey());
            for (String volatilePart : List.of("TZURL", "LAST-MODIFIED", "X-LIC-LOCATION", "Europe/Berlin")) {
                assertFalse(text.contains(volatilePart), file.getKey() + " has " + volatilePart);
            }
            for (VEvent event : CalendarFiles.events(calendar)) {
                assertEquals(15, CalendarFiles.value(event, Property.DTSTART).length(), "a local time");
                Property start = event.getProperty(Property.DTSTART).orElseThrow();
                assertEquals("Europe/Stockholm", start.getParameter("TZID").map(Parameter::getValue).orElse(null));
            }
        }
    }

    @Test
    void twoBuildsWithTheSameDateGiveByteIdenticalFeeds() {
        Path again = build(TestSites.exampleContent(), "example-again", "2026-06-01");
        SortedMap<String, byte[]> first = TestSites.snapshot(example);
        SortedMap<String, byte[]> second = TestSites.snapshot(again);
        assertEquals(first.keySet(), second.keySet());
        for (String path : first.keySet()) {
            assertArrayEquals(first.get(path), second.get(path), path);
        }
    }

    @Test
    void uidsStayTheSameWhenTheReferenceDateMovesOn() {
        Path later = build(TestSites.exampleContent(), "example-later", "2026-06-09");
        for (String path : CalendarFiles.all(example).keySet()) {
            assertEquals(uids(example.resolve(path)), uids(later.resolve(path)), path);
        }
    }

    private static TreeSet<String> uids(Path file) {
        TreeSet<String> uids = new TreeSet<>();
        for (VEvent event : CalendarFiles.events(CalendarFiles.parse(file))) {
            uids.add(CalendarFiles.value(event, Property.UID));
        }
        return uids;
    }

    @Test
    void eventUidsAreTheEventIdAtTheSiteHost() throws IOException {
        for (JsonNode event : MAPPER.readTree(complete.resolve("api/v1/events.json").toFile())) {
            String id = event.get("id").asText();
            Calendar calendar = CalendarFiles.parse(complete.resolve("calendar/events/" + id + ".ics"));
            assertEquals(List.of(id + "@complete.example.se"),
                    CalendarFiles.events(calendar).stream().map(e -> CalendarFiles.value(e, Property.UID)).toList());
        }
    }

    @Test
    void everyDtstampIsTheStartOfTheReferenceDateInUtc() {
        for (Map.Entry<String, Path> file : CalendarFiles.all(example).entrySet()) {
            for (VEvent event : CalendarFiles.events(CalendarFiles.parse(file.getValue()))) {
                // 2026-06-01 00:00 in Stockholm, summer time
                assertEquals("20260531T220000Z", CalendarFiles.value(event, Property.DTSTAMP), file.getKey());
            }
        }
    }

    @Test
    void theEventsCalendarHoldsEveryEventAndEachEventHasAFileOfItsOwn() throws IOException {
        JsonNode events = MAPPER.readTree(example.resolve("api/v1/events.json").toFile());
        Calendar all = CalendarFiles.parse(example.resolve("calendar/events.ics"));
        List<String> ids = new ArrayList<>();
        for (JsonNode event : events) {
            ids.add(event.get("id").asText() + "@motesplatser.example.se");
            String calendar = event.get("calendar").asText();
            assertTrue(calendar.startsWith("https://motesplatser.example.se/calendar/events/"), calendar);
            assertTrue(Files.exists(example.resolve(calendar.substring("https://motesplatser.example.se/".length()))));
        }
        assertEquals(ids, CalendarFiles.events(all).stream().map(e -> CalendarFiles.value(e, Property.UID)).toList());
        assertEquals(2, ids.size(), "the example's two events (G7's Wednesday meetings have no time in the seed, so no event): " + ids);
    }

    @Test
    void thePlacesOfTheJsonLinkToTheirOpeningHoursCalendar() throws IOException {
        for (Path site : List.of(example, complete)) {
            JsonNode index = MAPPER.readTree(site.resolve("api/v1/index.json").toFile());
            String base = index.get("url").asText();
            for (JsonNode place : MAPPER.readTree(site.resolve("api/v1/places.json").toFile())) {
                String calendar = place.get("calendar").asText();
                assertEquals(base + "calendar/places/" + place.get("id").asText() + ".ics", calendar);
                assertTrue(Files.exists(site.resolve(calendar.substring(base.length()))), calendar);
            }
        }
    }

    @Test
    void theIndexListsTheEventsCalendarAsADataset() throws IOException {
        JsonNode index = MAPPER.readTree(example.resolve("api/v1/index.json").toFile());
        JsonNode found = null;
        for (JsonNode dataset : index.get("datasets")) {
            if (dataset.get("id").asText().equals("events-ics")) {
                found = dataset;
            }
        }
        assertTrue(found != null, index.toString());
        assertEquals("Evenemang i kalenderformat", found.get("title").asText());
        assertEquals("text/calendar", found.get("format").asText());
        assertEquals("https://motesplatser.example.se/calendar/events.ics", found.get("url").asText());
        assertFalse(found.has("schema") && !found.get("schema").isNull());
    }
}
