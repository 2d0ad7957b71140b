package se.kvarter.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.kvarter.output.OutputFile;
import se.kvarter.source.ContentError;

/** A site checker with the pages it inspected at hand, where a build reads them from its output. */
final class CheckedPages {

    private final SiteChecker checker;
    private final Map<String, byte[]> pages = new HashMap<>();

    CheckedPages(SiteChecker checker) {
        this.checker = checker;
    }

    void inspect(OutputFile file) {
        pages.put(file.path(), file.bytes());
        checker.inspect(file);
    }

    void forget(String path) {
        pages.remove(path);
        checker.forget(path);
    }

    void exists(String path) {
        checker.exists(path);
    }

    List<ContentError> finish() {
        return checker.finish(pages::get);
    }
}
