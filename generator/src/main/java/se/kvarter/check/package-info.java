/**
 * Checks of the built site: internal links and anchors, unique ids, alt text, one {@code h1} per
 * page. Pages are read by their tags (jsoup for markup the two could read differently). Depends
 * on {@code output} and {@code source}.
 */
package se.kvarter.check;
