/**
 * HTML pages from the model: one Freemarker configuration, view records per page kind (the
 * templates never see the model itself), interface texts per language and dates in words.
 * Depends on {@code hours}, {@code model}, {@code output} and {@code source}.
 */
package se.kvarter.render;
