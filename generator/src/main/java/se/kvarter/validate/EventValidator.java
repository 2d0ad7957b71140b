package se.kvarter.validate;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.kvarter.content.SourceDocument;
import se.kvarter.content.YamlNode;
import se.kvarter.hours.Recurrence;
import se.kvarter.model.Address;
import se.kvarter.model.Event;
import se.kvarter.model.EventLocation;
import se.kvarter.model.Repeat;
import se.kvarter.model.RepeatUnit;
import se.kvarter.validate.ContentIndex.Target;

/** Reads {@code events/<id>.md} into an {@link Event}. */
final class EventValidator {

    static final Set<String> FIELDS = Set.of("title", "summary", "place", "location", "organization", "start", "end",
            "duration", "repeat", "skip", "registration", "audiences", "cancelled", "image", "draft");
    private static final Set<String> ADDRESS_PARTS = Set.of("street", "postalCode", "city", "area", "detail");
    private static final Set<String> LOCATION = Set.of("name", "address", "street", "postalCode", "city", "area", "detail", "geo");
    private static final Set<String> REPEAT = Set.of("every", "count", "until", "nth", "days");
    private static final Pattern DURATION = Pattern.compile("(?:(\\d+)\\s*h)?\\s*(?:(\\d+)\\s*m(?:in)?)?");
    private static final Pattern EVERY = Pattern.compile("(\\d+)\\s+(day|days|week|weeks|month|months)");

    private final Context context;
    private final Entries entries;

    EventValidator(Context context) {
        this.context = context;
        this.entries = new Entries(context);
    }

    /**
     * A location's address: {@code address:} as a place's address (a mapping of its parts) or as
     * one line of text, or its parts written right under {@code location:}; not both.
     */
    private Address locationAddress(Fields location) {
        Optional<YamlNode> address = location.node("address");
        if (address.isEmpty()) {
            return entries.addressParts(location);
        }
        ADDRESS_PARTS.stream().filter(location::written).sorted().findFirst().ifPresent(part ->
                context.problems().add(location.positionOf(part), "event.location-address-twice", location.label(part)));
        if (address.get() instanceof YamlNode.Scalar) {
            return new Address(location.text("address"), null, null, null, null);
        }
        return entries.address(location);
    }

    Event validate(SourceDocument document, String language) {
        Fields fields = new Fields(document.fields(), "", context.problems(), FIELDS);
        boolean published = entries.published(fields);
        References references = new References(context.index(), context.problems(), published);
        Values values = context.values();
        String place = fields.parsed("place", (s, l) -> references.check(Target.PLACE, s));
        EventLocation location = fields.group("location", LOCATION)
                .map(l -> new EventLocation(l.requiredName("name"), locationAddress(l), entries.geo(l)))
                .orElse(null);
        if (fields.has("place") == fields.has("location")) {
            context.problems().add(fields.has("place") ? fields.positionOf("location") : fields.at(),
                    fields.has("place") ? "event.place-and-location" : "event.no-place");
        }
        LocalDateTime start = fields.has("start") ? fields.parsed("start", values::timedDateTime) : missing(fields, "start");
        LocalDateTime end = end(fields, start);
        Repeat repeat = fields.group("repeat", REPEAT).map(r -> repeat(r, start)).orElse(null);
        List<LocalDate> skip = skip(fields, start, repeat);
        if (start != null && repeat != null) {
            // a later occurrence may fall in the hour the clocks skip (every Sunday at 02:30)
            LocalTimes local = new LocalTimes(context.problems(), values.zone());
            fields.scalar("start").ifPresent(value -> Recurrence.starts(start, repeat).stream()
                    .filter(occurrence -> !skip.contains(occurrence.toLocalDate()))
                    .filter(occurrence -> !local.exists(value, fields.label("start"), occurrence))
                    .findFirst());
        }
        return new Event(
                document.id(),
                Optional.ofNullable(fields.requiredName("title")).orElse(document.id()),
                fields.text("summary"),
                place, location,
                fields.parsed("organization", (s, l) -> references.check(Target.ORGANIZATION, s)),
                start == null ? LocalDateTime.MIN : start,
                end == null ? LocalDateTime.MIN : end,
                repeat, skip,
                fields.parsed("registration", values::url),
                entries.audiences(fields),
                fields.bool("cancelled", false),
                entries.image(fields),
                entries.body(document, references, language),
                fields.bool("draft", false),
                document.file().language() == null ? context.settings().language() : document.file().language(),
                Entries.untranslated(document, context.settings().language(), "title", "summary", "body", "location.name", "image.alt"),
                document.fields().at());
    }

    private static LocalDateTime missing(Fields fields, String name) {
        fields.requiredText(name);
        return null;
    }

    private LocalDateTime end(Fields fields, LocalDateTime start) {
        if (fields.has("end") && fields.has("duration")) {
            context.problems().add(fields.positionOf("duration"), "event.end-and-duration");
            return null;
        }
        if (fields.has("end")) {
            LocalDateTime end = fields.parsed("end", context.values()::timedDateTime);
            if (end != null && start != null && !end.isAfter(start)) {
                context.problems().add(fields.positionOf("end"), "event.end-before-start");
                return null;
            }
            return end;
        }
        if (fields.has("duration")) {
            Duration duration = fields.parsed("duration", this::duration);
            return duration == null || start == null ? null : start.plus(duration);
        }
        context.problems().add(fields.at(), "event.no-end");
        return null;
    }

    private Duration duration(YamlNode.Scalar value, String label) {
        String text = value.value().strip().toLowerCase(Locale.ROOT);
        Matcher m = DURATION.matcher(text);
        if (!text.isEmpty() && m.matches() && (m.group(1) != null || m.group(2) != null)) {
            long minutes = (m.group(1) == null ? 0 : Long.parseLong(m.group(1)) * 60)
                    + (m.group(2) == null ? 0 : Long.parseLong(m.group(2)));
            if (minutes > 0 && minutes <= 60L * 24 * 31) {
                return Duration.ofMinutes(minutes);
            }
        }
        context.problems().add(value.at(), "event.bad-duration", label, value.value().strip());
        return null;
    }

    private Repeat repeat(Fields repeat, LocalDateTime start) {
        Optional<YamlNode.Scalar> every = repeat.scalar("every");
        if (every.isEmpty()) {
            repeat.requiredText("every");
            return null;
        }
        Matcher m = EVERY.matcher(every.get().value().strip().toLowerCase(Locale.ROOT));
        int interval = m.matches() ? Integer.parseInt(m.group(1)) : 0;
        if (interval < 1 || interval > 365) {
            context.problems().add(every.get().at(), "event.bad-every", repeat.label("every"), every.get().value().strip());
            return null;
        }
        RepeatUnit unit = m.group(2).startsWith("day") ? RepeatUnit.DAYS
                : m.group(2).startsWith("week") ? RepeatUnit.WEEKS : RepeatUnit.MONTHS;
        Integer count = repeat.integer("count", 1, Recurrence.MAX_OCCURRENCES);
        LocalDate until = repeat.parsed("until", context.values()::date);
        if (repeat.has("count") && repeat.has("until")) {
            context.problems().add(repeat.positionOf("until"), "event.count-and-until");
            return null;
        }
        if (!repeat.has("count") && !repeat.has("until")) {
            context.problems().add(repeat.at(), "event.repeat-without-end");
            return null;
        }
        if (until != null && start != null && until.isBefore(start.toLocalDate())) {
            context.problems().add(repeat.positionOf("until"), "value.range-backwards", repeat.label("until"), until,
                    start.toLocalDate());
            return null;
        }
        List<DayOfWeek> days = new TimeParser(context.problems()).days(repeat.scalars("days"), repeat.label("days"));
        List<Integer> nth = repeat.nth("event.bad-nth");
        if (nth == null || repeat.has("days") && days.isEmpty()) {
            return null;
        }
        if (!days.isEmpty() && unit == RepeatUnit.DAYS) {
            context.problems().add(repeat.positionOf("days"), "event.days-not-weekly", repeat.label("days"),
                    every.get().value().strip());
            return null;
        }
        if (!nth.isEmpty() && unit != RepeatUnit.MONTHS) {
            context.problems().add(repeat.positionOf("nth"), "event.nth-not-monthly", repeat.label("nth"));
            return null;
        }
        if (!nth.isEmpty() && days.isEmpty()) {
            context.problems().add(repeat.positionOf("nth"), "event.nth-without-days", repeat.label("nth"),
                    repeat.label("days"));
            return null;
        }
        if (count == null && until == null) {
            return null;
        }
        Repeat read = new Repeat(interval, unit, count, until, nth, days);
        if (start != null && read.byWeekday()) {
            // RFC 5545 leaves a start outside its own rule undefined: calendars would disagree on it
            Repeat once = new Repeat(interval, unit, null, start.toLocalDate().plusYears(2), nth, days);
            List<LocalDateTime> first = Recurrence.starts(start, once);
            if (first.isEmpty() || !first.get(0).equals(start)) {
                // suggest the first date of the start's own month (or week), even when it is earlier
                LocalDate base = unit == RepeatUnit.MONTHS ? start.toLocalDate().withDayOfMonth(1)
                        : start.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                first = Recurrence.starts(base.atTime(start.toLocalTime()), once);
                context.problems().add(repeat.positionOf("days"), "event.start-not-in-repeat",
                        (nth.isEmpty() ? "" : "nth: " + nth + ", ") + "days: " + days.stream()
                                .map(d -> d.name().substring(0, 2).toLowerCase(Locale.ROOT)).toList(),
                        start.toLocalDate().toString(),
                        first.isEmpty() ? "" : first.get(0).toLocalDate().toString());
                return null;
            }
        }
        if (start != null && unit == RepeatUnit.MONTHS && !read.byWeekday()) {
            int day = start.getDayOfMonth();
            boolean early = day <= 7;
            if (early || day > start.toLocalDate().lengthOfMonth() - 7) {
                // "the first Saturday" written as every month lands on other weekdays: remind, it may be meant
                context.problems().add(every.get().at(), "notice.event-monthly-by-date", interval, day,
                        early ? 1 : -1, start.getDayOfWeek().name().substring(0, 2).toLowerCase(Locale.ROOT));
            }
        }
        return read;
    }

    private List<LocalDate> skip(Fields fields, LocalDateTime start, Repeat repeat) {
        List<YamlNode.Scalar> values = fields.scalars("skip");
        if (values.isEmpty()) {
            return List.of();
        }
        if (repeat == null) {
            if (fields.has("repeat") || start == null) {
                return List.of(); // the repeat's own error says what is wrong
            }
            context.problems().add(fields.positionOf("skip"), "event.skip-without-repeat");
            return List.of();
        }
        Set<LocalDate> dates = new HashSet<>();
        Recurrence.starts(start, repeat).forEach(s -> dates.add(s.toLocalDate()));
        List<LocalDate> skip = new ArrayList<>();
        for (YamlNode.Scalar value : values) {
            LocalDate date = context.values().date(value, fields.label("skip"));
            if (date != null && !dates.contains(date)) {
                context.problems().add(value.at(), "event.skip-not-occurrence", date.toString());
            } else if (date != null && !skip.contains(date)) {
                skip.add(date);
            }
        }
        return skip.stream().sorted().toList();
    }
}
