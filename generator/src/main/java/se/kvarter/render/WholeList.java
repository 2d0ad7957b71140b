package se.kvarter.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.List;

/**
 * Every place of a list that is cut into pages, as the list's scripts read it ({@code alla-platser.json}
 * beside the list's first page): "near me" and "choose a time" then work over the whole list, not
 * only the page shown, with no server. The page does not carry it; the script fetches it when the
 * visitor presses "near me" or chooses a time, so a page stays under 30 KB however long its list.
 *
 * <p>It is the script's own file, not open data (open data is {@code api/v1/places.json}, with a
 * published schema): it holds the edition's words (the name, type and area as the page shows them,
 * today's hours in a sentence) and each place's hours of the coming days as minutes on the scale
 * of the page's clock ({@code PlaceViews.openPeriods}), made from the same availability as the
 * cards, and valid only until the next build.
 */
final class WholeList {

    /** The file's name in the folder of the list's first page. */
    static final String FILE = "alla-platser.json";

    private WholeList() {
    }

    /** The path of the file of the list whose first page is at {@code first}. */
    static String path(String first) {
        return first + FILE;
    }

    /** The places of {@code cards}, in their order: name, address, type, area, position, today's hours and the hours data. */
    static String json(List<PlaceCard> cards, ObjectMapper json) {
        ObjectNode root = json.createObjectNode();
        ArrayNode places = root.putArray("places");
        for (PlaceCard card : cards) {
            ObjectNode place = places.addObject();
            place.put("name", card.name());
            place.put("url", card.url());
            if (card.lang() != null) {
                // a name not translated yet: the script marks its language, as the card does
                place.put("lang", card.lang());
            }
            place.put("type", card.type());
            if (card.location().area() != null) {
                place.put("area", card.location().area());
            }
            if (card.location().lat() != null) {
                // the card's four decimals, written as the number they are
                place.put("lat", new BigDecimal(card.location().lat()));
                place.put("lon", new BigDecimal(card.location().lon()));
            }
            if (card.availability().status() != null) {
                place.put("today", card.availability().status());
            } else if (card.availability().today() != null) {
                place.put("today", card.availability().today().toString());
            }
            if (card.availability().open() != null) {
                place.put("open", card.availability().open());
            }
        }
        try {
            return json.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the list's places could not be written as JSON", e);
        }
    }
}
