package se.kvarter.render;

import java.util.List;
import java.util.Map;

/**
 * What the printable poster of a place shows: part of its page (name, summary, its regular
 * hours, the changes of the coming months, address, contact) and QR codes that lead a
 * passer-by to the page and to the contact form. Never a dated week and never "today": the
 * poster hangs on the door for months.
 *
 * @param place       the place as its page has it
 * @param page        the code to the place's page
 * @param form        the code to the place's contact form, or null when it has none
 * @param stylesheet  the poster's own stylesheet: the A4 page and the print layout
 * @param changes     the first of the coming changes of the place page, as many as the sheet has room for
 * @param moreChanges whether the place page lists more changes than the poster
 */
public record PosterView(PlaceView place, Code page, Code form, String stylesheet, List<Phrase> changes,
                         boolean moreChanges) {

    /**
     * A QR code with the URL it holds, the URL printed too for those who type it.
     *
     * @param svg the code as inline SVG, or null when the URL is too long for a QR code
     */
    public record Code(String url, String svg) {
    }

    /**
     * The second language's half of a two-language poster: what it shows, in that language's
     * words and direction.
     *
     * @param t    the interface texts of the language, as templates read them ({@code t.place.hours})
     * @param lang the language
     * @param dir  its direction, {@code ltr} or {@code rtl}
     */
    public record Half(PosterView poster, Map<String, Object> t, String lang, String dir) {

        /** The {@code dir} of text in {@code language} when it runs the other way than the half, else empty. */
        public String dirOf(String language) {
            String other = Layout.direction(language);
            return other.equals(dir) ? "" : other;
        }
    }
}
