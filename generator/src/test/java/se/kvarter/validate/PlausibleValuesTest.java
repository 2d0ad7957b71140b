package se.kvarter.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.kvarter.content.YamlNode;
import se.kvarter.source.Position;
import se.kvarter.source.Problems;

/** The plausibility rules of issue 26 (item 9) for phone numbers and years, value by value. */
class PlausibleValuesTest {

    private final Problems problems = new Problems();
    private final Values values = new Values(problems, ZoneId.of("Europe/Stockholm"));

    private static YamlNode.Scalar scalar(String text) {
        return new YamlNode.Scalar(text, true, new Position("places/x.md", 3, 8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+46 31 000 00 00", "031-123 45 67", "(08) 123 45 67", "0701234567", "1177", "112",
            "116 111", "+1 (555) 010-0199"})
    void phoneNumbersAsPeopleWriteThemAreKept(String phone) {
        assertEquals(phone, values.phone(scalar(phone), "contact.phone"));
        assertEquals(0, problems.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ring oss", "031 12 ring oss", "234567", "99", "+46 31 000 00 00 00 00 00", "46+31 000 00 00",
            "031/123 45 67", "tel:0311234567", "08 123 45 67 ankn. 12"})
    void anythingElseIsAnErrorAtTheValue(String phone) {
        assertNull(values.phone(scalar(phone), "contact.phone"));
        assertEquals("value.bad-phone", problems.sorted().get(0).key());
        assertEquals(new Position("places/x.md", 3, 8), problems.sorted().get(0).at());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1900-01-01", "2026-11-24", "2199-12-31", "2026-11-24T13:00", "2026-11-24T13:00+02:00"})
    void yearsFrom1900To2199AreDates(String date) {
        values.dateTime(scalar(date), "start");
        assertEquals(0, problems.size(), () -> problems.sorted().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0000-01-01", "0026-11-24", "1899-12-31", "2200-01-01", "0000-12-02T13:00",
            "9999-01-01T10:00+01:00"})
    void otherYearsAreAnError(String date) {
        assertNull(values.dateTime(scalar(date), "start"));
        assertEquals("value.implausible-year", problems.sorted().get(0).key());
    }
}
