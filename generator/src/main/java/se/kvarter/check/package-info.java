/**
 * Checks of the built site with jsoup: internal links and anchors, unique ids, alt text, one
 * {@code h1} per page. Depends on {@code output} and {@code source}.
 */
package se.kvarter.check;
