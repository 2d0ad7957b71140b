/**
 * Checks of the built site: internal links and anchors, unique ids, alt text, one {@code h1} per
 * page. Pages are read by their tags (jsoup for markup the two could read differently);
 * {@link se.kvarter.check.PlaceNotices} reads the model for what a communicator should look at.
 * Depends on {@code model}, {@code output} and {@code source}.
 */
package se.kvarter.check;
