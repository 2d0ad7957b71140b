package se.kvarter.render;

/**
 * What the printable poster of a place shows: part of its page (name, summary, this week's hours,
 * address, contact) and QR codes that lead a passer-by to the page and to the contact form.
 *
 * @param place      the place as its page has it
 * @param page       the code to the place's page
 * @param form       the code to the place's contact form, or null when it has none
 * @param stylesheet the poster's own stylesheet: the A4 page and the print layout
 */
public record PosterView(PlaceView place, Code page, Code form, String stylesheet) {

    /**
     * A QR code with the URL it holds, the URL printed too for those who type it.
     *
     * @param svg the code as inline SVG, or null when the URL is too long for a QR code
     */
    public record Code(String url, String svg) {
    }
}
