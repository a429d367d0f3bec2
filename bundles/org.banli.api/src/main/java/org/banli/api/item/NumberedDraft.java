package org.banli.api.item;

/**
 * A draft of a batch, with the number the congress or CPPCC office gave it.
 *
 * @param number its number within kind and year, or {@code null} for the next free one
 * @param intake what the office's sheet says of it beyond registration, or {@code null}
 */
public record NumberedDraft(ItemDraft draft, Integer number, Intake intake) {}
