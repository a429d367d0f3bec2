package org.banli.store.spi;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.banli.api.Page;
import org.banli.api.item.DisclosedReply;
import org.banli.api.item.Dossier;
import org.banli.api.item.HistoryAudit;
import org.banli.api.item.Intake;
import org.banli.api.item.Item;
import org.banli.api.item.ItemEvent;
import org.banli.api.item.ItemQuery;
import org.banli.api.item.ReplyClass;
import org.banli.api.item.Satisfaction;

/** Persistence of items and their files; implemented by the store bundle, used by the core. */
public interface ItemStore {

    /** Stores a new item with the next number of its kind and year, and its first history entry. */
    Item create(NewItem item);

    /**
     * Stores a batch in one transaction, all or none: each item with its own number or the next one,
     * the series then continuing after the highest. Fails with a conflict, storing nothing, when a
     * number is already taken.
     */
    List<Item> createAll(List<NewItem> items);

    Optional<Item> find(long id);

    /** The items of these ids that exist, with their bodies, in no particular order. */
    List<Item> find(Collection<Long> ids);

    /** The ids of every item, in no particular order (what a similarity index compares with). */
    List<Long> ids();

    /** What the office's sheet said of an item that came in a batch. */
    Optional<Intake> intake(long id);

    Page<Item> find(ItemQuery query);

    Optional<Dossier> dossier(long id);

    /**
     * Applies one step atomically: reads the item's dossier, asks {@code decide} what to change
     * (it may throw to refuse), writes the changes and their history entries in the same
     * transaction. A step may change several items (a merge and the items handled with it);
     * the first change is the item's own. Fails with a conflict when {@code expectedVersion}
     * is given and stale, or when another step changed an item concurrently.
     *
     * @return the item's dossier after the step, as a fresh read would give it
     */
    Dossier apply(long id, Long expectedVersion, Function<Dossier, List<ItemChange>> decide);

    List<ItemEvent> history(long id);

    /** Checks every item's sealed history against its seals, reading it in pages. */
    HistoryAudit auditHistory();

    /** Accepted replies of public items, newest first, unredacted: the core redacts them. */
    Page<DisclosedReply> disclosed(Integer year, int page, int size);

    /** The class of each item's latest accepted reply and its latest rating, for a page of items at once. */
    Map<Long, Outcome> outcomes(Collection<Long> itemIds);

    /** The co-units taking part in each item (not released), in the order they were assigned; items without any are left out. */
    Map<Long, List<String>> coUnits(Collection<Long> itemIds);

    /**
     * Where an item ended up, for registers.
     *
     * @param replyClass   class of the latest accepted reply, {@code null} before one
     * @param satisfaction the latest rating, {@code null} before one
     */
    record Outcome(ReplyClass replyClass, Satisfaction satisfaction) {}
}
