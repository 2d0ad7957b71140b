package se.kvarter.render;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kvarter.TestSites;

/**
 * The QR codes of the printable posters scan: each poster of the example site, in both languages,
 * is built, its SVG drawn as pixels (8 per module, as a printer would) and read back by ZXing's
 * decoder, which must find the place page's own address (its canonical URL) and the contact form's.
 */
class PosterQrCodeTest {

    /**
     * One command of the path as {@link QrCode} writes it: the pen put at a row's first run
     * ({@code M x y.5}, the middle of the row), a run of dark modules drawn ({@code h w}), the pen
     * moved over light modules ({@code m gap 0}).
     */
    private static final Pattern COMMAND = Pattern.compile("M(\\d+) (\\d+)\\.5|h(\\d+)|m(\\d+) 0");
    private static final int PIXELS_PER_MODULE = 8;
    private static final String FORM = "https://example.se/framtidshubben/enkat";

    @TempDir
    static Path work;

    private static Path site;

    @BeforeAll
    static void build() {
        site = work.resolve("site");
        TestSites.buildExample(site, "2026-11-24");
    }

    @Test
    void everyPosterLeadsToItsPlacePageInItsLanguage() throws IOException {
        List<Path> posters;
        try (Stream<Path> files = Files.walk(site)) {
            posters = files.filter(p -> p.endsWith(Path.of("affisch", "index.html"))).sorted().toList();
        }
        List<Path> placePages;
        try (Stream<Path> files = Files.walk(site)) {
            placePages = files.filter(p -> p.getParent().getParent().getFileName().toString().equals("platser")
                    && p.getFileName().toString().equals("index.html")
                    && !List.of("tillganglig-entre", "oppet-idag").contains(p.getParent().getFileName().toString())).toList();
        }
        assertEquals(placePages.size(), posters.size(), "a poster for every place page");
        for (Path poster : posters) {
            Document placePage = read(poster.getParent().getParent().resolve("index.html"));
            String placeUrl = placePage.selectFirst("link[rel=canonical]").attr("href");
            Element code = read(poster).selectFirst("main figure.poster-code");
            assertNotNull(code, poster.toString());
            assertEquals(placeUrl, decode(code.selectFirst("svg")), poster.toString());
            assertTrue(code.selectFirst("figcaption").text().endsWith(placeUrl), "the URL in words too: " + poster);
        }
    }

    @Test
    void theContactFormHasACodeOfItsOwnWhereThePlaceHasAForm() {
        Document withForm = read(site.resolve("platser/framtidshubben-bergsjon/affisch/index.html"));
        List<Element> codes = withForm.select("main figure.poster-code");
        assertEquals(2, codes.size());
        assertEquals(FORM, decode(codes.get(1).selectFirst("svg")));
        assertTrue(codes.get(1).selectFirst("figcaption").text().endsWith(FORM));
        Document english = read(site.resolve("en/platser/framtidshubben-bergsjon/affisch/index.html"));
        assertEquals(FORM, decode(english.select("main figure.poster-code").get(1).selectFirst("svg")));

        Document withoutForm = read(site.resolve("platser/kallaren/affisch/index.html"));
        assertEquals(1, withoutForm.select("main figure.poster-code").size(), "Källaren has no form");
    }

    @Test
    void theCodeIsAnImageWithANameAndSharpEdges() {
        Element svg = read(site.resolve("platser/kallaren/affisch/index.html")).selectFirst("main svg");
        assertAll(
                () -> assertEquals("img", svg.attr("role")),
                () -> assertTrue(svg.attr("aria-label").contains("Källaren"), svg.attr("aria-label")),
                () -> assertEquals("crispEdges", svg.attr("shape-rendering")),
                () -> assertEquals(1, svg.select("path").size(), "one path of the dark modules"));
    }

    @Test
    void thePlacePageLinksToItsPoster() {
        Document page = read(site.resolve("platser/kallaren/index.html"));
        assertEquals("Skriv ut affisch", page.selectFirst("a[href=/platser/kallaren/affisch/]").text());
        Document english = read(site.resolve("en/platser/kallaren/index.html"));
        assertEquals("Print a poster", english.selectFirst("a[href=/en/platser/kallaren/affisch/]").text());
    }

    @Test
    void textBeyondAsciiIsEncodedAsUtf8() {
        String url = "https://exempel.se/mötesplatser/källaren?språk=العربية";
        assertEquals(url, decode(Jsoup.parse(QrCode.of(url).orElseThrow().svg("kod")).selectFirst("svg")));
    }

    @Test
    void theSameTextGivesTheSameCodeAndTooLongTextNone() {
        assertEquals(QrCode.of("https://example.se/a/"), QrCode.of("https://example.se/a/"));
        assertFalse(QrCode.of("https://example.se/" + "x".repeat(3000)).isPresent());
    }

    @Test
    void theLabelCannotLeaveItsAttribute() {
        String svg = QrCode.of("https://example.se/").orElseThrow().svg("\"><script>alert(1)</script>&");
        Element parsed = Jsoup.parse(svg).selectFirst("svg");
        assertEquals("\"><script>alert(1)</script>&", parsed.attr("aria-label"));
        assertTrue(Jsoup.parse(svg).select("script").isEmpty());
    }

    /** Draws the SVG's modules as an image and reads the QR code in it. */
    private static String decode(Element svg) {
        String[] box = svg.attr("viewBox").split(" ");
        int size = Integer.parseInt(box[2]);
        assertEquals(size, Integer.parseInt(box[3]), "a square code");
        BufferedImage image = new BufferedImage(size * PIXELS_PER_MODULE, size * PIXELS_PER_MODULE,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        String path = svg.selectFirst("path").attr("d");
        assertEquals("none", svg.selectFirst("path").attr("fill"), "the runs are drawn by the stroke alone");
        Matcher command = COMMAND.matcher(path);
        int end = 0;
        int x = -1;
        int y = -1;
        while (command.find()) {
            assertEquals(end, command.start(), "nothing but runs of modules in the path");
            if (command.group(1) != null) {
                x = Integer.parseInt(command.group(1));
                y = Integer.parseInt(command.group(2));
            } else if (command.group(3) != null) {
                assertTrue(y >= 0, "a run after the pen is put on a row");
                int run = Integer.parseInt(command.group(3));
                g.fillRect(x * PIXELS_PER_MODULE, y * PIXELS_PER_MODULE, run * PIXELS_PER_MODULE, PIXELS_PER_MODULE);
                x += run;
            } else {
                x += Integer.parseInt(command.group(4));
            }
            end = command.end();
        }
        assertEquals(path.length(), end, "nothing but runs of modules in the path");
        g.dispose();
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        try {
            return new QRCodeReader().decode(bitmap).getText();
        } catch (NotFoundException | ChecksumException | FormatException e) {
            throw new AssertionError("the code does not scan", e);
        }
    }

    private static Document read(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
