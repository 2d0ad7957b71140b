package se.kvarter.a11y;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.openqa.selenium.chrome.ChromeDriver;
import se.kvarter.a11y.SweepTimings.Phase;

/**
 * One pass of the browser over every page of both sites, shared by {@link WholeSiteTest}:
 * its axe-core, target size and reflow checks; each page is opened once and looked at in every
 * way those tests ask for, the browser's emulation changed in between (the page lays itself out
 * again; nothing is reloaded, and the page itself confirms each way before it is checked). What
 * one way needs from the page (its fingerprint, target sizes, overflow) is read in one script.
 * Two browsers share the pages (one per core; the sweep is the browser's work, the test's own
 * thread only waits).
 *
 * <p>The ways, in order: a desktop in the light scheme (axe-core's WCAG A and AA rules, target
 * size), the dark scheme (axe-core's colour rules: a colour scheme changes colours only), 320 CSS
 * pixels wide (target size, reflow, and axe-core's rules that depend on where things are drawn;
 * the structure rules again when the narrow page renders other elements than the wide one), and
 * 640 pixels with the text at 200 % (reflow).
 *
 * <p>axe-core runs where its verdict could be new: the structure rules on a page whose skeleton
 * no page had before, the colour and layout rules on a page whose presentation in that way shows
 * something no page showed before ({@link PageFingerprint} says what those are and why that
 * suffices). This is what makes the sweep cheap: colour contrast, the costliest rule, ran three
 * times on each of some 350 pages and now runs in a way only on a page that shows something new
 * in it (a deliberate low contrast on one page kind, in one scheme, still fails). The target
 * size and reflow checks, which are cheap, still run on every page in every way they name.
 */
final class PageSweep {

    /** Rules that must have run wherever their group ran, so that a change of tags cannot silently drop them. */
    static final List<String> REQUIRED_RULES = List.of("color-contrast", "target-size", "html-has-lang",
            "bypass", "document-title", "link-name");

    /** Of those, the rules that read the structure of the page (see {@link PageFingerprint}). */
    private static final List<String> STRUCTURE_RULES = REQUIRED_RULES.stream()
            .filter(rule -> !PageFingerprint.PRESENTATION_RULES.contains(rule)).toList();

    /** What the sweep has checked, by the way the pages were looked at. */
    private record Ways(PageFingerprint.Seen structure, PageFingerprint.Seen light, PageFingerprint.Seen dark,
            PageFingerprint.Seen narrow) {
    }

    /** What a colour scheme can change: contrast of text, and links told from text by colour alone. */
    private static final List<String> COLOUR_RULES = List.of("color-contrast", "link-in-text-block");

    /** The rendered elements of the page, as a list of their tags, to compare a narrow page's with the wide one's. */
    private static final String RENDERED = """
            return [...document.querySelectorAll('body *')]
              .filter(e => e.checkVisibility({visibilityProperty: true}))
              .map(e => e.tagName + (e.id ? '#' + e.id : '')).join(' ');
            """;

    /** The narrow width, and the width at which the text is doubled, in CSS pixels. */
    private static final int NARROW_WIDTH = 320;
    private static final int DOUBLE_TEXT_WIDTH = 640;

    /** Doubles the text, keeping the page's own style attribute of {@code <html>} to put back. */
    private static final String DOUBLE_TEXT = """
            if (!('kvarterStyle' in window)) { window.kvarterStyle = document.documentElement.getAttribute('style'); }
            document.documentElement.style.fontSize = '200%';
            """;

    /**
     * Undoes {@link #DOUBLE_TEXT} of a way before, for the ways that look at the page as it comes:
     * the attribute as it was (the skeleton reads attributes).
     */
    private static final String NORMAL_TEXT = """
            if ('kvarterStyle' in window) {
              if (window.kvarterStyle === null) { document.documentElement.removeAttribute('style'); }
              else { document.documentElement.setAttribute('style', window.kvarterStyle); }
              delete window.kvarterStyle;
            }
            """;

    /**
     * The emulation a browser is in, so that only what changes is sent: the viewport width and the
     * colour scheme are each one DevTools command, and both stay set across navigations (each look
     * still has the page confirm what it sees).
     */
    private static final class Emulation {
        private final ChromeDriver browser;
        private int width;
        private String scheme;

        Emulation(ChromeDriver browser) {
            this.browser = browser;
            Chromium.emulate(browser, Chromium.WIDTH, "light");
            this.width = Chromium.WIDTH;
            this.scheme = "light";
        }

        int width() {
            return width;
        }

        void to(int newWidth, String newScheme) {
            if (newWidth != width) {
                Chromium.viewportWidth(browser, newWidth);
                width = newWidth;
            }
            if (!newScheme.equals(scheme)) {
                Chromium.colourScheme(browser, newScheme);
                scheme = newScheme;
            }
        }
    }

    /** The browsers that share the pages: one per core, two at most. */
    private static final int BROWSERS = Math.min(2, Runtime.getRuntime().availableProcessors());

    /** The checks, each the problems it found on any page. */
    enum Check {
        AXE_DESKTOP_LIGHT, AXE_DESKTOP_DARK, AXE_NARROW, TARGETS_DESKTOP, TARGETS_NARROW, REFLOW_NARROW,
        REFLOW_DOUBLE_TEXT
    }

    /**
     * Target size (WCAG 2.2, 2.5.8 minimum): every link and control is at least 24 by 24 pixels,
     * or a circle of 24 pixels round its centre touches no other target, or it is a link inside a
     * sentence. axe-core's target-size rule checks the same (and must run); this is the criterion
     * written out, so that a change of axe-core cannot weaken it unnoticed.
     */
    private static final String SMALL_TARGETS = """
            const targets = [...document.querySelectorAll('a[href], button, input, select, textarea, summary')]
              .filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
              .filter(e => !e.classList.contains('skip-link') || e === document.activeElement);
            const block = e => { let b = e.parentElement; while (b && getComputedStyle(b).display.startsWith('inline')) { b = b.parentElement; } return b; };
            // a link in a sentence: inline, in a block that has text of its own besides the link
            const inSentence = e => getComputedStyle(e).display === 'inline'
              && block(e).textContent.replace(/\\s+/g, '').length > e.textContent.replace(/\\s+/g, '').length + 1;
            const rects = targets.map(e => e.getBoundingClientRect());
            const centre = r => [r.left + r.width / 2, r.top + r.height / 2];
            const distanceToRect = ([x, y], r) => Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
            const problems = [];
            targets.forEach((e, i) => {
              const r = rects[i];
              if ((r.width >= 24 && r.height >= 24) || inSentence(e)) { return; }
              const c = centre(r);
              const near = targets.findIndex((o, j) => j !== i && !o.contains(e) && !e.contains(o)
                && (distanceToRect(c, rects[j]) < 12
                  || ((rects[j].width < 24 || rects[j].height < 24) && Math.hypot(c[0] - centre(rects[j])[0], c[1] - centre(rects[j])[1]) < 24)));
              if (near >= 0) {
                problems.push(e.tagName.toLowerCase() + ' "' + e.textContent.trim().slice(0, 30) + '" ' + Math.round(r.width) + 'x'
                  + Math.round(r.height) + ' px, too close to "' + targets[near].textContent.trim().slice(0, 30) + '"');
              }
            });
            return problems.join('; ');
            """;

    /** Finds what sticks out on the right (or left, right to left), for the failure message. */
    private static final String OVERFLOW = """
            const width = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth <= width) { return null; }
            const wide = [...document.querySelectorAll('body *')]
              .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > width + 0.5 || r.left < -0.5); })
              .filter(e => ![...e.children].some(c => { const r = c.getBoundingClientRect(); return r.right > width + 0.5 || r.left < -0.5; }))
              .slice(0, 5)
              .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '') + ' "' + e.textContent.trim().slice(0, 40) + '"');
            return 'scrollWidth ' + document.documentElement.scrollWidth + ' > ' + width + ': ' + wide.join(', ');
            """;

    private final Map<Check, List<String>> problems;
    private final int pages;

    private PageSweep(Map<Check, List<String>> problems, int pages) {
        this.problems = problems;
        this.pages = pages;
    }

    /** The sweep of the sites that {@code sites} serves, made on first request and kept for the run. */
    static PageSweep of(ServedSites sites) {
        return sites.shared(PageSweep.class, () -> run(sites));
    }

    /** What {@code check} found, one line a problem; empty when nothing. */
    String problems(Check check) {
        return String.join("\n", problems.get(check));
    }

    int pages() {
        return pages;
    }

    private static PageSweep run(ServedSites sites) {
        List<String[]> urls = new ArrayList<>();
        sites.servers().forEach((site, server) -> {
            for (String page : site.pages()) {
                urls.add(new String[] {site + " " + page,
                        server.url(page) + (site.isRedirect(page) ? "?" + SiteServer.STAY : "")});
            }
        });
        // each page's problems in its own slot, so that the report is in page order whichever browser looked
        List<Map<Check, List<String>>> found = new ArrayList<>();
        urls.forEach(url -> found.add(new EnumMap<>(Check.class)));
        AtomicInteger next = new AtomicInteger();
        SweepTimings timings = new SweepTimings(Boolean.getBoolean("sweep.timings"));
        Ways seen = new Ways(new PageFingerprint.Seen(), new PageFingerprint.Seen(), new PageFingerprint.Seen(),
                new PageFingerprint.Seen());
        ExecutorService pool = Executors.newFixedThreadPool(BROWSERS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int b = 0; b < BROWSERS; b++) {
                boolean own = b > 0;
                workers.add(pool.submit(() -> {
                    ChromeDriver browser = own ? Chromium.start() : sites.browser();
                    try {
                        timings.enable(browser);
                        Emulation emulation = new Emulation(browser);
                        for (int i = next.getAndIncrement(); i < urls.size(); i = next.getAndIncrement()) {
                            look(browser, emulation, seen, timings, urls.get(i)[0], urls.get(i)[1], found.get(i));
                        }
                    } finally {
                        if (own) {
                            Chromium.quit(browser);
                        } else {
                            Chromium.emulate(browser, Chromium.WIDTH, "light");
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Map<Check, List<String>> problems = new EnumMap<>(Check.class);
        for (Check check : Check.values()) {
            problems.put(check, found.stream().flatMap(page -> page.getOrDefault(check, List.of()).stream()).toList());
        }
        problems.forEach((check, list) -> System.out.printf("%s: %d pages, %d problems (axe-core %s, %d browsers)%n",
                check, urls.size(), list.size(), Axe.version(), BROWSERS));
        if (timings.on()) {
            System.out.println(timings.report());
        }
        System.out.printf("Distinct: %d skeletons; presentations described %d ways light, %d dark, %d narrow%n",
                seen.structure().skeletons(), seen.light().descriptions(), seen.dark().descriptions(),
                seen.narrow().descriptions());
        return new PageSweep(problems, urls.size());
    }

    /**
     * Looks at one page in the four ways. The page is loaded in the emulation the previous page was
     * left in, and the ways are taken in an order that changes the emulation as little as possible
     * (each change is a round trip to the browser and lays the page out again): from the dark
     * scheme, dark, light, narrow, 640 pixels; from 640 pixels, 640, light, narrow, dark. The desktop
     * always comes before the narrow page, whose structure is compared with it.
     */
    private static void look(ChromeDriver browser, Emulation emulation, Ways seen, SweepTimings timings, String where,
            String url, Map<Check, List<String>> found) {
        timings.time(browser, Phase.LOAD, () -> browser.get(url));
        boolean fromDoubleText = emulation.width() == DOUBLE_TEXT_WIDTH;
        if (fromDoubleText) {
            lookWithDoubleText(browser, emulation, timings, where, found);
        } else {
            lookDark(browser, emulation, seen, timings, where, found);
        }
        Map<String, Object> desktop = lookLight(browser, emulation, seen, timings, where, found);
        lookNarrow(browser, emulation, seen, timings, where, desktop.get("rendered"), found);
        if (fromDoubleText) {
            lookDark(browser, emulation, seen, timings, where, found);
        } else {
            lookWithDoubleText(browser, emulation, timings, where, found);
        }
    }

    /** A desktop in the light scheme: all of axe-core's rules where new, target size; the page's rendered elements. */
    private static Map<String, Object> lookLight(ChromeDriver browser, Emulation emulation, Ways seen,
            SweepTimings timings, String where, Map<Check, List<String>> found) {
        timings.time(browser, Phase.EMULATE, () -> emulation.to(Chromium.WIDTH, "light"));
        Map<String, Object> desktop = timings.time(browser, Phase.LOOK, () -> inPage(browser, where, NORMAL_TEXT,
                "innerWidth === " + Chromium.WIDTH + " && matchMedia('(prefers-color-scheme: light)').matches",
                Map.of("skeleton", PageFingerprint.SKELETON, "values", PageFingerprint.VALUES_CHECKED_APART,
                        "presentation", PageFingerprint.PRESENTATION, "targets", SMALL_TARGETS, "rendered", RENDERED)));
        boolean newStructure = seen.structure().claimSkeleton(PageFingerprint.digest("desktop", desktop.get("skeleton")))
                | seen.structure().claimValues(desktop.get("values"));
        axeWhereNew(browser, seen.light(), timings, newStructure, desktop.get("presentation"),
                PageFingerprint.PRESENTATION_RULES, found, Check.AXE_DESKTOP_LIGHT, where);
        problem(found, Check.TARGETS_DESKTOP, where, desktop.get("targets"));
        return desktop;
    }

    /** A desktop in the dark scheme: axe-core's colour rules where the presentation is new. */
    private static void lookDark(ChromeDriver browser, Emulation emulation, Ways seen, SweepTimings timings,
            String where, Map<Check, List<String>> found) {
        timings.time(browser, Phase.EMULATE, () -> emulation.to(Chromium.WIDTH, "dark"));
        Map<String, Object> dark = timings.time(browser, Phase.LOOK, () -> inPage(browser, where, NORMAL_TEXT,
                "innerWidth === " + Chromium.WIDTH + " && matchMedia('(prefers-color-scheme: dark)').matches",
                Map.of("presentation", PageFingerprint.PRESENTATION)));
        axeWhereNew(browser, seen.dark(), timings, false, dark.get("presentation"), COLOUR_RULES, found,
                Check.AXE_DESKTOP_DARK, where);
    }

    /**
     * 320 CSS pixels wide: target size, reflow, axe-core's layout rules where new, and the structure
     * rules when the narrow page renders other elements than the desktop ({@code desktopRendered}).
     */
    private static void lookNarrow(ChromeDriver browser, Emulation emulation, Ways seen, SweepTimings timings,
            String where, Object desktopRendered, Map<Check, List<String>> found) {
        timings.time(browser, Phase.EMULATE, () -> emulation.to(NARROW_WIDTH, "light"));
        Map<String, Object> narrow = timings.time(browser, Phase.LOOK, () -> inPage(browser, where, NORMAL_TEXT,
                "innerWidth === " + NARROW_WIDTH + " && matchMedia('(prefers-color-scheme: light)').matches",
                Map.of("presentation", PageFingerprint.PRESENTATION, "targets", SMALL_TARGETS, "overflow", OVERFLOW,
                        "rendered", RENDERED)));
        // the same elements rendered as on the desktop: the structure's verdict is the desktop's
        Object rendered = narrow.get("rendered");
        boolean newNarrowStructure = !rendered.equals(desktopRendered)
                && seen.structure().claimSkeleton(PageFingerprint.digest("narrow " + rendered,
                        browser.executeScript(PageFingerprint.SKELETON)));
        axeWhereNew(browser, seen.narrow(), timings, newNarrowStructure, narrow.get("presentation"),
                PageFingerprint.PRESENTATION_RULES, found, Check.AXE_NARROW, where);
        problem(found, Check.TARGETS_NARROW, where, narrow.get("targets"));
        problem(found, Check.REFLOW_NARROW, where, narrow.get("overflow"));
    }

    /** 640 pixels wide with the text at 200 %: reflow. */
    private static void lookWithDoubleText(ChromeDriver browser, Emulation emulation, SweepTimings timings,
            String where, Map<Check, List<String>> found) {
        timings.time(browser, Phase.EMULATE, () -> emulation.to(DOUBLE_TEXT_WIDTH, "light"));
        Map<String, Object> doubleText = timings.time(browser, Phase.LOOK, () -> inPage(browser, where,
                DOUBLE_TEXT, "innerWidth === " + DOUBLE_TEXT_WIDTH,
                Map.of("overflow", OVERFLOW)));
        problem(found, Check.REFLOW_DOUBLE_TEXT, where, doubleText.get("overflow"));
    }

    /**
     * Runs {@code scripts} (function bodies) in the page in one call, after {@code prepare}, once the page
     * itself confirms that it sees the emulation asked for ({@code condition}), so that no check looks the
     * wrong way; each one's answer by its name.
     */
    private static Map<String, Object> inPage(ChromeDriver browser, String where, String prepare, String condition,
            Map<String, String> scripts) {
        StringBuilder script = new StringBuilder(prepare).append("\nif (!(").append(condition).append(")) { return null; }\nreturn {");
        scripts.forEach((name, body) -> script.append(name).append(": (() => {\n").append(body).append("\n})(),\n"));
        script.append("};");
        // straight to the page through DevTools: a WebDriver script command costs chromedriver and the
        // browser several messages of their own (dialogs, frames, pending navigations) around the same evaluation
        Map<String, Object> evaluated = browser.executeCdpCommand("Runtime.evaluate",
                Map.of("expression", "(() => {\n" + script + "\n})()", "returnByValue", true));
        if (evaluated.get("exceptionDetails") != null) {
            throw new IllegalStateException(where + ": " + evaluated.get("exceptionDetails"));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> answers = (Map<String, Object>) ((Map<String, Object>) evaluated.get("result")).get("value");
        if (answers == null) {
            throw new IllegalStateException(where + ": the page does not see " + condition);
        }
        return answers;
    }

    /**
     * Runs axe-core's structure rules when {@code newStructure}, and {@code presentationRules}
     * when the page's {@code presentation} brings something that {@code way} has not seen: all rules in
     * one run when both, none when neither (see {@link PageFingerprint} for why that is enough).
     */
    private static void axeWhereNew(ChromeDriver browser, PageFingerprint.Seen way, SweepTimings timings,
            boolean newStructure, Object presentation, List<String> presentationRules, Map<Check, List<String>> found,
            Check check, String where) {
        @SuppressWarnings("unchecked")
        List<String> described = (List<String>) presentation;
        boolean newPresentation = !way.knows(described);
        List<String> required = new ArrayList<>();
        Axe.Result result = null;
        if (newStructure && newPresentation && presentationRules.equals(PageFingerprint.PRESENTATION_RULES)) {
            result = timings.time(browser, Phase.AXE_ALL_RULES, () -> Axe.run(browser));
            required.addAll(REQUIRED_RULES);
        } else if (newStructure) {
            result = timings.time(browser, Phase.AXE_ALL_RULES,
                    () -> Axe.runAllBut(browser, PageFingerprint.PRESENTATION_RULES));
            required.addAll(STRUCTURE_RULES);
        }
        if (newPresentation && !required.contains("color-contrast")) {
            Axe.Result colours = timings.time(browser, Phase.AXE_SOME_RULES, () -> Axe.runRules(browser, presentationRules));
            axe(found, check, where, colours, presentationRules.stream().filter(REQUIRED_RULES::contains).toList());
        }
        if (result != null) {
            axe(found, check, where, result, required);
        }
        if (newPresentation) {
            way.checked(described);
        }
    }

    private static void axe(Map<Check, List<String>> found, Check check, String where, Axe.Result result, List<String> required) {
        List<String> notRun = required.stream().filter(r -> !result.rulesRun().contains(r)).toList();
        if (!notRun.isEmpty()) {
            add(found, check, where + ": these rules did not run: " + notRun);
        }
        for (Axe.Violation violation : result.violations()) {
            add(found, check, where + ": " + violation);
        }
    }

    private static void problem(Map<Check, List<String>> found, Check check, String where, Object problem) {
        if (problem != null && !"".equals(problem)) {
            add(found, check, where + ": " + problem);
        }
    }

    private static void add(Map<Check, List<String>> found, Check check, String problem) {
        found.computeIfAbsent(check, c -> new ArrayList<>()).add(problem);
    }
}
