package se.kvarter.validate;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import se.kvarter.content.YamlNode;
import se.kvarter.source.Position;
import se.kvarter.source.Problems;

/**
 * Fuzz test of the weekday and time-range parser: any text is a list of days and ranges or a
 * reported problem, never an exception (see {@code ContentFuzzTest} for how to fuzz for real).
 */
class TimeParserFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void daysAndRanges(FuzzedDataProvider data) {
        TimeParser parser = new TimeParser(new Problems());
        Position at = new Position("places/fuzz.md", 3, 5);
        YamlNode.Scalar days = new YamlNode.Scalar(data.consumeString(40), true, at);
        YamlNode.Scalar time = new YamlNode.Scalar(data.consumeRemainingAsString(), true, at);
        parser.days(List.of(days), "hours.days");
        parser.ranges(List.of(time), "hours.time");
    }
}
