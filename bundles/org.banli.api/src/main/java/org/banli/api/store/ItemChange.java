package org.banli.api.store;

import java.time.Instant;
import java.util.List;

import org.banli.api.item.ItemAction;
import org.banli.api.item.ItemRecord;
import org.banli.api.item.ItemStatus;
import org.banli.api.item.Progress;

/**
 * What one step does to one item, decided by the workflow and applied by the store in one
 * transaction together with its history entry.
 *
 * @param itemId   the item it changes
 * @param expectedVersion the version the workflow read another item at (a merge), else {@code null}
 * @param progress the item's progress after the step
 * @param records  records to add (no id) or replace (with id)
 */
public record ItemChange(long itemId, Long expectedVersion, ItemAction action, String actor, Instant at, ItemStatus toStatus,
        String reason, Progress progress, List<ItemRecord> records) {

    public ItemChange {
        records = List.copyOf(records);
    }
}
