package se.kvarter.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The dev server sends each file of the site with the media type a static host would. */
class ContentTypeTest {

    @ParameterizedTest
    @CsvSource({
        "platser/index.html, text/html;charset=utf-8",
        "assets/style.css, text/css;charset=utf-8",
        "api/v1/places.json, application/json;charset=utf-8",
        "nyheter/feed.atom, application/atom+xml;charset=utf-8",
        "calendar/events.ics, text/calendar;charset=utf-8",
        "api/v1/places.geojson, application/geo+json;charset=utf-8",
        "dcat.jsonld, application/ld+json;charset=utf-8",
        "dcat.rdf, application/rdf+xml;charset=utf-8",
        "files/bild.jpg, image/jpeg",
        "files/okand.qqq, application/octet-stream",
    })
    void eachFileHasTheTypeAStaticHostSends(String file, String type) {
        assertEquals(type, SiteHandler.contentType(file));
    }
}
