package se.kvarter.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;

/**
 * On a site with {@code trustedHtml: true}, what the authors' own HTML embeds (an https map in a
 * frame, a style attribute) is kept and allowed by the page's Content-Security-Policy, which
 * would otherwise block it in the browser; a script in content still does not run.
 */
class TrustedHtmlTest {

    @Test
    void trustedHtmlMayEmbedHttpsFramesButNotRunScripts(@TempDir Path work) throws IOException {
        Path content = TestSites.copy(TestSites.fixture("sites/basic/content"), work.resolve("content"));
        Files.writeString(content.resolve("site.yaml"), Files.readString(content.resolve("site.yaml")) + "trustedHtml: true\n");
        Files.writeString(content.resolve("pages/om.md"), """
                ---
                title: Om testet
                ---
                <iframe title="Karta" src="https://www.openstreetmap.org/export/embed.html"></iframe>

                <p style="color: #333">Text med stil.</p>
                """);
        Path out = work.resolve("site");
        TestSites.Run run = TestSites.kvarter("build", "--content", content.toString(), "--templates",
                TestSites.templates().toString(), "--out", out.toString(), "--date", "2026-11-24");
        assertEquals(0, run.exit(), run.err());
        Document page = Jsoup.parse(Files.readString(out.resolve("om/index.html")));
        assertNotNull(page.selectFirst("main iframe[src^=https://www.openstreetmap.org/]"));
        String policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertTrue(policy.contains("frame-src https:"), policy);
        assertTrue(policy.contains("style-src 'self' 'unsafe-inline'"), policy);
        assertTrue(policy.contains("script-src 'self';"), policy);
        assertFalse(policy.matches(".*script-src[^;]*unsafe.*"), policy);
    }

    @Test
    void withoutTrustedHtmlThePolicyStaysStrict(@TempDir Path work) throws IOException {
        Path out = work.resolve("site");
        TestSites.Run run = TestSites.kvarter("build", "--content", TestSites.fixture("sites/basic/content").toString(),
                "--templates", TestSites.templates().toString(), "--out", out.toString(), "--date", "2026-11-24");
        assertEquals(0, run.exit(), run.err());
        String policy = Jsoup.parse(Files.readString(out.resolve("om/index.html")))
                .selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertEquals("default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'", policy);
    }
}
