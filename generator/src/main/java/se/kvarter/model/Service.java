package se.kvarter.model;

import java.util.Map;

/** A service from {@code services.yaml}: its id and its name in each language. */
public record Service(String id, Map<String, String> labels) {

    public Service {
        labels = Map.copyOf(labels);
    }

    /** The name in {@code language}, else in {@code fallback}, else the id. */
    public String label(String language, String fallback) {
        String label = labels.get(language);
        if (label == null) {
            label = labels.get(fallback);
        }
        return label != null ? label : id;
    }
}
