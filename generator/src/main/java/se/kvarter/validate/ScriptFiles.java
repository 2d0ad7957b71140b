package se.kvarter.validate;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import se.kvarter.content.SourceFile;
import se.kvarter.source.IoFailure;
import se.kvarter.source.Position;
import se.kvarter.source.Problems;

/**
 * Keeps script out of {@code files/}: a file there is published at the site's own address, so a
 * web page, an XML document, a JavaScript file or an SVG image with script would run with the
 * site's rights (read what a resident typed, act on the site) once someone opens it. Such files
 * are refused unless {@code site.yaml} says {@code allowScriptFiles: true}.
 *
 * <p>Three rules. By type: the extensions a browser or a web server runs as code. By content: a
 * file of another type that begins like a web page, which a browser shows as one when the server
 * names no type (the WHATWG sniffing rules). SVG images, which residents' sites need for logos
 * and maps, are read and refused only when they hold script ({@link SvgScripts}).
 */
final class ScriptFiles {

    /**
     * Types that run in the browser at the site's address (pages, XML with its stylesheets,
     * scripts, plug-ins) or on the server when a host runs them (PHP, CGI, server-side includes).
     * {@code .svgz} is compressed and cannot be read for script here.
     */
    private static final Set<String> ACTIVE = Set.of(
            "html", "htm", "xhtml", "xht", "shtml", "shtm", "stm", "mht", "mhtml", "hta",
            "xml", "xsl", "xslt", "rss", "atom", "rdf", "svgz",
            "js", "mjs", "cjs", "wasm", "swf",
            "php", "php3", "php4", "php5", "php7", "php8", "phps", "pht", "phtml", "phar",
            "cgi", "pl", "py", "rb", "asp", "aspx", "ashx", "asmx", "jsp", "jspx", "cfm");
    /** Configuration a web server reads from the folder it serves (IIS). Dot files such as .htaccess are never copied. */
    private static final Set<String> SERVER_FILES = Set.of("web.config");
    /**
     * What a browser sniffing a file of no declared type reads as a web page or an XML document:
     * these, after white space, followed by a space or {@code >} (WHATWG MIME Sniffing, "identifying
     * a resource with an unknown MIME type").
     */
    private static final List<String> PAGE_STARTS = List.of("<!doctype html", "<html", "<head", "<script", "<iframe",
            "<h1", "<div", "<font", "<table", "<a", "<style", "<title", "<b", "<body", "<br", "<p", "<!--");
    private static final int SNIFFED_BYTES = 512;

    private final Problems problems;

    ScriptFiles(Problems problems) {
        this.problems = problems;
    }

    /** Reports every file of {@code files/} that could run script, unless the site allows them. */
    void check(List<SourceFile> files, boolean allowed) {
        if (allowed) {
            return;
        }
        for (SourceFile file : files) {
            check(file);
        }
    }

    private void check(SourceFile file) {
        String name = file.absolute().getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        if (ACTIVE.contains(extension) || SERVER_FILES.contains(name)) {
            problems.add(Position.ofFile(file.path()), "file.may-run-script",
                    SERVER_FILES.contains(name) ? name : "." + extension);
            return;
        }
        try {
            if (extension.equals("svg")) {
                try (InputStream in = Files.newInputStream(file.absolute())) {
                    SvgScripts.find(in, file.path(), problems);
                }
                return;
            }
            pageStart(file).ifPresent(start -> problems.add(Position.ofFile(file.path()), "file.looks-like-page", start));
        } catch (IOException e) {
            problems.add(Position.ofFile(file.path()), "file.unreadable", IoFailure.reason(e));
        }
    }

    /** How the file begins, when that would make a browser show it as a page. */
    static Optional<String> pageStart(SourceFile file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file.absolute())) {
            head = in.readNBytes(SNIFFED_BYTES);
        }
        return pageStart(head);
    }

    static Optional<String> pageStart(byte[] head) {
        int at = 0;
        while (at < head.length && (head[at] == '\t' || head[at] == '\n' || head[at] == '\f' || head[at] == '\r'
                || head[at] == ' ')) {
            at++;
        }
        String text = new String(head, at, head.length - at, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (text.startsWith("<?xml")) {
            return Optional.of("<?xml");
        }
        for (String start : PAGE_STARTS) {
            if (text.startsWith(start) && text.length() > start.length()
                    && (text.charAt(start.length()) == ' ' || text.charAt(start.length()) == '>')) {
                return Optional.of(start);
            }
        }
        return Optional.empty();
    }
}
