package org.banli.store.spi;

import java.time.Instant;
import java.util.List;
import org.banli.api.item.ItemAction;
import org.banli.api.item.ItemRecord;
import org.banli.api.item.ItemStatus;
import org.banli.api.item.Progress;
import org.banli.api.notify.NewMessage;

/**
 * What one step does to one item, decided by the workflow and applied by the store in one
 * transaction together with its history entry.
 *
 * @param itemId   the item it changes
 * @param expectedVersion the version the workflow read another item at (a merge), else {@code null}
 * @param progress the item's progress after the step
 * @param records  records to add (no id) or replace (with id)
 * @param designation the item's new key-item and disclosure settings, {@code null} to leave them
 * @param messages notifications to queue in the same transaction (DESIGN.md §5: the durable outbox)
 */
public record ItemChange(
        long itemId,
        Long expectedVersion,
        ItemAction action,
        String actor,
        Instant at,
        ItemStatus toStatus,
        String reason,
        Progress progress,
        List<ItemRecord> records,
        Designation designation,
        List<NewMessage> messages) {

    public ItemChange {
        records = List.copyOf(records);
        messages = List.copyOf(messages);
    }

    public ItemChange(
            long itemId,
            Long expectedVersion,
            ItemAction action,
            String actor,
            Instant at,
            ItemStatus toStatus,
            String reason,
            Progress progress,
            List<ItemRecord> records,
            Designation designation) {
        this(itemId, expectedVersion, action, actor, at, toStatus, reason, progress, records, designation, List.of());
    }

    /** The same change, refused unless its item is still at the version it was decided on. */
    public ItemChange expecting(long version) {
        return new ItemChange(
                itemId, version, action, actor, at, toStatus, reason, progress, records, designation, messages);
    }

    public ItemChange withMessages(List<NewMessage> queued) {
        return new ItemChange(
                itemId, expectedVersion, action, actor, at, toStatus, reason, progress, records, designation, queued);
    }

    /** A step that leaves the key-item and disclosure settings as they are. */
    public ItemChange(
            long itemId,
            Long expectedVersion,
            ItemAction action,
            String actor,
            Instant at,
            ItemStatus toStatus,
            String reason,
            Progress progress,
            List<ItemRecord> records) {
        this(itemId, expectedVersion, action, actor, at, toStatus, reason, progress, records, null);
    }

    /** 重点件 with its leading official, and 公开. */
    public record Designation(boolean keyItem, String leadingOfficial, boolean publicReply) {}
}
