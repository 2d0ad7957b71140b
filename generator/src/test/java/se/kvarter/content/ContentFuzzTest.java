package se.kvarter.content;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import se.kvarter.source.Problems;

/**
 * Fuzz tests of the readers communicators' text goes through first: whatever the bytes, they
 * report problems, never throw. In {@code mvn verify} they run the seed corpus under
 * {@code src/test/resources/se/kvarter/content/ContentFuzzTestInputs/}; to fuzz for real, run
 * {@code JAZZER_FUZZ=1 mvn -pl generator test -Dtest=ContentFuzzTest#frontMatter} (any of the methods).
 */
class ContentFuzzTest {

    private final YamlReader yaml = new YamlReader();

    @FuzzTest(maxDuration = "30s")
    void frontMatter(FuzzedDataProvider data) {
        FrontMatter.split("places/fuzz.md", data.consumeRemainingAsString(), new Problems());
    }

    @FuzzTest(maxDuration = "30s")
    void yaml(FuzzedDataProvider data) {
        yaml.readMapping("places/fuzz.md", data.consumeRemainingAsString(), 2, new Problems());
    }

    @FuzzTest(maxDuration = "30s")
    void decoding(FuzzedDataProvider data) {
        TextDecoder.decode("places/fuzz.md", data.consumeRemainingAsBytes(), new Problems());
    }
}
