package org.banli.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.banli.api.BanliException;
import org.banli.api.Page;
import org.banli.api.item.Item;
import org.banli.api.item.ItemAction;
import org.banli.api.item.ItemDraft;
import org.banli.api.item.ItemEvent;
import org.banli.api.item.ItemQuery;
import org.banli.api.item.ItemStatus;
import org.banli.api.item.Rating;
import org.banli.api.item.Reply;
import org.banli.api.store.ItemChange;
import org.banli.api.store.ItemStore;
import org.banli.api.store.NewItem;

/** A hand-written item store for the core's unit tests; the JPA store has its own tests. */
final class InMemoryItemStore implements ItemStore {

    private final Map<Long, Item> items = new LinkedHashMap<>();
    private final List<ItemEvent> events = new ArrayList<>();
    private final List<Reply> replies = new ArrayList<>();
    private final List<Rating> ratings = new ArrayList<>();

    @Override
    public Item create(NewItem item) {
        ItemDraft d = item.draft();
        long sameKindAndYear = items.values().stream().filter(i -> i.kind() == d.kind() && i.year() == item.year())
                .count();
        Item created = new Item(items.size() + 1L, 1, d.kind(), item.year(), (int) sameKindAndYear + 1, d.title(),
                d.body(), d.submitter(), d.category(), d.keyItem(), d.leadingOfficial(), d.urgency(), d.publicReply(),
                ItemStatus.REGISTERED, null, null, item.registeredAt(), null);
        items.put(created.id(), created);
        events.add(new ItemEvent(created.id(), ItemAction.REGISTER, item.registeredBy(), item.registeredAt(), null,
                ItemStatus.REGISTERED, null));
        return created;
    }

    @Override
    public Optional<Item> find(long id) {
        return Optional.ofNullable(items.get(id));
    }

    @Override
    public Page<Item> find(ItemQuery q) {
        List<Item> matching = items.values().stream().filter(i -> q.status() == null || i.status() == q.status())
                .filter(i -> q.hostUnit() == null || q.hostUnit().equals(i.hostUnit()))
                .filter(i -> q.kind() == null || i.kind() == q.kind())
                .filter(i -> q.year() == null || i.year() == q.year())
                .filter(i -> q.submitter() == null || q.submitter().equals(i.submitter()))
                .sorted(Comparator.comparingLong(Item::id)).toList();
        return new Page<>(matching.stream().skip((long) q.page() * q.size()).limit(q.size()).toList(), q.page(),
                q.size(), matching.size());
    }

    @Override
    public Item apply(long id, Long expectedVersion, Function<Item, ItemChange> decide) {
        Item item = find(id).orElseThrow(() -> BanliException.notFound("no item " + id));
        if (expectedVersion != null && expectedVersion != item.version()) {
            throw BanliException.conflict("stale version");
        }
        ItemChange c = decide.apply(item);
        boolean assigned = c.hostUnit() != null;
        Item changed = new Item(item.id(), item.version() + 1, item.kind(), item.year(), item.number(), item.title(),
                item.body(), item.submitter(), item.category(), item.keyItem(), item.leadingOfficial(),
                item.urgency(), item.publicReply(), c.toStatus(), assigned ? c.hostUnit() : item.hostUnit(),
                c.deadline() != null ? c.deadline() : item.deadline(), item.registeredAt(),
                assigned ? c.at() : item.assignedAt());
        items.put(id, changed);
        events.add(new ItemEvent(id, c.action(), c.actor(), c.at(), item.status(), c.toStatus(), c.reason()));
        Optional.ofNullable(c.reply()).ifPresent(replies::add);
        Optional.ofNullable(c.rating()).ifPresent(ratings::add);
        return changed;
    }

    @Override
    public List<ItemEvent> history(long id) {
        return events.stream().filter(e -> e.itemId() == id).toList();
    }

    @Override
    public List<Reply> replies(long id) {
        return replies.stream().filter(r -> r.itemId() == id).toList();
    }

    @Override
    public List<Rating> ratings(long id) {
        return ratings.stream().filter(r -> r.itemId() == id).toList();
    }
}
