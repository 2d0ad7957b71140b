package se.kvarter.check;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;

/**
 * Fuzz target of link resolution, Markdown and site check together: any link target is resolved
 * or reported, never an exception (see {@code LinkTargetsPropertiesTest}; {@code ContentFuzzTest}
 * tells how to fuzz for real).
 */
class LinkTargetsFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void anyLinkTarget(FuzzedDataProvider data) throws IOException {
        LinkTargetsPropertiesTest.contentFolder();
        LinkTargetsPropertiesTest.check(data.consumeRemainingAsString());
    }
}
