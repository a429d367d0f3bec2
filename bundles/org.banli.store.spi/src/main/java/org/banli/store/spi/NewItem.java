package org.banli.store.spi;

import java.time.Instant;
import org.banli.api.item.Intake;
import org.banli.api.item.ItemDraft;

/**
 * A validated draft, ready to be numbered and stored.
 *
 * @param number the number it already has (an imported batch numbered by the congress office), or
 *               {@code null} for the next of its kind and year
 * @param intake what the office's sheet says of it beyond registration, or {@code null}
 */
public record NewItem(
        ItemDraft draft, int year, Integer number, Intake intake, String registeredBy, Instant registeredAt) {

    /** A draft that takes the next number of its kind and year. */
    public NewItem(ItemDraft draft, int year, String registeredBy, Instant registeredAt) {
        this(draft, year, null, null, registeredBy, registeredAt);
    }
}
