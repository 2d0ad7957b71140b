package se.kvarter.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * One page of a list split into pages of {@code perPage} items, so that no page grows with the
 * content (outputs.md, "A city's size"). Page 1 has the list's own path, later pages their own
 * ({@code platser/sida/2/}).
 *
 * @param page      this page, from 1
 * @param pageCount how many pages the list has (1 for an empty list)
 * @param perPage   items per page
 * @param path      the path of page n
 */
record Pagination(int page, int pageCount, int perPage, IntFunction<String> path) {

    /** Places (or events) per page of a list: with the stylesheet and scripts, a page stays under 30 KB. */
    static final int PER_PAGE = 20;

    /** How many pages {@code items} items take. */
    static int pageCount(int items, int perPage) {
        return Math.max(1, (items + perPage - 1) / perPage);
    }

    /** The path of page {@code n} of a list whose first page is {@code first}. */
    static String pagePath(String first, int n) {
        return n <= 1 ? first : first + "sida/" + n + "/";
    }

    /** The pages of a list of {@code items} items whose first page is at {@code first}. */
    static List<Pagination> of(String first, int items, int perPage) {
        int count = pageCount(items, perPage);
        List<Pagination> pages = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            pages.add(new Pagination(n, count, perPage, i -> pagePath(first, i)));
        }
        return pages;
    }

    /** The items of {@code list} on this page. */
    <T> List<T> slice(List<T> list) {
        int from = Math.min(list.size(), (page - 1) * perPage);
        return list.subList(from, Math.min(list.size(), page * perPage));
    }

    String ownPath() {
        return path.apply(page);
    }

    /** What the pagination partial shows: previous, next and a window of page links. */
    PageData.Pager view() {
        return new PageData.Pager(page, pageCount, page > 1 ? path.apply(page - 1) : null,
                page < pageCount ? path.apply(page + 1) : null, window());
    }

    /**
     * Links to the first, the last and the pages around this one; a gap is a link without a URL.
     * Listing every page would make each page grow with the number of pages.
     */
    List<Link> window() {
        List<Link> pages = new ArrayList<>();
        int previous = 0;
        for (int i = 1; i <= pageCount; i++) {
            if (i == 1 || i == pageCount || Math.abs(i - page) <= 2) {
                if (i - previous > 1) {
                    pages.add(new Link(null, "…"));
                }
                pages.add(new Link(path.apply(i), String.valueOf(i)));
                previous = i;
            }
        }
        return pages;
    }
}
