/**
 * Reading a content folder: files and what their names say, UTF-8 text, front matter split
 * from Markdown, YAML 1.2 parsed into {@link se.kvarter.content.YamlNode}s that keep their
 * line and column. Nothing here knows what a field means; that is {@code validate}'s job.
 * Depends only on {@code source}.
 */
package se.kvarter.content;
