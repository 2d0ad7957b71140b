package se.kvarter.validate;

import java.util.Map;
import se.kvarter.hours.HolidayCalendar;
import se.kvarter.markdown.MarkdownRenderer;
import se.kvarter.model.ReferenceTime;
import se.kvarter.model.SiteSettings;
import se.kvarter.source.ImageSize;
import se.kvarter.source.Problems;

/**
 * What every entry validator of one build shares: where errors go, the site settings, the
 * index of ids, the attachment files with their sizes (and images with theirs), the Markdown
 * renderer, "now" and the holidays of the site's calendar (made once: a year's holidays are
 * worked out on first use).
 */
record Context(Problems problems, SiteSettings settings, Values values, ContentIndex index, Map<String, Long> files,
               Map<String, ImageSize> images, MarkdownRenderer markdown, ReferenceTime now, boolean drafts,
               HolidayCalendar holidays) {

    /** The same context with errors going to {@code other}: one entry's errors, kept with it. */
    Context withProblems(Problems other) {
        return new Context(other, settings, new Values(other, settings.timezone()), index, files, images, markdown, now, drafts,
                holidays);
    }
}
