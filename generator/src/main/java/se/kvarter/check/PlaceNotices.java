package se.kvarter.check;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.kvarter.model.Contact;
import se.kvarter.model.Edition;
import se.kvarter.model.HoursException;
import se.kvarter.model.HoursRule;
import se.kvarter.model.Organization;
import se.kvarter.model.Place;
import se.kvarter.model.PlaceSource;
import se.kvarter.model.Site;
import se.kvarter.model.TimeRange;
import se.kvarter.source.ContentError;
import se.kvarter.source.Position;

/**
 * Notices about places: things a communicator should look at that do not stop a build. A place
 * a resident cannot ask (no contact of its own and none of its organisation), opening times in
 * its text that its {@code hours} do not have, and facts last checked longer ago than
 * {@code staleAfterDays}. Only the default language's places: a translation has the same facts.
 */
public final class PlaceNotices {

    private PlaceNotices() {
    }

    public static List<ContentError> of(Site site) {
        Edition edition = site.defaultEdition();
        Map<String, Organization> organizations = edition.organizations().stream()
                .collect(Collectors.toMap(Organization::id, Function.identity(), (a, b) -> a));
        LocalDate today = site.now().date();
        int staleAfter = site.settings().staleAfterDays();
        List<ContentError> notices = new ArrayList<>();
        for (Place place : edition.places()) {
            if (place.entry().draft()) {
                continue;
            }
            String organizationId = place.runBy().organization();
            Organization organization = organizationId == null ? null : organizations.get(organizationId);
            PlaceSource source = place.entry().source();
            String file = place.entry().at().file();
            if (!canBeAsked(place.contact(), organization)) {
                // at the contact the place writes, else at the organisation whose contact it would have
                notices.add(ContentError.of(first(source.contact(), source.organization(), place.entry().at()),
                        "notice.place-without-contact"));
            }
            Set<TimeRange> hours = times(place);
            Set<String> said = new HashSet<>();
            String key = place.availability().hours().rules().isEmpty()
                    ? "notice.hours-in-text-only" : "notice.hours-in-text-differ";
            String summary = place.about().summary();
            for (ProseHours.Found found : ProseHours.in(summary == null ? "" : summary)) {
                if (!hours.contains(new TimeRange(found.start(), found.end())) && said.add(found.text())) {
                    notices.add(ContentError.of(first(source.summary(), place.entry().at()), key, found.text()));
                }
            }
            for (ProseHours.Found found : ProseHours.in(bodyText(place))) {
                if (!hours.contains(new TimeRange(found.start(), found.end())) && said.add(found.text())) {
                    // the line of the Markdown where the time is written; the body's first line
                    // when markup splits it there ("kl. **9-17**")
                    notices.add(ContentError.of(first(source.inBody(file, found.text()), source.bodyStart(file)), key,
                            found.text()));
                }
            }
            LocalDate checked = place.facts().lastChecked();
            if (checked != null && staleAfter > 0 && ChronoUnit.DAYS.between(checked, today) > staleAfter) {
                notices.add(ContentError.of(first(source.lastChecked(), place.entry().at()), "notice.place-facts-stale",
                        checked.toString(), String.valueOf(ChronoUnit.DAYS.between(checked, today)),
                        String.valueOf(staleAfter)));
            }
        }
        return notices.stream().distinct().sorted().toList();
    }

    /** Whether a resident can ask someone: the place's own e-mail, phone or website, or its organisation's. */
    static boolean canBeAsked(Contact contact, Organization organization) {
        return contact.email() != null || contact.phone() != null || contact.website() != null
                || organization != null && (organization.email() != null || organization.url() != null);
    }

    /** Every time range the place's hours name: in its rules and in its changed days. */
    private static Set<TimeRange> times(Place place) {
        Set<TimeRange> times = new HashSet<>();
        for (HoursRule rule : place.availability().hours().rules()) {
            times.addAll(rule.times());
        }
        for (HoursException exception : place.availability().hours().exceptions()) {
            times.addAll(exception.times());
        }
        return times;
    }

    /** The place's description as plain text, as residents read it. */
    private static String bodyText(Place place) {
        return place.about().bodyHtml() == null ? "" : place.about().bodyHtml().replaceAll("<[^>]*>", " ")
                .replace("&nbsp;", " ").replace("&amp;", "&");
    }

    /** The first of {@code positions} that is known. */
    private static Position first(Position... positions) {
        for (Position position : positions) {
            if (position != null) {
                return position;
            }
        }
        throw new IllegalArgumentException("no position");
    }
}
