package org.banli.api.item;

/**
 * A draft of a batch, with the number the congress or CPPCC office gave it.
 *
 * @param number its number within kind and year, or {@code null} for the next free one
 */
public record NumberedDraft(ItemDraft draft, Integer number) {}
