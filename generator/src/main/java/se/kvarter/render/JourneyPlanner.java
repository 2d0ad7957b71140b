package se.kvarter.render;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.kvarter.model.Geo;
import se.kvarter.model.Place;

/**
 * Directions by public transport: the journey planner's address of {@code site.yaml} with a
 * place's position, name and address filled in ({@code {lat}}, {@code {lon}}, {@code {name}},
 * {@code {address}}; the validator lets no other placeholder through).
 */
final class JourneyPlanner {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(lat|lon|name|address)}");

    private JourneyPlanner() {
    }

    /** The link for {@code place}, or null without a planner or when the place lacks what the address needs. */
    static String link(String template, Place place) {
        if (template == null) {
            return null;
        }
        String address = PlaceViews.oneLine(place.location().address());
        Map<String, String> values = new HashMap<>();
        values.put("name", encode(place.name()));
        Geo geo = place.location().geo();
        if (geo != null) {
            values.put("lat", String.format(Locale.ROOT, "%.5f", geo.lat()));
            values.put("lon", String.format(Locale.ROOT, "%.5f", geo.lon()));
        }
        if (address != null && !address.isBlank()) {
            values.put("address", encode(address));
        }
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder link = new StringBuilder();
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            if (value == null) {
                return null;
            }
            placeholder.appendReplacement(link, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(link);
        return link.toString();
    }

    /** A value inside a URL: spaces as %20, which every planner reads, rather than the form's "+". */
    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
