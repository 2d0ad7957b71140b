/**
 * Writing a build: {@link se.kvarter.output.OutputFile}s go into a fresh folder that
 * {@link se.kvarter.output.SiteWriter} swaps into place only when the whole build succeeded.
 * Depends on nothing else in kvarter.
 */
package se.kvarter.output;
