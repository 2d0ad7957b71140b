package se.kvarter.feeds;

import java.util.Map;

/**
 * The canonical IRIs of the licences open data is usually published under, by SPDX id. They are
 * the exact forms the Swedish data portal recognises (for CC0: http and a trailing slash).
 */
public final class Licences {

    private static final Map<String, String> IRIS = Map.of(
            "CC0-1.0", "http://creativecommons.org/publicdomain/zero/1.0/",
            "CC-BY-4.0", "http://creativecommons.org/licenses/by/4.0/",
            "CC-BY-SA-4.0", "http://creativecommons.org/licenses/by-sa/4.0/",
            "PDDL-1.0", "http://opendatacommons.org/licenses/pddl/1.0/",
            "ODbL-1.0", "http://opendatacommons.org/licenses/odbl/1.0/");

    private Licences() {
    }

    /** The licence's IRI, or null for an id that is not in the list. */
    public static String iri(String spdx) {
        return spdx == null ? null : IRIS.get(spdx);
    }
}
