package se.kvarter.hours;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.kvarter.model.Audience;

/**
 * Compares, day by day in real time, what the reference evaluator reads in an {@code opening_hours}
 * value with what the availability says: open for everyone, open for some audiences only (which
 * the value says with a comment naming them, read as "maybe open"), unknown, or closed, from the
 * day's midnight to the next (an opening past midnight counts on both days).
 */
final class OsmAgreement {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    /** From {@code from} until before {@code to}, the place is what {@code says} says. */
    record Piece(Instant from, Instant to, String says) {
    }

    private OsmAgreement() {
    }

    /**
     * Every day from {@code first} for {@code count} days on which the reading and {@code days}
     * disagree, each naming the place, the date and both answers; empty when they agree. The
     * value itself is named only when the evaluator cannot read it.
     */
    static List<String> disagreements(String place, String value, OsmEvaluator.Reading reading,
                                      Function<LocalDate, DaySchedule> days, LocalDate first, int count, ZoneId zone) {
        List<String> problems = new ArrayList<>();
        if (reading.error() != null) {
            problems.add(place + ": the evaluator cannot read " + value + ": " + reading.error());
            return problems;
        }
        for (int i = 0; i < count; i++) {
            LocalDate date = first.plusDays(i);
            List<Piece> expected = expected(days.apply(date.minusDays(1)), days.apply(date), zone);
            List<Piece> read = read(reading.spans(), date, zone);
            if (!expected.equals(read)) {
                problems.add(place + " " + date + ": it says " + text(expected, zone)
                        + ", the evaluator reads " + text(read, zone));
            }
        }
        return problems;
    }

    /** What the availability says about {@code day}, the openings of the day before that run past midnight included. */
    static List<Piece> expected(DaySchedule before, DaySchedule day, ZoneId zone) {
        Instant start = day.date().atStartOfDay(zone).toInstant();
        Instant end = day.date().plusDays(1).atStartOfDay(zone).toInstant();
        List<Instant[]> spans = new ArrayList<>();
        List<Audience> who = new ArrayList<>();
        for (DaySchedule source : List.of(before, day)) {
            for (Opening opening : source.openings()) {
                Interval.of(source.date(), opening, zone).ifPresent(interval -> {
                    Instant from = max(interval.start().toInstant(), start);
                    Instant to = min(interval.end().toInstant(), end);
                    if (from.isBefore(to)) {
                        spans.add(new Instant[] {from, to});
                        who.add(Interval.forEveryone(opening.audience()) ? null : opening.audience());
                    }
                });
            }
        }
        TreeSet<Instant> edges = new TreeSet<>(List.of(start, end));
        spans.forEach(span -> edges.addAll(Arrays.asList(span)));
        List<Piece> pieces = new ArrayList<>();
        for (Instant from = edges.first(), to = edges.higher(from); to != null; from = to, to = edges.higher(to)) {
            boolean everyone = false;
            Set<Audience> audiences = EnumSet.noneOf(Audience.class);
            for (int i = 0; i < spans.size(); i++) {
                if (!spans.get(i)[0].isAfter(from) && !spans.get(i)[1].isBefore(to)) {
                    if (who.get(i) == null) {
                        everyone = true;
                    } else {
                        audiences.add(who.get(i));
                    }
                }
            }
            String says = everyone ? "open" : !audiences.isEmpty() ? audiences(audiences) : day.isUnknown() ? "unknown" : null;
            add(pieces, from, to, says);
        }
        return pieces;
    }

    /** What the evaluator reads in the value on {@code date}. */
    static List<Piece> read(List<OsmEvaluator.Span> spans, LocalDate date, ZoneId zone) {
        Instant start = date.atStartOfDay(zone).toInstant();
        Instant end = date.plusDays(1).atStartOfDay(zone).toInstant();
        List<Piece> pieces = new ArrayList<>();
        for (OsmEvaluator.Span span : spans) {
            Instant from = max(span.from(), start);
            Instant to = min(span.to(), end);
            if (from.isBefore(to)) {
                add(pieces, from, to, says(span));
            }
        }
        return pieces;
    }

    /** {@code open}, {@code for families, youth} when the comment names only audiences, else {@code unknown}. */
    private static String says(OsmEvaluator.Span span) {
        if (!span.unknown()) {
            return "open";
        }
        if (span.comment() != null) {
            Set<Audience> audiences = EnumSet.noneOf(Audience.class);
            for (String code : span.comment().split(",")) {
                Audience audience = Arrays.stream(Audience.values()).filter(a -> a.code().equals(code.strip()))
                        .findFirst().orElse(null);
                if (audience == null) {
                    return "unknown";
                }
                audiences.add(audience);
            }
            return audiences(audiences);
        }
        return "unknown";
    }

    private static String audiences(Set<Audience> audiences) {
        return "for " + audiences.stream().map(Audience::code).collect(Collectors.joining(", "));
    }

    /** Adds a piece (none for {@code null}, closed), joined with the last one when they touch and say the same. */
    private static void add(List<Piece> pieces, Instant from, Instant to, String says) {
        if (says == null) {
            return;
        }
        Piece last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
        if (last != null && last.to().equals(from) && Objects.equals(last.says(), says)) {
            pieces.set(pieces.size() - 1, new Piece(last.from(), to, says));
        } else {
            pieces.add(new Piece(from, to, says));
        }
    }

    private static String text(List<Piece> pieces, ZoneId zone) {
        if (pieces.isEmpty()) {
            return "closed";
        }
        return pieces.stream().map(piece -> clock(piece.from(), zone) + "-" + clock(piece.to(), zone) + " " + piece.says())
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static String clock(Instant instant, ZoneId zone) {
        return CLOCK.format(instant.atZone(zone));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
