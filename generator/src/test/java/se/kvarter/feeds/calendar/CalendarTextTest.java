package se.kvarter.feeds.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import se.kvarter.model.Address;
import se.kvarter.model.Audience;

/** The texts calendar programs show: plain text from the rendered HTML, places and openings in the site's language. */
class CalendarTextTest {

    @Test
    void plainTextKeepsParagraphsAndListItemsAndDropsTheMarkup() {
        String html = "<h2 id=\"om\">Om oss</h2>\n<p>Text med <a href=\"/x/\">en länk</a> &amp; <strong>fetstil</strong>.</p>\n"
                + "<ul>\n<li>Ett</li>\n<li>Två</li>\n</ul>\n<p>Rad ett<br>rad två</p>";
        assertEquals("Om oss\n\nText med en länk & fetstil.\n\n- Ett\n- Två\n\nRad ett\nrad två", CalendarText.plain(html));
        assertNull(CalendarText.plain(" "));
        assertNull(CalendarText.plain(null));
    }

    @Test
    void aLocationIsTheNameAndThePartsOfTheAddressThatAreThere() {
        assertEquals("Hubben, Torget 4, 415 16 Göteborg",
                CalendarText.location("Hubben", new Address("Torget 4", "415 16", "Göteborg", "Bergsjön", "Entré")));
        assertEquals("Gamla lokalen, Göteborg", CalendarText.location("Gamla lokalen", new Address(null, null, "Göteborg", null, null)));
        assertEquals("Biblioteket", CalendarText.location("Biblioteket", Address.NONE));
    }

    @Test
    void openingsSayWhoTheyAreForInTheSiteLanguageAndSwedishOtherwise() {
        assertEquals("Öppet: Hubben", new CalendarText("sv").open("Hubben", null));
        assertEquals("Öppet: Hubben", new CalendarText("sv").open("Hubben", Audience.EVERYONE));
        assertEquals("Öppet för barnfamiljer: Hubben", new CalendarText("sv").open("Hubben", Audience.FAMILIES));
        assertEquals("Open for families with children: Hubben", new CalendarText("en").open("Hubben", Audience.FAMILIES));
        assertEquals("Öppet för unga: Hubben", new CalendarText("fi").open("Hubben", Audience.YOUTH));
        assertEquals("Hubben – öppettider", new CalendarText("sv").hoursCalendar("Hubben"));
    }
}
