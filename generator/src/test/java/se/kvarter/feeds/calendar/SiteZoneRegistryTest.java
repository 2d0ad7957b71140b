package se.kvarter.feeds.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ExDate;
import org.junit.jupiter.api.Test;

/** The calendars' own zone registry writes the same local times as ical4j's global lookup. */
class SiteZoneRegistryTest {

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Test
    void everyHalfHourOfAYearWithTwoClockChangesIsWrittenAsBefore() {
        SiteZoneRegistry registry = new SiteZoneRegistry(STOCKHOLM);
        for (LocalDateTime time = LocalDateTime.of(2026, 1, 1, 0, 0); time.getYear() == 2026; time = time.plusMinutes(30)) {
            ZonedDateTime start = time.atZone(STOCKHOLM);
            DtStart<ZonedDateTime> global = new DtStart<>(start);
            DtStart<ZonedDateTime> own = new DtStart<>(start);
            own.setTimeZoneRegistry(registry);
            assertEquals(global.toString(), own.toString(), time.toString());

            ExDate<ZonedDateTime> globalExDate = new ExDate<>(new ParameterList(List.of(new TzId(STOCKHOLM.getId()))),
                    new DateList<>(start));
            ExDate<ZonedDateTime> ownExDate = new ExDate<>(new ParameterList(List.of(new TzId(STOCKHOLM.getId()))),
                    new DateList<>(start));
            ownExDate.setTimeZoneRegistry(registry);
            assertEquals(globalExDate.toString(), ownExDate.toString(), time.toString());
        }
    }

    @Test
    void anotherZoneIsLookedUpAsIcal4jWould() {
        SiteZoneRegistry registry = new SiteZoneRegistry(STOCKHOLM);
        assertEquals(STOCKHOLM, registry.getZoneId("Europe/Stockholm"));
        assertEquals(TimeZoneRegistry.getGlobalZoneId("Europe/Helsinki").getRules(),
                registry.getZoneId("Europe/Helsinki").getRules());
    }
}
