package se.kvarter.render;

import java.text.CollationKey;
import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import se.kvarter.content.Slugs;
import se.kvarter.hours.Availability;
import se.kvarter.hours.OpenPeriod;
import se.kvarter.model.Audience;
import se.kvarter.model.Address;
import se.kvarter.model.Contact;
import se.kvarter.model.Entrance;
import se.kvarter.model.Geo;
import se.kvarter.model.Organization;
import se.kvarter.model.Place;
import se.kvarter.model.PlaceAccessibility;
import se.kvarter.model.PlaceFacts;

/** Builds the views of places: cards for lists, the whole page for one place. */
final class PlaceViews {

    /** How many days of hours a page carries for the browser: enough until the next nightly build, and some. */
    private static final int OPEN_NOW_DAYS = 8;

    private final EditionContext edition;
    private final HoursText hours;
    private final Collator collator;
    /**
     * Each place's card, by place id, made once: a place is on the start page and a dozen lists
     * (all places, open today, its area, services, languages), and its card, today's hours and
     * open periods among them, is the same on each.
     */
    private final Map<String, PlaceCard> cards = new ConcurrentHashMap<>();
    /**
     * Each place's name's collation key, by place id, made once. Apart from the cards: the lists are
     * sorted while the site is planned, on one thread, and the cards (each with its year of days)
     * are then made by the pages that show them, on all of them.
     */
    private final Map<String, CollationKey> sortKeys = new ConcurrentHashMap<>();

    PlaceViews(EditionContext edition) {
        this.edition = edition;
        this.hours = new HoursText(edition);
        this.collator = Collator.getInstance(edition.dates().locale());
        collator.setStrength(Collator.SECONDARY);
    }

    PlaceCard card(Place place) {
        PlaceCard card = cards.get(place.id());
        if (card == null) {
            // made outside the map's lock: a page waiting for a card another page is making would
            // leave its core idle (two threads may make the same card once; they make equal ones)
            card = makeCard(place);
            PlaceCard first = cards.putIfAbsent(place.id(), card);
            card = first == null ? card : first;
        }
        return card;
    }

    private CollationKey sortKey(Place place) {
        return sortKeys.computeIfAbsent(place.id(), id -> collationKey(place.name()));
    }

    // A RuleBasedCollator keeps state while it works; pages are made on several threads.
    private synchronized CollationKey collationKey(String name) {
        return collator.getCollationKey(name);
    }

    private PlaceCard makeCard(Place place) {
        UiText t = edition.text();
        // A place that is not open shows its status instead of today's hours.
        boolean open = place.availability().isOpen();
        Availability availability = edition.availability().of(place);
        Entrance entrance = place.accessibility().entrance();
        String area = place.location().address().area();
        Geo geo = place.location().geo();
        return new PlaceCard(place.id(), edition.paths().place(place.id()), place.name(), otherLanguage(place, "name"),
                t.get("placeType." + place.about().type().code()), place.about().summary(), otherLanguage(place, "summary"),
                new PlaceCard.Location(area, oneLine(place.location().address()),
                        coordinate(geo == null ? null : geo.lat()), coordinate(geo == null ? null : geo.lon())),
                new PlaceCard.Availability(open ? null : t.get("status." + place.availability().status().code()),
                        open ? hours.today(availability, reasonLang(place)) : null, availability.todays().isOpen(),
                        openPeriods(place)),
                new PlaceCard.Access(t.get("entrance." + entrance.code()),
                        entrance == Entrance.STEP_FREE || entrance == Entrance.RAMP || entrance == Entrance.LIFT),
                new PlaceCard.Filters(area == null ? "" : areaSlug(area),
                        place.about().services(), filterAudiences(place), place.about().languages()));
    }

    /** A place's links to OpenStreetMap: on the map, and directions to it. */
    private record MapLinks(String map, String directions) {

        static final MapLinks NONE = new MapLinks(null, null);

        static MapLinks of(Geo geo) {
            if (geo == null) {
                return NONE;
            }
            // each number formatted once for the three places it takes (String.format converts
            // every number of its pattern anew, a place page at a time)
            String lat = String.format(Locale.ROOT, "%.5f", geo.lat());
            String lon = String.format(Locale.ROOT, "%.5f", geo.lon());
            return new MapLinks("https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=17/" + lat + "/" + lon,
                    "https://www.openstreetmap.org/directions?to=" + lat + "%2C" + lon);
        }
    }

    /** A coordinate as the "near me" script reads it: a dot, four decimals, whatever the page's language. */
    private static String coordinate(Double degrees) {
        return degrees == null ? null : String.format(Locale.ROOT, "%.4f", degrees);
    }

    /**
     * The audiences the in-page filter finds the place under: a place for everyone is under every
     * audience but staff, whose places are for colleagues (the static audience pages agree).
     */
    private static List<String> filterAudiences(Place place) {
        if (!place.about().audiences().contains(Audience.EVERYONE)) {
            return place.about().audiences().stream().map(Audience::code).toList();
        }
        return Arrays.stream(Audience.values()).filter(a -> a != Audience.STAFF).map(Audience::code).toList();
    }

    /** The language of the place's {@code field} when it is not the page's (a translation left it untranslated). */
    private String otherLanguage(Place place, String field) {
        return edition.otherLanguage(place.entry().language(), place.entry().untranslated(), field);
    }

    /** The language of the place's exception reasons when it is not the page's. */
    private String reasonLang(Place place) {
        return otherLanguage(place, "exceptions");
    }

    /**
     * The place's availability in the coming days for the "open now" script, as space-separated
     * tokens of minutes since the start of the span the script is told (the layout's clock: the
     * day before the reference date; relative, to keep list pages light): {@code start-end} open for everyone,
     * {@code start-end:families} open for an audience only, {@code ?start-end} hours nobody knows.
     * What the tokens leave out of the span the script is told (the layout's clock) is closed.
     * Null when the place is not open or publishes no hours: its card's text says so for good.
     */
    private String openPeriods(Place place) {
        if (place.availability().hours().isEmpty() || !place.availability().isOpen()) {
            return null;
        }
        ZoneId zone = edition.site().settings().timezone();
        Availability availability = edition.availability().of(place);
        long origin = minutes(availability.today().minusDays(1).atStartOfDay(zone).toInstant());
        List<String> tokens = new ArrayList<>();
        for (OpenPeriod period : availability.openPeriods(OPEN_NOW_DAYS, zone)) {
            tokens.add((minutes(period.start()) - origin) + "-" + (minutes(period.end()) - origin)
                    + (period.audience() == null ? "" : ":" + period.audience().code()));
        }
        LocalDate unknownFrom = null;
        LocalDate today = availability.today();
        for (int i = -1; i <= OPEN_NOW_DAYS; i++) {
            LocalDate date = today.plusDays(i);
            boolean unknown = i < OPEN_NOW_DAYS && availability.day(date).isUnknown();
            if (unknown && unknownFrom == null) {
                unknownFrom = date;
            } else if (!unknown && unknownFrom != null) {
                tokens.add("?" + (minutes(unknownFrom.atStartOfDay(zone).toInstant()) - origin) + "-"
                        + (minutes(date.atStartOfDay(zone).toInstant()) - origin));
                unknownFrom = null;
            }
        }
        return String.join(" ", tokens);
    }

    private static long minutes(Instant instant) {
        return instant.getEpochSecond() / 60;
    }

    /**
     * The span of real time the script's data covers, the same for every place of the edition:
     * from the start of the day before the reference date (whose hours the data holds, for a
     * browser whose clock is behind) to the end of the last day {@link #openPeriods} looks at.
     */
    static Layout.Clock clock(EditionContext edition) {
        ZoneId zone = edition.site().settings().timezone();
        LocalDate today = edition.now().date();
        return new Layout.Clock(minutes(today.minusDays(1).atStartOfDay(zone).toInstant()),
                minutes(today.plusDays(OPEN_NOW_DAYS).atStartOfDay(zone).toInstant()),
                edition.dates().date(today), zone.getId());
    }

    /**
     * The days of the span the cards' hours data covers (see {@link #clock}), for the "choose a
     * time" filter: the ISO weekday of the first, then the minute each day starts on the data's
     * scale, and the end of the last ({@code 7 0 1380 2820 ...}). Made with the zone's rules, so
     * that the script needs no time-zone arithmetic and a day of 23 or 25 hours is right too.
     */
    static String dayStarts(EditionContext edition) {
        ZoneId zone = edition.site().settings().timezone();
        LocalDate first = edition.now().date().minusDays(1);
        long origin = minutes(first.atStartOfDay(zone).toInstant());
        List<String> starts = new ArrayList<>();
        starts.add(String.valueOf(first.getDayOfWeek().getValue()));
        for (int day = 0; day <= OPEN_NOW_DAYS + 1; day++) {
            starts.add(String.valueOf(minutes(first.plusDays(day).atStartOfDay(zone).toInstant()) - origin));
        }
        return String.join(" ", starts);
    }

    /**
     * Cards sorted by name as people read them: in the alphabet of the edition's language (in
     * Swedish Å, Ä and Ö come after Z, not among the A and O), letter case aside. Each name's
     * collation key is made once, not at every comparison of the sort.
     */
    List<PlaceCard> cards(List<Place> places) {
        return sorted(places).stream().map(this::card).toList();
    }

    /** {@code places} in the order of {@link #cards}, so that a list can be cut into pages before it is shown. */
    List<Place> sorted(List<Place> places) {
        Comparator<Place> byName = Comparator.comparing(this::sortKey);
        return places.stream().sorted(byName.thenComparing(Place::id)).toList();
    }

    PlaceView view(Place place, List<EventCard> events, List<ArticleCard> news) {
        UiText t = edition.text();
        MapLinks links = MapLinks.of(place.location().geo());
        String organizationId = place.runBy().organization();
        Organization organization = organizationId == null ? null : edition.organizations().get(organizationId);
        String replacedBy = place.availability().replacedBy();
        Place replacement = replacedBy == null ? null : edition.places().get(replacedBy);
        String report = reportLink(place, organization);
        return new PlaceView(
                card(place),
                new PlaceView.Status(
                        place.availability().isOpen() ? null
                                : t.get("status." + place.availability().status().code() + "Notice"),
                        replacement == null ? null : new Link(edition.paths().place(replacement.id()), replacement.name()),
                        place.facts().lastChecked() == null ? null
                                : t.format("place.lastChecked", Map.of("date", edition.dates().dayMonth(place.facts().lastChecked())
                                + " " + place.facts().lastChecked().getYear()))),
                new PlaceView.Address(addressLines(place.location().address()), links.map(), links.directions(),
                        JourneyPlanner.link(edition.site().settings().journeyPlanner(), place)),
                new PlaceView.Accessibility(facts(place.accessibility()), place.accessibility().notes(),
                        otherLanguage(place, "accessibility.notes")),
                new PlaceView.Availability(
                        place.availability().isOpen() ? hours.view(edition.availability().of(place), reasonLang(place))
                                : hours.closedView(edition.availability().of(place)),
                        otherLanguage(place, "hours"),
                        new PlaceView.Calendar(edition.webcal(edition.paths().placeCalendar(place.id())),
                                edition.paths().placeCalendar(place.id()))),
                new PlaceView.About(Headings.demote(place.about().bodyHtml()),
                        otherLanguage(place, "body"),
                        ImageView.of(place.about().image(), edition.paths(),
                                otherLanguage(place, "image.alt"))),
                new PlaceView.Offer(
                        place.about().services().stream()
                                .map(id -> new Link(edition.paths().service(id), edition.serviceLabel(id))).toList(),
                        place.about().audiences().stream().map(a -> t.get("audience." + a.code())).toList(),
                        place.about().languages().stream().map(this::languageName).toList(),
                        requirements(place.facts().requirements()),
                        otherLanguage(place, "requirements")),
                contact(place, organization, report),
                new PlaceView.RunBy(
                        organization == null ? null : new Link(edition.paths().organization(organization.id()), organization.name()),
                        place.runBy().partners().stream().filter(edition.organizations()::containsKey)
                                .map(id -> new Link(edition.paths().organization(id), edition.organizations().get(id).name())).toList()),
                new PlaceView.Related(events, news),
                edition.paths().poster(place.id()));
    }

    /** What a visit requires, as label/value pairs; the parts the place does not state are left out. */
    private List<PlaceView.Fact> requirements(PlaceFacts.Requirements requirements) {
        UiText t = edition.text();
        List<PlaceView.Fact> facts = new ArrayList<>();
        if (requirements.appointment() != null) {
            String code = requirements.appointment().code();
            facts.add(new PlaceView.Fact(t.get("place.appointment"),
                    t.get("place.appointment" + Character.toUpperCase(code.charAt(0)) + code.substring(1))));
        }
        if (requirements.cost() != null) {
            facts.add(new PlaceView.Fact(t.get("place.cost"), requirements.isFree() ? t.get("place.free") : requirements.cost()));
        }
        if (requirements.bring() != null) {
            facts.add(new PlaceView.Fact(t.get("place.bring"), requirements.bring()));
        }
        return facts;
    }

    /**
     * A {@code mailto:} link to report a mistake on the place's page: to the place, else its
     * organisation, else the publisher of the site, with the page's address in the subject's
     * message so that whoever reads it knows which page is meant. Null when nobody has an address.
     */
    private String reportLink(Place place, Organization organization) {
        String to = place.contact().email() != null ? place.contact().email()
                : organization != null && organization.email() != null ? organization.email()
                : edition.site().settings().publisher() == null ? null : edition.site().settings().publisher().email();
        if (to == null) {
            return null;
        }
        UiText t = edition.text();
        String url = edition.absolute(edition.paths().place(place.id()));
        return MailtoLink.of(to, t.format("place.reportSubject", Map.of("name", place.name())),
                t.format("place.reportBody", Map.of("url", url)));
    }

    /** The accessibility facts in words; unknown facts are said to be unknown, never left out. */
    List<PlaceView.Fact> facts(PlaceAccessibility a) {
        UiText t = edition.text();
        List<PlaceView.Fact> facts = new ArrayList<>();
        facts.add(new PlaceView.Fact(t.get("access.entrance"), t.get("entrance." + a.entrance().code())));
        if (a.steps() != null) {
            facts.add(new PlaceView.Fact(t.get("access.steps"), a.steps() == 0 ? t.get("access.noSteps")
                    : t.format("access.stepCount", Map.of("count", String.valueOf(a.steps())))));
        }
        facts.add(new PlaceView.Fact(t.get("access.toilet"), t.get("toilet." + a.toilet().code())));
        a.features().forEach((feature, answer) ->
                facts.add(new PlaceView.Fact(t.get("access." + feature.key()), t.get("answer." + answer.code()))));
        return facts;
    }

    /**
     * The place's ways to get in touch; a place with no e-mail, phone or website of its own shows
     * its organisation's, said to be the organisation's, so that no page leaves a resident
     * without a way to ask.
     */
    private PlaceView.Contact contact(Place place, Organization organization, String report) {
        Contact contact = place.contact();
        if (!hasOwnContact(contact) && organization != null && (organization.email() != null || organization.url() != null)) {
            return new PlaceView.Contact(organization.email(), null, null, organization.url(), contact.form(),
                    edition.text().format("place.contactOrganization", Map.of("organization", organization.name())), report);
        }
        String phone = contact.phone();
        return new PlaceView.Contact(contact.email(), phone,
                phone == null ? null : "tel:" + phone.replaceAll("[^+0-9]", ""), contact.website(), contact.form(), null, report);
    }

    /** Whether a resident can ask the place itself: an e-mail address, a phone number or a website (a survey form is not one). */
    static boolean hasOwnContact(Contact contact) {
        return contact.email() != null || contact.phone() != null || contact.website() != null;
    }

    String languageName(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(edition.dates().locale());
        return name.isEmpty() || name.equals(code) ? code : name;
    }

    static String oneLine(Address address) {
        List<String> parts = new ArrayList<>();
        if (address.street() != null) {
            parts.add(address.street());
        }
        String town = join(address.postalCode(), address.city());
        if (!town.isEmpty()) {
            parts.add(town);
        } else if (address.area() != null) {
            parts.add(address.area());
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static List<String> addressLines(Address address) {
        List<String> lines = new ArrayList<>();
        if (address.street() != null) {
            lines.add(address.street());
        }
        String town = join(address.postalCode(), address.city());
        if (!town.isEmpty()) {
            lines.add(town);
        }
        if (address.area() != null && (address.city() == null || !address.area().equals(address.city()))) {
            lines.add(address.area());
        }
        if (address.detail() != null) {
            lines.add(address.detail());
        }
        return lines;
    }

    private static String join(String a, String b) {
        return ((a == null ? "" : a) + " " + (b == null ? "" : b)).strip();
    }

    /** The URL slug of an area name: {@code Bergsjön} becomes {@code bergsjon}. */
    static String areaSlug(String area) {
        return Slugs.of(area);
    }
}
