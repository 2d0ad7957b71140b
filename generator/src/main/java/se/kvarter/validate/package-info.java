/**
 * From loaded content to the {@code model}: one validator per kind of entry reads its fields,
 * checks values and references, renders its Markdown, and adds every mistake to
 * {@link se.kvarter.source.Problems} with its position. {@link se.kvarter.validate.ContentValidator}
 * is the entry point. Depends on {@code content}, {@code markdown}, {@code hours}, {@code model}
 * and {@code source}.
 */
package se.kvarter.validate;
