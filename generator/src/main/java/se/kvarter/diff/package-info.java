/**
 * What changes for residents between two built sites: pages added, removed and changed (by the
 * visible text of their {@code <main>}, not their markup) and the open-data files that changed.
 * Used by {@code kvarter diff} to comment on pull requests.
 */
package se.kvarter.diff;
