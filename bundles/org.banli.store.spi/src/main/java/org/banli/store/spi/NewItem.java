package org.banli.store.spi;

import java.time.Instant;
import org.banli.api.item.ItemDraft;

/** A validated draft, ready to be numbered and stored. */
public record NewItem(ItemDraft draft, int year, String registeredBy, Instant registeredAt) {}
