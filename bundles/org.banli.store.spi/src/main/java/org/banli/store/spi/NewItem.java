package org.banli.store.spi;

import java.time.Instant;
import org.banli.api.item.ItemDraft;

/**
 * A validated draft, ready to be numbered and stored.
 *
 * @param number the number it already has (an imported batch numbered by the congress office), or
 *               {@code null} for the next of its kind and year
 */
public record NewItem(ItemDraft draft, int year, Integer number, String registeredBy, Instant registeredAt) {

    /** A draft that takes the next number of its kind and year. */
    public NewItem(ItemDraft draft, int year, String registeredBy, Instant registeredAt) {
        this(draft, year, null, registeredBy, registeredAt);
    }
}
