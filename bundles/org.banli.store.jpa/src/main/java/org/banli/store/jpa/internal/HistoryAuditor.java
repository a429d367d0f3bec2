package org.banli.store.jpa.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import javax.persistence.PersistenceException;
import org.banli.api.item.HistoryAudit;
import org.banli.api.item.Item;
import org.banli.api.item.ItemAction;
import org.banli.api.item.ItemEvent;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ItemStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Walks every item's history in id order, checking each entry's seal against the seal before it
 * and the item's latest seal against its last entry, a page of items at a time.
 */
final class HistoryAuditor {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryAuditor.class);
    private static final int PAGE = 500;
    private static final String ENTRIES = "SELECT e.id, e.item.id, e.action, e.actor, e.at, e.fromStatus, e.toStatus,"
            + " e.reason, e.seal FROM ItemEventEntity e WHERE e.item.id >= :first AND e.item.id <= :last"
            + " ORDER BY e.item.id, e.id";
    private static final String ITEMS = "SELECT i.id, i.kind, i.year, i.number, i.historySeal FROM ItemEntity i";

    private final Database database;

    HistoryAuditor(Database database) {
        this.database = database;
    }

    /** Notes, once per database, from which entry on history is sealed; logged, so the log keeps it too. */
    void startSealing() {
        long from =
                database.read(em -> Optional.ofNullable(em.find(HistorySealingEntity.class, HistorySealingEntity.ONLY))
                        .map(s -> s.sealedFrom)
                        .orElse(-1L));
        if (from < 0) {
            try {
                from = database.inTransaction(em -> {
                    HistorySealingEntity sealing = new HistorySealingEntity();
                    Long last = em.createQuery("SELECT MAX(e.id) FROM ItemEventEntity e", Long.class)
                            .getSingleResult();
                    sealing.sealedFrom = last == null ? 0 : last + 1;
                    sealing.since = Instant.now();
                    em.persist(sealing);
                    return sealing.sealedFrom;
                });
            } catch (PersistenceException e) {
                // Another node noted it first.
                from = database.read(em -> em.find(HistorySealingEntity.class, HistorySealingEntity.ONLY).sealedFrom);
            }
        }
        LOG.info("History entries are sealed from entry {} on", from);
    }

    HistoryAudit audit() {
        long sealedFrom =
                database.read(em -> Optional.ofNullable(em.find(HistorySealingEntity.class, HistorySealingEntity.ONLY))
                        .map(s -> s.sealedFrom)
                        .orElse(Long.MAX_VALUE));
        long items = 0;
        long entries = 0;
        long unsealed = 0;
        List<HistoryAudit.Break> breaks = new ArrayList<>();
        long after = 0;
        while (true) {
            long start = after;
            List<Object[]> page =
                    database.read(em -> em.createQuery(ITEMS + " WHERE i.id > :after ORDER BY i.id", Object[].class)
                            .setParameter("after", start)
                            .setMaxResults(PAGE)
                            .getResultList());
            if (page.isEmpty()) {
                break;
            }
            List<Object[]> found = entries(page);
            int next = 0;
            for (Object[] item : page) {
                long id = (Long) item[0];
                List<Object[]> chain = new ArrayList<>();
                while (next < found.size() && (Long) found.get(next)[1] == id) {
                    chain.add(found.get(next++));
                }
                Chain checked = check(item, chain, sealedFrom);
                if (checked.broken != null) {
                    // A step that committed between the two reads looks like a break: read that item once more.
                    checked = check(
                            database.read(em -> em.createQuery(ITEMS + " WHERE i.id = :id", Object[].class)
                                    .setParameter("id", id)
                                    .getSingleResult()),
                            entries(List.<Object[]>of(item)),
                            sealedFrom);
                }
                items++;
                entries += checked.entries;
                unsealed += checked.unsealed;
                if (checked.broken != null) {
                    breaks.add(checked.broken);
                }
            }
            after = (Long) page.get(page.size() - 1)[0];
            if (items % 10_000 < PAGE) {
                LOG.info("History audit: {} items checked", items);
            }
        }
        return new HistoryAudit(items, entries, unsealed, breaks);
    }

    private List<Object[]> entries(List<Object[]> items) {
        return database.read(em -> query(em, (Long) items.get(0)[0], (Long) items.get(items.size() - 1)[0]));
    }

    private static List<Object[]> query(EntityManager em, long first, long last) {
        return em.createQuery(ENTRIES, Object[].class)
                .setParameter("first", first)
                .setParameter("last", last)
                .getResultList();
    }

    private record Chain(long entries, long unsealed, HistoryAudit.Break broken) {}

    private static Chain check(Object[] item, List<Object[]> chain, long sealedFrom) {
        long id = (Long) item[0];
        String label = Item.label((ItemKind) item[1], (Integer) item[2], (Integer) item[3]);
        String head = (String) item[4];
        String previous = HistorySeal.START;
        boolean sealing = false;
        long unsealed = 0;
        for (int i = 0; i < chain.size(); i++) {
            Object[] e = chain.get(i);
            long entryId = (Long) e[0];
            String seal = (String) e[8];
            ItemEvent entry = new ItemEvent(
                    id, (ItemAction) e[2], (String) e[3], (Instant) e[4], (ItemStatus) e[5], (ItemStatus) e[6], (String)
                            e[7]);
            if (seal == null) {
                if (sealing || entryId >= sealedFrom) {
                    return new Chain(
                            chain.size(),
                            unsealed,
                            new HistoryAudit.Break(id, label, i + 1, entry, HistoryAudit.Kind.SEAL_REMOVED));
                }
                unsealed++;
                continue;
            }
            sealing = true;
            if (!seal.equals(HistorySeal.of(
                    previous,
                    entryId,
                    id,
                    entry.action(),
                    entry.actor(),
                    entry.at(),
                    entry.fromStatus(),
                    entry.toStatus(),
                    entry.reason()))) {
                return new Chain(
                        chain.size(),
                        unsealed,
                        new HistoryAudit.Break(id, label, i + 1, entry, HistoryAudit.Kind.CHANGED));
            }
            previous = seal;
        }
        boolean headMatches = sealing ? previous.equals(head) : head == null;
        return new Chain(
                chain.size(),
                unsealed,
                headMatches
                        ? null
                        : new HistoryAudit.Break(id, label, chain.size() + 1, null, HistoryAudit.Kind.LATEST_REMOVED));
    }
}
