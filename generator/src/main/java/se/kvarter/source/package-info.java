/**
 * Where content comes from and what can be wrong with it: {@link se.kvarter.source.Position},
 * {@link se.kvarter.source.ContentError}, {@link se.kvarter.source.Problems} and the
 * {@link se.kvarter.source.Messages} that say it in Swedish or English, and the
 * {@link se.kvarter.source.ImageSize} read from an image file. Depends on nothing else in kvarter.
 */
package se.kvarter.source;
