package se.kvarter.feeds.hsds;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.kvarter.model.Answer;
import se.kvarter.model.Audience;
import se.kvarter.model.PlaceAccessibility;
import se.kvarter.model.PlaceStatus;

/**
 * The few sentences of the open data, in Swedish or English: HSDS has free-text fields where
 * kvarter has codes (accessibility facts, who hours are for, holiday closing), the schedule of a
 * closed place says why, and a consumer shows those texts as they are. Other languages get the
 * English text.
 */
public final class HsdsText {

    private static final Map<String, String> SV = Map.ofEntries(
            Map.entry("entrance.step-free", "Entré utan trappsteg"),
            Map.entry("entrance.ramp", "Entré med ramp"),
            Map.entry("entrance.steps", "Trappor till entrén, ingen ramp eller hiss"),
            Map.entry("entrance.lift", "Entré med hiss"),
            Map.entry("steps.none", "Inga trappsteg"),
            Map.entry("steps.count", "{count} trappsteg"),
            Map.entry("toilet.accessible", "Tillgänglighetsanpassad toalett"),
            Map.entry("toilet.not-accessible", "Toalett, inte tillgänglighetsanpassad"),
            Map.entry("toilet.none", "Ingen toalett"),
            Map.entry("hearingLoop.yes", "Hörslinga finns"),
            Map.entry("hearingLoop.no", "Ingen hörslinga"),
            Map.entry("audience", "Bara för {audience}"),
            Map.entry("holidays.closed", "Stängt på helgdagar"),
            Map.entry("status.temporarily-closed", "Tillfälligt stängt"),
            Map.entry("status.closed", "Stängt för gott"),
            Map.entry("localTime", "Tiderna är lokal tid ({zone})"),
            Map.entry("audience.everyone", "alla"),
            Map.entry("audience.adults", "vuxna"),
            Map.entry("audience.youth", "unga"),
            Map.entry("audience.children", "barn"),
            Map.entry("audience.families", "barnfamiljer"),
            Map.entry("audience.seniors", "äldre"),
            Map.entry("audience.women", "kvinnor"),
            Map.entry("audience.newcomers", "nyanlända"),
            Map.entry("audience.staff", "medarbetare"));

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("entrance.step-free", "Step-free entrance"),
            Map.entry("entrance.ramp", "Entrance with a ramp"),
            Map.entry("entrance.steps", "Stairs to the entrance, no ramp or lift"),
            Map.entry("entrance.lift", "Entrance with a lift"),
            Map.entry("steps.none", "No steps"),
            Map.entry("steps.count", "{count} steps"),
            Map.entry("toilet.accessible", "Accessible toilet"),
            Map.entry("toilet.not-accessible", "Toilet, not accessible"),
            Map.entry("toilet.none", "No toilet"),
            Map.entry("hearingLoop.yes", "Hearing loop"),
            Map.entry("hearingLoop.no", "No hearing loop"),
            Map.entry("audience", "Only for {audience}"),
            Map.entry("holidays.closed", "Closed on public holidays"),
            Map.entry("status.temporarily-closed", "Temporarily closed"),
            Map.entry("status.closed", "Closed for good"),
            Map.entry("localTime", "Times are local time ({zone})"),
            Map.entry("audience.everyone", "everyone"),
            Map.entry("audience.adults", "adults"),
            Map.entry("audience.youth", "young people"),
            Map.entry("audience.children", "children"),
            Map.entry("audience.families", "families with children"),
            Map.entry("audience.seniors", "older people"),
            Map.entry("audience.women", "women"),
            Map.entry("audience.newcomers", "newcomers"),
            Map.entry("audience.staff", "staff"));

    private final Map<String, String> texts;

    public HsdsText(String language) {
        this.texts = "sv".equals(language) ? SV : EN;
    }

    /** The known accessibility facts as one text ({@code Entré med ramp. Hörslinga finns.}), or null when none is known. */
    String accessibility(PlaceAccessibility facts) {
        List<String> known = new ArrayList<>();
        String code = facts.entrance().code();
        if (texts.containsKey("entrance." + code)) {
            known.add(texts.get("entrance." + code));
        }
        if (facts.steps() != null) {
            known.add(facts.steps() == 0 ? texts.get("steps.none")
                    : texts.get("steps.count").replace("{count}", facts.steps().toString()));
        }
        if (texts.containsKey("toilet." + facts.toilet().code())) {
            known.add(texts.get("toilet." + facts.toilet().code()));
        }
        // a fact without words of its own in the HSDS texts is left out, as an unknown one is
        facts.features().forEach((feature, answer) -> {
            if (answer != Answer.UNKNOWN && texts.containsKey(feature.key() + "." + answer.code())) {
                known.add(texts.get(feature.key() + "." + answer.code()));
            }
        });
        return known.isEmpty() ? null : sentences(known);
    }

    /** {@code Bara för barnfamiljer} */
    String audience(Audience audience) {
        return texts.get("audience").replace("{audience}", texts.get("audience." + audience.code()));
    }

    /** Why a place that is not open is closed: {@code Tillfälligt stängt}. */
    public String status(PlaceStatus status) {
        return texts.get("status." + status.code());
    }

    String holidaysClosed() {
        return texts.get("holidays.closed");
    }

    String localTime(String zone) {
        return texts.get("localTime").replace("{zone}", zone);
    }

    /** Each part as a sentence: {@code A. B.} */
    static String sentences(List<String> parts) {
        return String.join(" ", parts.stream().map(p -> p.endsWith(".") ? p : p + ".").toList());
    }
}
