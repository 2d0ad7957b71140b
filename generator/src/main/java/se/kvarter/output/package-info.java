/**
 * Writing a build: {@link se.kvarter.output.OutputFile}s go into a fresh folder that
 * {@link se.kvarter.output.SiteWriter} swaps into place only when the whole build succeeded.
 * Depends only on {@code source}, whose {@link se.kvarter.source.IoFailure} names what went
 * wrong on the disk in the same words for reading content and for writing the site.
 */
package se.kvarter.output;
