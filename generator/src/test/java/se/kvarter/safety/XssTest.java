package se.kvarter.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;

/**
 * Hostile text in every place content reaches a page (Markdown, raw HTML, front-matter fields)
 * never becomes script: classic filter-evasion vectors (after OWASP's cheat sheet) are put in
 * every field, and no page, JSON-LD block or feed may carry a script, an event handler or a
 * {@code javascript:} URL that the templates did not put there.
 */
class XssTest {

    /** Vectors of the kinds that filters have missed: tags, attributes, encodings, breaking out of script. */
    private static final List<String> VECTORS = List.of(
            "<script>alert(1)</script>",
            "\"><script>alert(2)</script>",
            "</script><script>alert(3)</script>",
            "<img src=files/x.png alt=\"\" onerror=alert(4)>",
            "<svg/onload=alert(5)>",
            "<iframe src=javascript:alert(6)></iframe>",
            "<a href=\"jAvAsCrIpT:alert(7)\">x</a>",
            "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(8)\">x</a>",
            "<a href=\"&#x6A;avascript:alert(9)\">x</a>",
            "<IMG SRC=\"javascript:alert('10');\" ALT=\"\">",
            "<div style=\"background:url(javascript:alert(11))\">x</div>",
            "<details open ontoggle=alert(12)>x</details>",
            "<math><mtext><table><mglyph><style><img src=files/y.png alt=\"\" onerror=alert(13)>",
            "<object data=\"javascript:alert(14)\"></object><embed src=javascript:alert(15)>",
            "<form action=javascript:alert(16)><button>x</button></form>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(17)\">",
            "<base href=\"javascript:alert(18)//\">",
            "[link](javascript:alert(19)) [link](JAVASCRIPT:alert(20)) [link](&#106;avascript:alert(21))",
            "<body onload=alert(22)>",
            "{{7*7}} ${7*7} <#assign x=1>");

    private static final List<String> URL_ATTRIBUTES = List.of("href", "src", "action", "formaction", "data", "poster",
            "xlink:href", "background", "srcset");

    @TempDir
    static Path work;
    static Path site;

    private static String all() {
        return String.join(" ", VECTORS);
    }

    /** The vectors in groups of at most 200 characters, the longest a name or title may be. */
    private static List<String> names() {
        List<String> names = new java.util.ArrayList<>();
        StringBuilder name = new StringBuilder();
        for (String vector : VECTORS) {
            if (name.length() > 0 && name.length() + 1 + vector.length() > 200) {
                names.add(name.toString());
                name.setLength(0);
            }
            name.append(name.length() > 0 ? " " : "").append(vector);
        }
        names.add(name.toString());
        return names;
    }

    /** A YAML double-quoted string holding the text. */
    private static String quoted(String text) throws IOException {
        return new ObjectMapper().writeValueAsString(text);
    }

    @BeforeAll
    static void buildAHostileSite() throws IOException {
        Path content = TestSites.copy(TestSites.fixture("sites/basic/content"), work.resolve("content"));
        // The images of the vectors are the site's own: an image from another site is an error of its own.
        Files.createDirectories(content.resolve("files"));
        Files.write(content.resolve("files/x.png"), new byte[0]);
        Files.write(content.resolve("files/y.png"), new byte[0]);
        String v = quoted(all());
        // Names and titles are at most 200 characters (a longer one is an error of its own): they
        // carry the vectors a few at a time, each group on pages of its own.
        List<String> names = names();
        for (int i = 0; i < names.size(); i++) {
            String name = quoted(names.get(i));
            String place = i == 0 ? "testplats" : "testplats-" + i;
            Files.writeString(content.resolve("places/" + place + ".md"), "---\n"
                    + "name: " + name + "\ntype: hub\norganization: testorg\nsummary: " + quoted(VECTORS.get(3)) + "\n"
                    + "address:\n  street: " + v + "\n  city: " + v + "\n  area: " + quoted(VECTORS.get(4)) + "\n  detail: " + v + "\n"
                    + "contact:\n  phone: 031-123 45 67\n"
                    + "hours:\n  - days: mo\n    time: 09:00-17:00\n    note: " + v + "\n"
                    + "exceptions:\n  - date: 2026-11-25\n    closed: true\n    reason: " + v + "\n"
                    + "accessibility:\n  notes: " + v + "\n"
                    + "---\n" + String.join("\n\n", VECTORS) + "\n");
            Files.writeString(content.resolve("events/testtraff" + (i == 0 ? "" : "-" + i) + ".md"), "---\ntitle: " + name
                    + "\nsummary: " + v + "\nplace: " + place + "\nstart: 2026-12-02T13:00\nduration: 2h\n---\n"
                    + String.join("\n\n", VECTORS) + "\n");
            Files.writeString(content.resolve("news/2026-11-0" + (i + 1) + "-testnyhet" + (i == 0 ? "" : "-" + i) + ".md"),
                    "---\ntitle: " + name + "\nauthor: " + v + "\nsummary: " + v + "\nplaces: [" + place + "]\n---\n"
                    + String.join("\n\n", VECTORS) + "\n");
            Files.writeString(content.resolve("pages/om" + (i == 0 ? "" : "-" + i) + ".md"), "---\ntitle: " + name
                    + "\nsummary: " + v + "\nmenu: " + (10 + i) + "\n---\n" + String.join("\n\n", VECTORS) + "\n");
        }
        Files.writeString(content.resolve("organizations/testorg.yaml"), "name: " + quoted(names.get(1 % names.size()))
                + "\ndescription: " + v + "\n");
        String siteYaml = Files.readString(content.resolve("site.yaml"));
        Files.writeString(content.resolve("site.yaml"), siteYaml.replace("title: Testplatser", "title: " + quoted(names.get(names.size() - 1)))
                .replace("description: En liten webbplats för tester.", "description: " + v));
        site = work.resolve("site");
        TestSites.Run run = TestSites.kvarter("build", "--content", content.toString(), "--templates",
                TestSites.templates().toString(), "--out", site.toString(), "--date", "2026-11-24");
        assertEquals(0, run.exit(), run.err());
    }

    private static List<Path> files(String extension) throws IOException {
        try (Stream<Path> paths = Files.walk(site)) {
            return paths.filter(p -> p.toString().endsWith(extension)).sorted().toList();
        }
    }

    @Test
    void noPageHasAScriptHandlerOrJavascriptUrlThatTheTemplatesDidNotPutThere() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : files(".html")) {
            Document page = Jsoup.parse(file.toFile(), "UTF-8");
            for (Element element : page.getAllElements()) {
                if (element.tagName().equals("script") && !isOurs(element)) {
                    found.add(file + ": " + element.outerHtml());
                }
                for (String tag : List.of("iframe", "object", "embed", "form", "base", "style")) {
                    if (element.tagName().equals(tag) && !isOurSearchForm(element)) {
                        found.add(file + ": <" + tag + ">");
                    }
                }
                if (element.tagName().equals("meta") && element.attr("http-equiv").equalsIgnoreCase("refresh")
                        && element.attr("content").toLowerCase(Locale.ROOT).contains("javascript")) {
                    found.add(file + ": meta refresh to javascript");
                }
                for (Attribute attribute : element.attributes()) {
                    String name = attribute.getKey().toLowerCase(Locale.ROOT);
                    String value = attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", "");
                    if (name.startsWith("on") || name.equals("style")) {
                        found.add(file + ": " + name + " on <" + element.tagName() + ">");
                    }
                    // A URL attribute that runs script; text in other attributes (a meta description) is only text.
                    if (URL_ATTRIBUTES.contains(name) && (value.startsWith("javascript:") || value.startsWith("data:"))) {
                        found.add(file + ": " + name + "=" + attribute.getValue());
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    /** The templates' own scripts: JSON-LD data blocks, and script files from the site's assets. */
    /** The templates' search boxes: in the header, and on the search page, both leading to the search page. */
    private static boolean isOurSearchForm(Element form) {
        String action = form.attr("action");
        return form.tagName().equals("form") && form.attr("role").equals("search")
                && action.matches("(/kvarter)?(/en)?/sok/")
                && (form.hasClass("site-search") || form.parent() != null && form.parent().hasClass("search-page"));
    }

    private static boolean isOurs(Element script) {
        return script.attr("type").equals("application/ld+json")
                || (script.hasAttr("src") && script.attr("src").contains("/assets/"));
    }

    @Test
    void everyPageForbidsInlineScriptByContentSecurityPolicy() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Path file : files(".html")) {
            Element policy = Jsoup.parse(file.toFile(), "UTF-8").selectFirst("head meta[http-equiv=Content-Security-Policy]");
            String content = policy == null ? "" : policy.attr("content");
            if (!content.contains("default-src 'self'") || content.contains("unsafe-") || content.contains("script-src")
                    && !content.matches(".*script-src 'self'(;.*|$)")) {
                missing.add(file + ": " + content);
            }
        }
        assertEquals(List.of(), missing);
    }

    @Test
    void jsonLdStaysOneValidJsonBlockThatCannotEndItsScriptElement() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        for (Path file : files(".html")) {
            String html = Files.readString(file, StandardCharsets.UTF_8);
            for (Element block : Jsoup.parse(html).select("script[type=application/ld+json]")) {
                String json = block.data();
                assertFalse(json.contains("<"), file + " has < in JSON-LD");
                assertTrue(mapper.readTree(json).has("@context"), file.toString());
            }
        }
    }

    @Test
    void feedsAndOpenDataStayWellFormedAndCarryTheTextAsText() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (Path file : files(".atom")) {
            factory.newDocumentBuilder().parse(file.toFile());
        }
        for (Path file : files(".xml")) {
            factory.newDocumentBuilder().parse(file.toFile());
        }
        ObjectMapper mapper = new ObjectMapper();
        for (Path file : files(".json")) {
            mapper.readTree(file.toFile());
        }
        String places = Files.readString(site.resolve("api/v1/places.json"));
        assertTrue(places.contains("alert(4)"), "the hostile text is kept as text in open data");
        String description = mapper.readTree(places).get(0).get("descriptionHtml").asText().toLowerCase(Locale.ROOT);
        assertFalse(description.contains("<script"), "but the HTML in open data is sanitised");
        assertFalse(description.contains("onerror"));
        assertFalse(description.contains("javascript:"));
    }

    @Test
    void theSearchIndexCarriesHostileTextAsTextAndOnlyTheSitesOwnAddresses() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        StringBuilder pages = new StringBuilder();
        for (Path file : files(".json")) {
            if (!file.getParent().getFileName().toString().equals("sidor")) {
                continue;
            }
            for (var item : mapper.readTree(file.toFile())) {
                String url = item.get(1).asText();
                assertTrue(url.startsWith("/") && !url.startsWith("//"), file + ": " + url);
            }
            pages.append(Files.readString(file));
        }
        assertTrue(pages.toString().contains("alert("), "hostile titles reach the index's pages as text");
        // The site's scripts write text with textContent and element properties only, never as HTML.
        for (Path file : files(".js")) {
            String script = Files.readString(file);
            assertFalse(script.contains("innerHTML") || script.contains("outerHTML") || script.contains("insertAdjacentHTML")
                    || script.contains("document.write") || script.contains("eval("), file.toString());
        }
    }
}
