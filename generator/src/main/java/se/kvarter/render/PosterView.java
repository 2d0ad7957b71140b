package se.kvarter.render;

import java.util.List;

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
}
