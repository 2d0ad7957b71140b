package se.kvarter.feeds.news;

import se.kvarter.feeds.calendar.CalendarWriter;

/**
 * Not used by kvarter: a deliberate use of one open-data format by another (news -> calendar)
 * that ArchitectureTest shows its rule catches. It is a test class, which the rules' run over the
 * generator leaves out.
 */
public final class CrossFormatImport {

    private CrossFormatImport() {
    }

    static int calendars(CalendarWriter calendars) {
        return calendars.jobs().size();
    }
}
