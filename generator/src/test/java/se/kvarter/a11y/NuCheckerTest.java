package se.kvarter.a11y;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every page of the example site and of the fixture site with every page kind is valid HTML to
 * the Nu Html Checker: no error. Its warnings (language detection among them) are printed. The
 * sites are those the browser tests share (built once per test JVM); all pages go through one
 * checker, set up once.
 */
class NuCheckerTest {

    @RegisterExtension
    static final ServedSites SITES = new ServedSites();

    @Test
    void everyPageOfBothSitesHasNoError() {
        NuChecker checker = NuChecker.start(true);
        List<NuChecker.Message> errors = new ArrayList<>();
        int pages = 0;
        int warnings = 0;
        for (BuiltSite site : SITES.servers().keySet()) {
            for (String page : site.pages()) {
                for (NuChecker.Message message : checker.check(site.file(page), site + " " + page)) {
                    if (message.error()) {
                        errors.add(message);
                    } else {
                        System.out.println(message);
                        warnings++;
                    }
                }
                pages++;
            }
        }
        System.out.printf("Nu Html Checker: %d pages, %d errors, %d warnings%n", pages, errors.size(), warnings);
        assertEquals("", String.join("\n", errors.stream().map(NuChecker.Message::toString).toList()));
    }
}
