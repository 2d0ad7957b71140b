package se.kvarter.model;

import java.util.List;

/**
 * What a place is and offers, as its page introduces it: the parts of {@link Place} a resident
 * reads to decide whether it is for them.
 *
 * @param type      the kind of place
 * @param summary   one or two sentences for lists and search, or null
 * @param bodyHtml  the description, rendered and sanitised
 * @param image     a picture of it, or null
 * @param services  the ids of the services it offers
 * @param audiences who it is meant for
 * @param languages the languages spoken there
 */
public record PlaceAbout(PlaceType type, String summary, String bodyHtml, Image image, List<String> services,
                         List<Audience> audiences, List<String> languages) {

    public PlaceAbout {
        services = List.copyOf(services);
        audiences = List.copyOf(audiences);
        languages = List.copyOf(languages);
    }
}
