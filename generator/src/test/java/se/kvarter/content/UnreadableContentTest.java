package se.kvarter.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.AccessDeniedException;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.kvarter.TestSites;
import se.kvarter.source.ContentError;
import se.kvarter.source.Position;
import se.kvarter.source.Problems;

/**
 * A content file the user may not read is a mistake reported at the file, with every other one,
 * not an internal error. As root every file is readable, so the loader reads through a disk that
 * refuses one file as the JDK does ({@code AccessDeniedException}); the fixture
 * {@code errors/file.unreadable} shows the same with a real mode 000 where the user is not root.
 */
class UnreadableContentTest {

    @Test
    void aFileThatCannotBeReadIsReportedAtTheFileAndTheRestIsRead() {
        ContentLoader loader = new ContentLoader(file -> {
            if (file.getFileName().toString().equals("om.md")) {
                throw new AccessDeniedException(file.toString());
            }
            return java.nio.file.Files.readAllBytes(file);
        });
        Problems problems = new Problems();
        LoadedContent content = loader.load(TestSites.fixture("sites/basic/content"), problems);
        List<ContentError> errors = problems.sorted();
        assertEquals(1, errors.size(), errors::toString);
        assertEquals(Position.ofFile("pages/om.md"), errors.get(0).at());
        assertEquals("file.unreadable", errors.get(0).key());
        assertEquals(1, content.places().size(), "the other files are read");
    }
}
