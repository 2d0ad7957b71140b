package se.kvarter.feeds.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import se.kvarter.model.Address;
import se.kvarter.model.Audience;

/**
 * The words the iCalendar files add to the content, in the site's language (Swedish when the
 * language has none of its own), and the plain text that calendar programs show instead of HTML.
 */
final class CalendarText {

    private static final Map<String, Map<String, String>> PHRASES = Map.of(
            "sv", Map.of("open", "Öppet", "openFor", "Öppet för %s", "events", "%s – evenemang",
                    "hours", "%s – öppettider", "registration", "Anmälan: %s"),
            "en", Map.of("open", "Open", "openFor", "Open for %s", "events", "%s – events",
                    "hours", "%s – opening hours", "registration", "Registration: %s"));

    // the same words as the audience names of templates/i18n, which the feeds cannot read
    private static final Map<String, Map<Audience, String>> AUDIENCES = Map.of(
            "sv", Map.of(Audience.EVERYONE, "alla", Audience.ADULTS, "vuxna", Audience.YOUTH, "unga",
                    Audience.CHILDREN, "barn", Audience.FAMILIES, "barnfamiljer", Audience.SENIORS, "äldre",
                    Audience.WOMEN, "kvinnor", Audience.NEWCOMERS, "nyanlända", Audience.STAFF, "medarbetare"),
            "en", Map.of(Audience.EVERYONE, "everyone", Audience.ADULTS, "adults", Audience.YOUTH, "young people",
                    Audience.CHILDREN, "children", Audience.FAMILIES, "families with children",
                    Audience.SENIORS, "older people", Audience.WOMEN, "women", Audience.NEWCOMERS, "newcomers",
                    Audience.STAFF, "staff"));

    private final Map<String, String> phrases;
    private final Map<Audience, String> audiences;

    CalendarText(String language) {
        String known = PHRASES.containsKey(language) ? language : "sv";
        this.phrases = PHRASES.get(known);
        this.audiences = AUDIENCES.get(known);
    }

    /** "Öppet: Hubben", or "Öppet för barnfamiljer: Hubben" for hours that are for an audience. */
    String open(String place, Audience audience) {
        String open = audience == null || audience == Audience.EVERYONE
                ? phrases.get("open") : String.format(phrases.get("openFor"), audiences.get(audience));
        return open + ": " + place;
    }

    /** The name of the calendar of every event. */
    String eventsCalendar(String site) {
        return String.format(phrases.get("events"), site);
    }

    /** The name of a place's calendar. */
    String hoursCalendar(String place) {
        return String.format(phrases.get("hours"), place);
    }

    String registration(String url) {
        return String.format(phrases.get("registration"), url);
    }

    /** The parts that are there, joined by a blank line; null when none is. */
    static String paragraphs(String... parts) {
        String text = Stream.of(parts).filter(p -> p != null && !p.isBlank()).map(String::strip)
                .collect(Collectors.joining("\n\n"));
        return text.isEmpty() ? null : text;
    }

    /** "Hubben, Torget 4, 415 16 Göteborg": a name and the parts of an address that are there. */
    static String location(String name, Address address) {
        List<String> parts = new ArrayList<>();
        parts.add(name);
        if (address != null) {
            parts.add(address.street());
            parts.add(Stream.of(address.postalCode(), address.city()).filter(p -> p != null && !p.isBlank())
                    .collect(Collectors.joining(" ")));
        }
        String text = parts.stream().filter(p -> p != null && !p.isBlank()).map(String::strip)
                .collect(Collectors.joining(", "));
        return text.isEmpty() ? null : text;
    }

    /**
     * The text of sanitised HTML as calendar programs show it: paragraphs and headings separated
     * by a blank line, list items on lines of their own starting with "- ", no markup.
     */
    static String plain(String html) {
        if (html == null || html.isBlank()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.append(textNode.text());
                } else if (node instanceof Element element) {
                    switch (element.normalName()) {
                        case "br" -> text.append('\n');
                        case "li" -> text.append("\n- ");
                        default -> {
                            if (element.isBlock()) {
                                text.append("\n\n");
                            }
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock() && !element.normalName().equals("li")) {
                    text.append("\n\n");
                }
            }
        }, Jsoup.parseBodyFragment(html).body());
        String lines = text.toString().lines().map(String::strip).collect(Collectors.joining("\n"));
        String result = lines.replaceAll("\n{3,}", "\n\n").strip();
        return result.isEmpty() ? null : result;
    }
}
