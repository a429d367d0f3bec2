package org.banli.api.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.banli.api.Page;
import org.banli.api.item.Item;
import org.banli.api.item.ItemEvent;
import org.banli.api.item.ItemQuery;
import org.banli.api.item.Rating;
import org.banli.api.item.Reply;

/** Persistence of items and their history; implemented by the store bundle, used by the core. */
public interface ItemStore {

    /** Stores a new item with the next number of its kind and year, and its first history entry. */
    Item create(NewItem item);

    Optional<Item> find(long id);

    Page<Item> find(ItemQuery query);

    /**
     * Applies one transition atomically: reads the item, asks {@code decide} what to change
     * (it may throw to refuse), writes the change and its history entry in the same
     * transaction. Fails with a conflict when {@code expectedVersion} is given and stale, or
     * when another transition changed the item concurrently.
     */
    Item apply(long id, Long expectedVersion, Function<Item, ItemChange> decide);

    List<ItemEvent> history(long id);

    List<Reply> replies(long id);

    List<Rating> ratings(long id);
}
