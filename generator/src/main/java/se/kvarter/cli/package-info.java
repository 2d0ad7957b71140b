/**
 * The command line (picocli): one class per command, the shared options, and how results and
 * errors are printed. No build logic lives here; commands call {@link se.kvarter.Build}.
 */
package se.kvarter.cli;
