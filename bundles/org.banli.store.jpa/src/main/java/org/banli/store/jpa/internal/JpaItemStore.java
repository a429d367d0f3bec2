package org.banli.store.jpa.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.EntityManager;
import javax.persistence.FlushModeType;
import javax.persistence.LockModeType;

import org.banli.api.BanliException;
import org.banli.api.Page;
import org.banli.api.item.CoUnit;
import org.banli.api.item.Comment;
import org.banli.api.item.Contact;
import org.banli.api.item.ContactPhase;
import org.banli.api.item.DisclosedReply;
import org.banli.api.item.Dossier;
import org.banli.api.item.Item;
import org.banli.api.item.ItemAction;
import org.banli.api.item.ItemDraft;
import org.banli.api.item.ItemEvent;
import org.banli.api.item.ItemQuery;
import org.banli.api.item.ItemRecord;
import org.banli.api.item.ItemStatus;
import org.banli.api.item.Rating;
import org.banli.api.item.Reply;
import org.banli.api.item.ReplyClass;
import org.banli.api.item.Satisfaction;
import org.banli.api.item.SupervisionNotice;
import org.banli.api.item.Timing;
import org.banli.api.item.UnitRequest;
import org.banli.api.store.ItemChange;
import org.banli.api.store.ItemStore;
import org.banli.api.store.NewItem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ItemStore.class)
public class JpaItemStore implements ItemStore {

    /** Two registrations may race for the same number; the unique constraint decides, the loser retries. */
    private static final int NUMBERING_ATTEMPTS = 5;

    private final Database database;

    @Activate
    public JpaItemStore(@Reference Database database) {
        this.database = database;
    }

    @Override
    public Item create(NewItem item) {
        for (int attempt = 1;; attempt++) {
            try {
                return database.inTransaction(em -> insert(em, item));
            } catch (BanliException e) {
                if (e.problem() != BanliException.Problem.CONFLICT || attempt == NUMBERING_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static Item insert(EntityManager em, NewItem item) {
        ItemDraft draft = item.draft();
        Integer last = em.createQuery("SELECT MAX(i.number) FROM ItemEntity i WHERE i.kind = :kind AND i.year = :year",
                Integer.class).setParameter("kind", draft.kind()).setParameter("year", item.year()).getSingleResult();
        ItemEntity entity = new ItemEntity();
        entity.kind = draft.kind();
        entity.year = item.year();
        entity.number = last == null ? 1 : last + 1;
        entity.title = draft.title();
        entity.body = draft.body();
        entity.submitter = JpaUserStore.entity(em, draft.submitter())
                .orElseThrow(() -> BanliException.notFound("提出人不存在 (submitter not found)"));
        entity.category = draft.category();
        entity.keyItem = draft.keyItem();
        entity.leadingOfficial = draft.leadingOfficial();
        entity.urgency = draft.urgency();
        entity.publicReply = draft.publicReply();
        entity.status = ItemStatus.REGISTERED;
        entity.registeredAt = item.registeredAt();
        entity.registeredBy = item.registeredBy();
        em.persist(entity);
        em.persist(event(entity, ItemAction.REGISTER, item.registeredBy(), item.registeredAt(), null, null));
        em.flush();
        return entity.toItem();
    }

    @Override
    public Optional<Item> find(long id) {
        return database.read(em -> Optional.ofNullable(em.find(ItemEntity.class, id)).map(ItemEntity::toItem));
    }

    @Override
    public Page<Item> find(ItemQuery query) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        condition(where, params, "e.status", "status", query.status());
        condition(where, params, "e.hostUnit.code", "unit", query.hostUnit());
        condition(where, params, "e.kind", "kind", query.kind());
        condition(where, params, "e.year", "year", query.year());
        condition(where, params, "e.number", "number", query.number());
        condition(where, params, "e.submitter.username", "submitter", query.submitter());
        condition(where, params, "e.keyItem", "keyItem", query.keyItem());
        if (query.flaggedRating() != null) {
            where.append(query.flaggedRating() ? " AND" : " AND NOT").append(
                    " EXISTS (SELECT r FROM RatingEntity r WHERE r.item = e AND r.flag IS NOT NULL)");
        }
        if (query.draft() != null) {
            // One reply per round: a new draft replaces the old; a remark on a draft says it came back.
            where.append(" AND EXISTS (SELECT d FROM ReplyEntity d WHERE d.item = e AND d.round = e.round AND d.state ="
                    + " :drafted AND d.remark IS ").append(query.draft() == ItemQuery.Draft.SENT_BACK ? "NOT NULL)" : "NULL)");
            params.put("drafted", Reply.State.DRAFT);
        }
        if (query.involvedUnit() != null) {
            where.append(" AND (e.hostUnit.code = :involved OR EXISTS (SELECT c FROM CoUnitEntity c WHERE c.item = e"
                    + " AND c.unitCode = :involved AND c.releasedAt IS NULL))");
            params.put("involved", query.involvedUnit());
        }
        if (query.overdue() != null || query.dueWithinDays() != null) {
            where.append(" AND e.status IN :awaiting");
            params.put("awaiting", List.copyOf(ItemStatus.AWAITING_REPLY));
            params.put("today", query.today());
        }
        if (query.overdue() != null) {
            where.append(query.overdue() ? " AND e.deadline < :today" : " AND e.deadline >= :today");
        }
        if (query.dueWithinDays() != null) {
            where.append(" AND e.deadline >= :today AND e.deadline <= :dueBy");
            params.put("dueBy", query.today().plusDays(query.dueWithinDays()));
        }
        if (query.warning() != null) {
            warning(where, params, query.warning(), query.cutoff());
        }
        return database.read(em -> Pages.of(em, ItemEntity.class, where.toString(), params,
                "e.year DESC, e.kind, e.number", ItemEntity::toItem, query.page(), query.size()));
    }

    /** The early warnings of the workflow as queries, so that supervisors list them without loading every item. */
    private static void warning(StringBuilder where, Map<String, Object> params, Timing.Kind kind,
            ItemQuery.WarningCutoff cutoff) {
        String awaiting = " AND e.status IN :owing";
        switch (kind) {
        case NO_CONTACT -> where.append(awaiting).append(" AND e.assignedAt < :before AND NOT EXISTS (SELECT c FROM"
                + " ContactEntity c WHERE c.item = e AND c.phase <> :consultation)");
        case NO_DRAFT -> where.append(awaiting).append(" AND e.deadline <= :until AND NOT EXISTS (SELECT r FROM"
                + " ReplyEntity r WHERE r.item = e AND r.round = e.round)");
        case MISSING_CO_UNIT_OPINION -> where.append(awaiting).append(" AND e.assignedAt < :before AND EXISTS (SELECT c"
                + " FROM CoUnitEntity c WHERE c.item = e AND c.releasedAt IS NULL AND c.opinionAt IS NULL)");
        case OVERDUE_COMMITMENT -> where.append(" AND EXISTS (SELECT m FROM CommitmentEntity m WHERE m.reply.item = e"
                + " AND m.reply.state = :accepted AND m.doneOn IS NULL AND m.dueDate <= :until AND NOT EXISTS (SELECT"
                + " r FROM ReplyEntity r WHERE r.item = e AND r.state = :accepted AND r.round > m.reply.round))");
        case RATING_OVERDUE -> where.append(" AND e.status = :replied AND EXISTS (SELECT r FROM ReplyEntity r WHERE"
                + " r.item = e AND r.round = e.round AND r.state = :accepted AND r.reviewedAt < :before)");
        }
        String text = where.toString();
        if (text.contains(":owing")) {
            params.put("owing", List.copyOf(ItemStatus.AWAITING_REPLY));
        }
        if (text.contains(":before")) {
            params.put("before", cutoff.before());
        }
        if (text.contains(":until")) {
            params.put("until", cutoff.until());
        }
        if (text.contains(":consultation")) {
            params.put("consultation", ContactPhase.CONSULTATION);
        }
        if (text.contains(":accepted")) {
            params.put("accepted", Reply.State.ACCEPTED);
        }
        if (text.contains(":replied")) {
            params.put("replied", ItemStatus.REPLIED);
        }
    }

    private static void condition(StringBuilder where, Map<String, Object> params, String path, String name,
            Object value) {
        if (value != null) {
            where.append(" AND ").append(path).append(" = :").append(name);
            params.put(name, value);
        }
    }

    @Override
    public Optional<Dossier> dossier(long id) {
        return database.read(em -> Optional.ofNullable(em.find(ItemEntity.class, id)).map(e -> dossierOf(em, e)));
    }

    private static Dossier dossierOf(EntityManager em, ItemEntity item) {
        List<Item> merged = em.createQuery("SELECT i FROM ItemEntity i WHERE i.mergedInto = :id ORDER BY i.number",
                ItemEntity.class).setParameter("id", item.id).getResultStream().map(ItemEntity::toItem).toList();
        return new Dossier(item.toItem(), recordsOf(em, item.id, CoUnitEntity.class, CoUnitEntity::toCoUnit),
                recordsOf(em, item.id, ContactEntity.class, ContactEntity::toContact),
                recordsOf(em, item.id, UnitRequestEntity.class, UnitRequestEntity::toRequest),
                recordsOf(em, item.id, ReplyEntity.class, ReplyEntity::toReply),
                recordsOf(em, item.id, RatingEntity.class, RatingEntity::toRating),
                recordsOf(em, item.id, NoticeEntity.class, NoticeEntity::toNotice),
                recordsOf(em, item.id, CommentEntity.class, CommentEntity::toComment), merged);
    }

    @Override
    public Item apply(long id, Long expectedVersion, Function<Dossier, List<ItemChange>> decide) {
        return database.inTransaction(em -> {
            // Reads within the step must not flush half of it (that would count a version twice).
            em.setFlushMode(FlushModeType.COMMIT);
            ItemEntity entity = em.find(ItemEntity.class, id);
            if (entity == null) {
                throw BanliException.itemNotFound(id);
            }
            requireVersion(entity, expectedVersion);
            List<ItemChange> changes = decide.apply(dossierOf(em, entity));
            for (ItemChange change : changes) {
                ItemEntity target = change.itemId() == id ? entity : em.find(ItemEntity.class, change.itemId());
                if (target == null) {
                    throw BanliException.itemNotFound(change.itemId());
                }
                requireVersion(target, change.expectedVersion());
                applyTo(em, target, change);
            }
            em.flush();
            return entity.toItem();
        });
    }

    private static void requireVersion(ItemEntity entity, Long expected) {
        if (expected != null && expected != entity.version) {
            throw BanliException.conflict("件 " + entity.id + " 已被修改（版本 " + entity.version + "，请求基于版本 " + expected
                    + "），请刷新后重试 (item changed since version " + expected + "; reload and try again)");
        }
    }

    private static void applyTo(EntityManager em, ItemEntity item, ItemChange change) {
        String hostCode = change.progress().hostUnit();
        UnitEntity host = hostCode == null ? null : item.hostUnit != null && hostCode.equals(item.hostUnit.code)
                ? item.hostUnit
                : JpaUnitStore.entity(em, hostCode).orElseThrow(
                        () -> BanliException.notFound("承办单位 " + hostCode + " 不存在 (unit not found)"));
        ItemStatus from = item.status;
        item.status = change.toStatus();
        item.set(change.progress(), host);
        if (change.designation() != null) {
            item.keyItem = change.designation().keyItem();
            item.leadingOfficial = change.designation().leadingOfficial();
            item.publicReply = change.designation().publicReply();
        }
        // Every step counts as a change of the item, also one that only adds a record.
        em.lock(item, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.persist(event(item, change.action(), change.actor(), change.at(), from, change));
        for (ItemRecord record : change.records()) {
            save(em, item, record);
        }
        // The step's notifications commit with it, or not at all.
        change.messages().forEach(message -> em.persist(MessageEntity.queued(message, change.at())));
    }

    private static void save(EntityManager em, ItemEntity item, ItemRecord record) {
        if (record instanceof CoUnit r) {
            record(em, item, r.id(), CoUnitEntity.class, CoUnitEntity::new).set(r);
        } else if (record instanceof Contact r) {
            record(em, item, r.id(), ContactEntity.class, ContactEntity::new).set(r);
        } else if (record instanceof UnitRequest r) {
            record(em, item, r.id(), UnitRequestEntity.class, UnitRequestEntity::new).set(r);
        } else if (record instanceof Reply r) {
            record(em, item, r.id(), ReplyEntity.class, ReplyEntity::new).set(r);
        } else if (record instanceof Rating r) {
            record(em, item, r.id(), RatingEntity.class, RatingEntity::new).set(r);
        } else if (record instanceof SupervisionNotice r) {
            record(em, item, r.id(), NoticeEntity.class, NoticeEntity::new).set(r);
        } else if (record instanceof Comment r) {
            record(em, item, r.id(), CommentEntity.class, CommentEntity::new).set(r);
        }
    }

    /** The stored record to overwrite, or a new one of the item; a record of another item is refused. */
    private static <E extends ItemRecordEntity> E record(EntityManager em, ItemEntity item, Long id, Class<E> type,
            java.util.function.Supplier<E> create) {
        if (id == null) {
            E created = create.get();
            created.item = item;
            em.persist(created);
            return created;
        }
        E found = em.find(type, id);
        if (found == null || !found.item.id.equals(item.id)) {
            throw BanliException.notFound("记录 " + id + " 不属于件 " + item.id + " (record " + id + " is not part of item "
                    + item.id + ")");
        }
        return found;
    }

    private static ItemEventEntity event(ItemEntity item, ItemAction action, String actor, java.time.Instant at,
            ItemStatus from, ItemChange change) {
        ItemEventEntity event = new ItemEventEntity();
        event.item = item;
        event.action = action;
        event.actor = actor;
        event.at = at;
        event.fromStatus = from;
        event.toStatus = change == null ? item.status : change.toStatus();
        event.reason = change == null ? null : change.reason();
        return event;
    }

    @Override
    public List<ItemEvent> history(long id) {
        return database.read(em -> recordsOf(em, id, ItemEventEntity.class, ItemEventEntity::toEvent));
    }

    @Override
    public Page<DisclosedReply> disclosed(Integer year, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("accepted", Reply.State.ACCEPTED);
        if (year != null) {
            params.put("year", year);
        }
        String where = " WHERE e.state = :accepted AND e.item.publicReply = TRUE"
                + (year == null ? "" : " AND e.item.year = :year");
        return database.read(em -> {
            // Units are few: their names in one query rather than one per reply.
            Map<String, String> unitNames = em.createQuery("SELECT u.code, u.name FROM UnitEntity u", Object[].class)
                    .getResultStream().collect(Collectors.toMap(u -> (String) u[0], u -> (String) u[1]));
            return Pages.of(em, ReplyEntity.class, where, params, "e.reviewedAt DESC, e.id DESC",
                    reply -> disclosed(reply, unitNames), page, size);
        });
    }

    @Override
    public Map<Long, Outcome> outcomes(Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = List.copyOf(itemIds);
        return database.read(em -> {
            Map<Long, ReplyClass> classes = new HashMap<>();
            // Ordered oldest first, so the latest of each item is the one kept.
            em.createQuery("SELECT r.item.id, r.replyClass FROM ReplyEntity r WHERE r.item.id IN :ids"
                    + " AND r.state = :accepted ORDER BY r.round, r.id", Object[].class).setParameter("ids", ids)
                    .setParameter("accepted", Reply.State.ACCEPTED).getResultStream()
                    .forEach(row -> classes.put((Long) row[0], (ReplyClass) row[1]));
            Map<Long, Satisfaction> ratings = new HashMap<>();
            em.createQuery("SELECT g.item.id, g.satisfaction FROM RatingEntity g WHERE g.item.id IN :ids"
                    + " ORDER BY g.round, g.id", Object[].class).setParameter("ids", ids).getResultStream()
                    .forEach(row -> ratings.put((Long) row[0], (Satisfaction) row[1]));
            Map<Long, Outcome> outcomes = new HashMap<>();
            for (Long id : ids) {
                if (classes.containsKey(id) || ratings.containsKey(id)) {
                    outcomes.put(id, new Outcome(classes.get(id), ratings.get(id)));
                }
            }
            return outcomes;
        });
    }

    private static DisclosedReply disclosed(ReplyEntity reply, Map<String, String> unitNames) {
        Item item = reply.item.toItem();
        return new DisclosedReply(item.id(), item.label(), item.title(), item.category(), reply.unitCode,
                unitNames.get(reply.unitCode), reply.replyClass, reply.text, reply.reviewedAt);
    }

    /** An item's records of one kind, oldest first. */
    private static <E extends ItemRecordEntity, T> List<T> recordsOf(EntityManager em, long id, Class<E> type,
            Function<E, T> toDomain) {
        return em.createQuery("SELECT r FROM " + type.getSimpleName() + " r WHERE r.item.id = :id ORDER BY r.id", type)
                .setParameter("id", id).getResultStream().map(toDomain).toList();
    }
}
