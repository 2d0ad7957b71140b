package se.kvarter.validate;

import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import se.kvarter.markdown.ScriptUrls;
import se.kvarter.source.Position;
import se.kvarter.source.Problems;

/**
 * Finds what in an SVG image can run script when the image is opened on its own (as an
 * {@code <img>} it never runs): script elements in any namespace (an HTML one inside
 * {@code foreignObject} too), event attributes such as {@code onload}, {@code javascript:} URLs
 * (in links and in animations that set them), XSLT through {@code <?xml-stylesheet?>}, and
 * entities declared in the document, which a browser expands, so they could hide any of the
 * rest (this reader, with DTDs off, does not read such an image at all; a reader that reports
 * the DTD instead has it refused for its {@code <!ENTITY>}).
 *
 * <p>The JDK's StAX reader, strict like a browser's XML parser, with DTDs and external entities
 * off: an image that does not read as XML cannot be shown to be free of script and is refused.
 */
final class SvgScripts {

    /** Elements that run code: script; handler and listener of SVG Tiny 1.2. */
    private static final Set<String> SCRIPT_ELEMENTS = Set.of("script", "handler", "listener");

    private SvgScripts() {
    }

    /** Adds a problem for every part of the image that can run script, at its line and column. */
    static void find(InputStream svg, String file, Problems problems) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(svg);
            while (reader.hasNext()) {
                int event = reader.next();
                Position at = position(file, reader.getLocation());
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> element(reader, at, problems);
                    case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                        if ("xml-stylesheet".equalsIgnoreCase(reader.getPITarget())) {
                            problems.add(at, "file.svg-script", "<?xml-stylesheet?>");
                        }
                    }
                    case XMLStreamConstants.DTD -> {
                        if (reader.getText().contains("<!ENTITY")) {
                            problems.add(at, "file.svg-script", "<!ENTITY>");
                        }
                    }
                    default -> {
                    }
                }
            }
        } catch (XMLStreamException e) {
            Position at = e.getLocation() == null ? Position.ofFile(file) : position(file, e.getLocation());
            problems.add(at, "file.svg-unreadable");
        } finally {
            close(reader);
        }
    }

    private static void element(XMLStreamReader reader, Position at, Problems problems) {
        String name = reader.getLocalName().toLowerCase(Locale.ROOT);
        if (SCRIPT_ELEMENTS.contains(name)) {
            problems.add(at, "file.svg-script", "<" + reader.getLocalName() + ">");
        }
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String attribute = reader.getAttributeLocalName(i);
            if (attribute.toLowerCase(Locale.ROOT).startsWith("on")) {
                problems.add(at, "file.svg-script", attribute + "=");
            } else if (ScriptUrls.isScript(reader.getAttributeValue(i))) {
                problems.add(at, "file.svg-script", attribute + "=\"javascript:\"");
            }
        }
    }

    private static Position position(String file, Location location) {
        return new Position(file, Math.max(1, location.getLineNumber()), Math.max(1, location.getColumnNumber()));
    }

    private static void close(XMLStreamReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (XMLStreamException e) {
                // nothing more to read
            }
        }
    }
}
