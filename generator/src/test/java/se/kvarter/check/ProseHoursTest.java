package se.kvarter.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Opening times as Swedish communicators write them in running text, and what only looks like them. */
class ProseHoursTest {

    private static List<String> ranges(String text) {
        return ProseHours.in(text).stream()
                .map(f -> f.start() / 60 + ":" + f.start() % 60 + "-" + f.end() / 60 + ":" + f.end() % 60).toList();
    }

    @Test
    void readsTheWaysTimesAreWritten() {
        assertEquals(List.of("9:0-19:0"), ranges("Vi har öppet varje vardag 9–19."));
        assertEquals(List.of("9:0-19:0"), ranges("Öppet kl. 9-19 hela året."));
        assertEquals(List.of("9:0-19:0"), ranges("Öppet klockan 09.00–19.00."));
        assertEquals(List.of("13:0-17:0"), ranges("Måndagar kl: 13.00 – 17.00"));
        assertEquals(List.of("13:0-17:0"), ranges("måndagar 13:00-17:00"));
        assertEquals(List.of("9:30-12:0"), ranges("tisdagar 9.30—12"));
        assertEquals(List.of("9:0-19:0"), ranges("öppna varje vardag mellan kl. 9 och 19"));
        assertEquals(List.of("13:0-16:0"), ranges("Kom mellan klockan 13 och 16."));
        assertEquals(List.of("10:0-12:0", "13:0-15:0"), ranges("Öppet 10–12 och 13–15."));
    }

    @Test
    void leavesOutWhatOnlyLooksLikeTimes() {
        assertEquals(List.of(), ranges("för ungefär 5–10 deltagare"));
        assertEquals(List.of(), ranges("Stängt 2026-12-24 och 2026-12-31."));
        assertEquals(List.of(), ranges("under åren 2023–2026"));
        assertEquals(List.of(), ranges("ungdomar 17-19 år"));
        assertEquals(List.of(), ranges("Stängt 21–28 december."));
        assertEquals(List.of(), ranges("mellan 5 och 10 personer"));
        assertEquals(List.of(), ranges("ring 031-00 00 00"));
        assertEquals(List.of(), ranges("Öppet varje vardag, hela året."));
    }
}
