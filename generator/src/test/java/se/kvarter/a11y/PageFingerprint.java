package se.kvarter.a11y;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What decides axe-core's verdict on a page, read from the page in the browser, so that
 * {@link PageSweep} runs a rule again only on a page where its verdict could differ from that on
 * a page already checked the same way.
 *
 * <p><b>Structure.</b> Every rule of axe-core's WCAG A and AA set except those of
 * {@link #PRESENTATION_RULES} reads the document's elements, their attributes, which of them are
 * rendered (CSS display and visibility, which the elements and their classes decide under one
 * stylesheet) and whether a text or a name is empty, never what a text says nor where it is
 * drawn. Its verdict on a page is therefore a function of the page's skeleton: the elements in
 * order with their attributes, each non-blank text node as one mark, a run of equal siblings
 * without ids (the rows of a list or table) as one, and the attributes that
 * carry data rather than structure (a link's or a form's address, a date, an alternative text, a name, a
 * language tag, the writing direction) as "empty" or "something". Ids, and the attributes that
 * refer to ids (a label's {@code for}, {@code aria-labelledby}, a link to a fragment of the page),
 * are numbered in the order they first appear: which element refers to which, and whether two ids
 * are equal, is kept (the skip link's target, a duplicate id), the words are not. Language tags
 * and {@code aria-current} are checked apart ({@link #VALUES_CHECKED_APART}): a page that brings a
 * value no checked page had gets the structure rules again. Two pages with the same skeleton get the same verdict: the
 * second is not checked again. A button whose label goes missing, a heading level skipped or a
 * landmark added changes the skeleton.
 *
 * <p><b>Presentation.</b> Colour contrast and links told apart from text read, for each element
 * that shows text (or is a control), whether it is disabled, its colour, font size and weight,
 * text shadow, opacity, and the backgrounds beneath it: those of its ancestors up to the first
 * opaque one and those of any positioned element whose box meets its own. The page's presentation is the set of those
 * descriptions, one per text element, together with every region that scrolls (for
 * scrollable-region-focusable: whether it can take focus or holds something that can). A page
 * whose every description was already seen in the same colour scheme and width, on a page the
 * rules ran on, would only repeat verdicts given; the rules run on a page that brings something
 * new. What the fingerprint does not see: backgrounds drawn beneath text by an element that is
 * neither an ancestor nor positioned (negative margins, overlapping grid areas); the site's
 * stylesheet draws none, and axe-core itself calls most such overlaps "incomplete", not violations.
 * axe-core's target-size is left to the sweep's own target-size check, which runs on every page
 * at both widths and states the same criterion.
 */
final class PageFingerprint {

    /** The rules whose verdict depends on colours and layout: the presentation of the page. */
    static final List<String> PRESENTATION_RULES = List.of("color-contrast", "link-in-text-block", "target-size",
            "scrollable-region-focusable");

    /** The page's skeleton, as described in the class comment. */
    static final String SKELETON = """
            const dataAttributes = /^(href|src|srcset|action|datetime|alt|title|aria-label|placeholder|value|content|data-.*|lang|xml:lang|hreflang|dir)$/;
            const apart = /^(lang|xml:lang|aria-current)$/;
            const referring = /^(id|for|headers|list|form|aria-(labelledby|describedby|controls|owns|activedescendant|details|errormessage|flowto))$/;
            const keep = (e, a) => (a.name === 'content' && e.tagName === 'META' && (e.name === 'viewport' || e.httpEquiv));
            // ids and the references to them by their order of first appearance: which refer to which is kept, not the words
            const numbers = new Map();
            const number = id => { if (!numbers.has(id)) { numbers.set(id, numbers.size); } return '#' + numbers.get(id); };
            const walk = n => {
              if (n.nodeType === Node.TEXT_NODE) {
                return n.parentElement && n.parentElement.tagName === 'STYLE' ? n.data : /\\S/.test(n.data) ? 'T' : '';
              }
              if (n.nodeType !== Node.ELEMENT_NODE) { return ''; }
              let out = '<' + n.tagName;
              for (const a of n.attributes) {
                // an empty style attribute is left by a script that set and removed a style (axe-core does, measuring colours)
                if (a.name === 'style' && !a.value.trim()) { continue; }
                // checked apart (see VALUES_CHECKED_APART), wherever they stand
                if (n.tagName !== 'HTML' && apart.test(a.name)) { continue; }
                const value = a.name === 'href' && a.value.startsWith('#') ? '#' + number(a.value.substring(1))
                  : referring.test(a.name) ? a.value.split(/\\s+/).filter(t => t).map(number).join(' ')
                  : dataAttributes.test(a.name) && !keep(n, a) ? (a.value.trim() ? 'V' : '') : a.value;
                out += ' ' + a.name + '="' + value + '"';
              }
              out += '>';
              let previous = null;
              for (const child of n.childNodes) {
                const inner = walk(child);
                // a run of equal siblings (list items, table rows) counts as one, unless they carry ids
                if (inner !== previous || inner.includes(' id="') || inner.startsWith('<IFRAME')) { out += inner; }
                if (inner !== '') { previous = inner; }
              }
              return out + '</' + n.tagName + '>';
            };
            return walk(document.documentElement);
            """;

    /**
     * The distinct values of the attributes whose verdict axe-core gives on the value alone, wherever
     * the attribute stands: a language tag ({@code lang}, {@code xml:lang}: html-lang-valid,
     * valid-lang) and {@code aria-current} (aria-valid-attr-value). The skeleton leaves them out
     * except on {@code <html>} (html-has-lang reads whether it has one), so that a page and its
     * translation, which marks the parts left in another language and the current language in the
     * language menu, can share a skeleton.
     */
    static final String VALUES_CHECKED_APART = """
            const values = new Set();
            for (const e of document.querySelectorAll('*')) {
              for (const name of ['lang', 'xml:lang', 'aria-current']) { if (e.hasAttribute(name)) { values.add(name + '=' + e.getAttribute(name)); } }
            }
            return [...values].sort();
            """;

    /** The page's presentation, as described in the class comment: a list of distinct descriptions. */
    static final String PRESENTATION = """
            const rendered = e => e.checkVisibility({visibilityProperty: true, opacityProperty: true});
            const all = [...document.querySelectorAll('body *')].filter(rendered);
            // each positioned element's box and stacking order read once, not once per text beside it
            const positioned = all.filter(e => getComputedStyle(e).position !== 'static')
              .map(p => ({element: p, box: p.getBoundingClientRect(), z: getComputedStyle(p).zIndex}));
            const backgrounds = new Map();
            const background = e => { if (!backgrounds.has(e)) { const s = getComputedStyle(e);
              backgrounds.set(e, [e.tagName + '(' + s.backgroundColor + ' ' + s.backgroundImage + ' ' + s.opacity + ' '
                + s.mixBlendMode + ' ' + s.filter + ')', s.backgroundImage !== 'none' || /^rgb\\(/.test(s.backgroundColor)]); }
              return backgrounds.get(e); };
            const overlaps = (a, b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
            const described = new Set();
            for (const e of all) {
              const control = e.matches('input, select, textarea, button');
              if (!control && ![...e.childNodes].some(n => n.nodeType === Node.TEXT_NODE && /\\S/.test(n.data))) { continue; }
              const s = getComputedStyle(e);
              const parent = e.parentElement ? getComputedStyle(e.parentElement) : s;
              // axe-core leaves disabled controls out of colour contrast
              const parts = [e.tagName, e.matches(':disabled, [aria-disabled="true"] *, [aria-disabled="true"]'), s.display, s.color, s.fontSize, s.fontWeight, s.textShadow, s.textDecorationLine,
                s.webkitTextStrokeWidth, 'in ' + (e.parentElement ? e.parentElement.tagName : '') + ' ' + parent.display + ' ' + parent.color + ' '
                + parent.textDecorationLine + ' ' + (e.parentElement !== null && [...e.parentElement.childNodes]
                  .some(n => n.nodeType === Node.TEXT_NODE && /\\S/.test(n.data)))];
              for (let a = e; a; a = a.parentElement) {
                const [described, opaque] = background(a);
                parts.push(described);
                if (opaque) { break; }
              }
              const box = e.getBoundingClientRect();
              for (const p of positioned) {
                if (p.element !== e && !p.element.contains(e) && !e.contains(p.element) && overlaps(box, p.box)) {
                  parts.push('under ' + background(p.element)[0] + ' ' + p.z);
                }
              }
              described.add(parts.join(' '));
            }
            for (const e of all) {
              const s = getComputedStyle(e);
              const scrolls = (/(auto|scroll)/.test(s.overflowX) && e.scrollWidth > e.clientWidth)
                || (/(auto|scroll)/.test(s.overflowY) && e.scrollHeight > e.clientHeight);
              if (scrolls) {
                described.add('scrolls ' + e.tagName + ' ' + e.tabIndex + ' '
                  + (e.querySelector('a[href], button, input, select, textarea, [tabindex]') !== null));
              }
            }
            return [...described];
            """;

    /** What has been checked so far, shared by the browsers of one sweep. */
    static final class Seen {
        private final Set<String> skeletons = ConcurrentHashMap.newKeySet();
        private final Set<String> descriptions = ConcurrentHashMap.newKeySet();
        private final Set<String> values = ConcurrentHashMap.newKeySet();

        /** Whether a page with this skeleton still needs the structure rules; the first to ask claims it. */
        boolean claimSkeleton(String skeleton) {
            return skeletons.add(skeleton);
        }

        /**
         * Whether a page with these attribute values (as {@link #VALUES_CHECKED_APART} gives them) still
         * needs the structure rules because one of them is new; the first to ask claims them.
         */
        boolean claimValues(Object tags) {
            @SuppressWarnings("unchecked")
            List<String> list = (List<String>) tags;
            boolean any = false;
            for (String tag : list) {
                any |= values.add(tag);
            }
            return any;
        }

        /** Whether every description is known (from a page already checked the same way). */
        boolean knows(List<String> presentation) {
            return descriptions.containsAll(presentation);
        }

        /** Notes the descriptions of a page the presentation rules have run on. */
        void checked(List<String> presentation) {
            descriptions.addAll(presentation);
        }

        int skeletons() {
            return skeletons.size();
        }

        int descriptions() {
            return descriptions.size();
        }
    }

    private PageFingerprint() {
    }

    /** A digest of a page's skeleton (as {@link #SKELETON} gives it), told apart by {@code way}. */
    static String digest(String way, Object skeleton) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((way + "\n" + skeleton).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
