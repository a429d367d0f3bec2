package org.banli.store.jpa.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.banli.api.Text;
import org.banli.api.item.CoUnit;
import org.banli.api.item.Comment;
import org.banli.api.item.Contact;
import org.banli.api.item.ContactPhase;
import org.banli.api.item.DisclosedReply;
import org.banli.api.item.Dossier;
import org.banli.api.item.HistoryAudit;
import org.banli.api.item.Intake;
import org.banli.api.item.Item;
import org.banli.api.item.ItemAction;
import org.banli.api.item.ItemDraft;
import org.banli.api.item.ItemEvent;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ItemNumber;
import org.banli.api.item.ItemQuery;
import org.banli.api.item.ItemRecord;
import org.banli.api.item.ItemStatus;
import org.banli.api.item.Progress;
import org.banli.api.item.Rating;
import org.banli.api.item.Reply;
import org.banli.api.item.ReplyClass;
import org.banli.api.item.Satisfaction;
import org.banli.api.item.SupervisionNotice;
import org.banli.api.item.Timing;
import org.banli.api.item.UnitRequest;
import org.banli.api.item.Urgency;
import org.banli.store.spi.ItemChange;
import org.banli.store.spi.ItemStore;
import org.banli.store.spi.NewItem;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ItemStore.class)
public class JpaItemStore implements ItemStore {

    /** Only the very first registrations of a series may race to start it; the loser then takes the next number. */
    private static final int NUMBERING_ATTEMPTS = 3;

    private final Database database;
    private final HistoryAuditor auditor;

    @Activate
    public JpaItemStore(@Reference Database database) {
        this.database = database;
        this.auditor = new HistoryAuditor(database);
        auditor.startSealing();
    }

    @Override
    public Item create(NewItem item) {
        for (int attempt = 1; ; attempt++) {
            try {
                return database.inTransaction(em -> insert(em, item));
            } catch (BanliException e) {
                if (e.problem() != BanliException.Problem.CONFLICT || attempt == NUMBERING_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    @Override
    public List<Item> createAll(List<NewItem> items) {
        return database.inTransaction(
                em -> items.stream().map(item -> insert(em, item)).toList());
    }

    private Item insert(EntityManager em, NewItem item) {
        ItemDraft draft = item.draft();
        // First, before anything else is locked: the series' row is the one lock registrations queue on.
        int number = item.number() == null
                ? nextNumber(em, draft.kind(), item.year())
                : givenNumber(em, draft.kind(), item.year(), item.number());
        ItemEntity entity = new ItemEntity();
        entity.kind = draft.kind();
        entity.year = item.year();
        entity.number = number;
        entity.title = draft.title();
        entity.body = draft.body();
        entity.submitter = database.keys()
                .user(em, draft.submitter())
                .orElseThrow(() -> BanliException.notFound(Text.of(Text.Code.SUBMITTER_NOT_FOUND)));
        entity.category = draft.category();
        entity.keyItem = draft.keyItem();
        entity.leadingOfficial = draft.leadingOfficial();
        entity.urgency = draft.urgency();
        entity.publicReply = draft.publicReply();
        entity.status = ItemStatus.REGISTERED;
        entity.recordKinds = 0;
        entity.registeredAt = item.registeredAt();
        entity.registeredBy = item.registeredBy();
        em.persist(entity);
        entity.facts = AssessedFacts.of(Dossier.of(entity.toItem())); // with its id, still in the one insert
        if (item.intake() != null && !item.intake().isEmpty()) {
            em.persist(ItemIntakeEntity.of(entity.id, item.intake()));
        }
        sealed(em, entity, event(entity, ItemAction.REGISTER, item.registeredBy(), item.registeredAt(), null, null));
        em.flush();
        return entity.toItem();
    }

    /**
     * Takes a number an item brings with it, refusing one already taken; the series then goes on after
     * it, so the next registration by form does not collide.
     */
    private static int givenNumber(EntityManager em, ItemKind kind, int year, int number) {
        String series = kind + "-" + year;
        int raised = em.createQuery("UPDATE NumberSeriesEntity s SET s.lastNumber = :number"
                        + " WHERE s.series = :series AND s.lastNumber < :number")
                .setParameter("series", series)
                .setParameter("number", number)
                .executeUpdate();
        if (raised == 0
                && em.createQuery("SELECT COUNT(s) FROM NumberSeriesEntity s WHERE s.series = :series", Long.class)
                                .setParameter("series", series)
                                .getSingleResult()
                        == 0) {
            Integer last = em.createQuery(
                            "SELECT MAX(i.number) FROM ItemEntity i WHERE i.kind = :kind AND i.year = :year",
                            Integer.class)
                    .setParameter("kind", kind)
                    .setParameter("year", year)
                    .getSingleResult();
            NumberSeriesEntity started = new NumberSeriesEntity();
            started.series = series;
            started.lastNumber = Math.max(number, last == null ? 0 : last);
            em.persist(started);
            em.flush();
        }
        long taken = em.createQuery(
                        "SELECT COUNT(i) FROM ItemEntity i WHERE i.kind = :kind AND i.year = :year AND i.number = :number",
                        Long.class)
                .setParameter("kind", kind)
                .setParameter("year", year)
                .setParameter("number", number)
                .getSingleResult();
        if (taken > 0) {
            throw BanliException.conflict(
                    Text.of(Text.Code.ITEM_NUMBER_TAKEN, "item", new ItemNumber(kind, year, number)));
        }
        return number;
    }

    /** The next number of a kind and year, held by this transaction until it commits or rolls back. */
    private static int nextNumber(EntityManager em, ItemKind kind, int year) {
        String series = kind + "-" + year;
        int raised = em.createQuery(
                        "UPDATE NumberSeriesEntity s SET s.lastNumber = s.lastNumber + 1 WHERE s.series = :series")
                .setParameter("series", series)
                .executeUpdate();
        if (raised == 1) {
            return em.createQuery(
                            "SELECT s.lastNumber FROM NumberSeriesEntity s WHERE s.series = :series", Integer.class)
                    .setParameter("series", series)
                    .getSingleResult();
        }
        // The series' first registration (or the first since numbers were kept here) starts it after the highest given.
        Integer last = em.createQuery(
                        "SELECT MAX(i.number) FROM ItemEntity i WHERE i.kind = :kind AND i.year = :year", Integer.class)
                .setParameter("kind", kind)
                .setParameter("year", year)
                .getSingleResult();
        NumberSeriesEntity started = new NumberSeriesEntity();
        started.series = series;
        started.lastNumber = last == null ? 1 : last + 1;
        em.persist(started);
        em.flush();
        return started.lastNumber;
    }

    @Override
    public Optional<Item> find(long id) {
        return database.read(em -> withPeople(em, id).map(ItemEntity::toItem));
    }

    @Override
    public List<Item> find(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return database.read(em -> summaries(
                em,
                em.createQuery("SELECT " + SUMMARY + ", e.body FROM ItemEntity e WHERE e.id IN :ids", Object[].class)
                        .setParameter("ids", List.copyOf(ids))
                        .getResultList()));
    }

    @Override
    public List<Long> ids() {
        return database.read(em ->
                em.createQuery("SELECT e.id FROM ItemEntity e", Long.class).getResultList());
    }

    @Override
    public Optional<Intake> intake(long id) {
        return database.read(
                em -> Optional.ofNullable(em.find(ItemIntakeEntity.class, id)).map(ItemIntakeEntity::toIntake));
    }

    @Override
    public Page<Item> find(ItemQuery query) {
        return database.read(em -> find(em, query));
    }

    private Page<Item> find(EntityManager em, ItemQuery query) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        condition(where, params, "e.status", "status", query.status());
        condition(
                where,
                params,
                "e.hostUnitId",
                "unit",
                query.hostUnit() == null ? null : database.keys().unitId(em, query.hostUnit()));
        condition(where, params, "e.kind", "kind", query.kind());
        condition(where, params, "e.year", "year", query.year());
        condition(where, params, "e.number", "number", query.number());
        condition(
                where,
                params,
                "e.submitterId",
                "submitter",
                query.submitter() == null ? null : database.keys().userId(em, query.submitter()));
        condition(where, params, "e.keyItem", "keyItem", query.keyItem());
        if (query.flaggedRating() != null) {
            where.append(query.flaggedRating() ? " AND" : " AND NOT")
                    .append(" EXISTS (SELECT r FROM RatingEntity r WHERE r.item = e AND r.flag IS NOT NULL)");
        }
        if (query.draft() != null) {
            // One reply per round: a new draft replaces the old; a remark on a draft says it came back.
            where.append(" AND EXISTS (SELECT d FROM ReplyEntity d WHERE d.item = e AND d.round = e.round AND d.state ="
                            + " :drafted AND d.remark IS ")
                    .append(query.draft() == ItemQuery.Draft.SENT_BACK ? "NOT NULL)" : "NULL)");
            params.put("drafted", Reply.State.DRAFT);
        }
        if (query.involvedUnit() != null) {
            where.append(" AND (e.hostUnitId = :involvedId OR EXISTS (SELECT c FROM CoUnitEntity c WHERE c.item = e"
                    + " AND c.unitCode = :involved AND c.releasedAt IS NULL))");
            params.put("involvedId", database.keys().unitId(em, query.involvedUnit()));
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
        return Pages.ofColumns(
                em,
                database.pages(),
                ItemEntity.class,
                SUMMARY,
                where.toString(),
                params,
                "e.year DESC, e.kind, e.number",
                rows -> summaries(em, rows),
                query.page(),
                query.size(),
                query.counted());
    }

    /** What a list row needs: the item without its body; its submitter and host as keys, named by {@link NaturalKeys}. */
    private static final String SUMMARY = "e.id, e.version, e.kind, e.year, e.number, e.title, e.submitterId,"
            + " e.category, e.keyItem, e.leadingOfficial, e.urgency, e.publicReply, e.status, e.hostUnitId, e.deadline,"
            + " e.assignedAt, e.acceptedAt, e.round, e.mergedInto, e.repliedAt, e.registeredAt";

    /**
     * Items of a list: everything but the body, which is left out ({@code null}) unless the rows carry it
     * after the summary's columns.
     */
    private List<Item> summaries(EntityManager em, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, String> unitCodes = database.keys()
                .unitCodes(em, rows.stream().map(r -> (Long) r[13]).toList());
        Map<Long, String> usernames = database.keys()
                .usernames(em, rows.stream().map(r -> (Long) r[6]).toList());
        return rows.stream()
                .map(r -> new Item(
                        (Long) r[0],
                        (Long) r[1],
                        (ItemKind) r[2],
                        (Integer) r[3],
                        (Integer) r[4],
                        (String) r[5],
                        r.length > 21 ? (String) r[21] : null,
                        usernames.get((Long) r[6]),
                        (String) r[7],
                        (Boolean) r[8],
                        (String) r[9],
                        (Urgency) r[10],
                        (Boolean) r[11],
                        (ItemStatus) r[12],
                        new Progress(
                                r[13] == null ? null : unitCodes.get((Long) r[13]),
                                (LocalDate) r[14],
                                (Instant) r[15],
                                (Instant) r[16],
                                (Integer) r[17],
                                (Long) r[18],
                                (Instant) r[19]),
                        (Instant) r[20]))
                .toList();
    }

    /** The early warnings of the workflow as queries, so that supervisors list them without loading every item. */
    private static void warning(
            StringBuilder where, Map<String, Object> params, Timing.Kind kind, ItemQuery.WarningCutoff cutoff) {
        String awaiting = " AND e.status IN :owing";
        switch (kind) {
            case NO_CONTACT ->
                where.append(awaiting)
                        .append(" AND e.assignedAt < :before AND NOT EXISTS (SELECT c FROM"
                                + " ContactEntity c WHERE c.item = e AND c.phase <> :consultation)");
            case NO_DRAFT ->
                where.append(awaiting)
                        .append(" AND e.deadline <= :until AND NOT EXISTS (SELECT r FROM"
                                + " ReplyEntity r WHERE r.item = e AND r.round = e.round)");
            case MISSING_CO_UNIT_OPINION ->
                where.append(awaiting)
                        .append(
                                " AND e.assignedAt < :before AND EXISTS (SELECT c"
                                        + " FROM CoUnitEntity c WHERE c.item = e AND c.releasedAt IS NULL AND c.opinionAt IS NULL)");
            case OVERDUE_COMMITMENT ->
                where.append(
                        " AND EXISTS (SELECT m FROM CommitmentEntity m WHERE m.reply.item = e"
                                + " AND m.reply.state = :accepted AND m.doneOn IS NULL AND m.dueDate <= :until AND NOT EXISTS (SELECT"
                                + " r FROM ReplyEntity r WHERE r.item = e AND r.state = :accepted AND r.round > m.reply.round))");
            case RATING_OVERDUE ->
                where.append(" AND e.status = :replied AND EXISTS (SELECT r FROM ReplyEntity r WHERE"
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

    private static void condition(
            StringBuilder where, Map<String, Object> params, String path, String name, Object value) {
        if (value != null) {
            where.append(" AND ").append(path).append(" = :").append(name);
            params.put(name, value);
        }
    }

    @Override
    public Optional<Dossier> dossier(long id) {
        return database.read(em -> withPeople(em, id).map(e -> dossierOf(em, e)));
    }

    /** The item with its submitter and host in one statement (finding it would read each of them apart). */
    private static Optional<ItemEntity> withPeople(EntityManager em, long id) {
        return em.createQuery(
                        "SELECT e FROM ItemEntity e JOIN FETCH e.submitter LEFT JOIN FETCH e.hostUnit WHERE e.id = :id",
                        ItemEntity.class)
                .setParameter("id", id)
                .getResultStream()
                .findFirst();
    }

    /** The item's file: the item, and the records of each kind it has (one statement per kind). */
    static Dossier dossierOf(EntityManager em, ItemEntity item) {
        Integer kinds = item.recordKinds;
        List<Item> merged = RecordKind.MERGED_ITEM.in(kinds)
                ? em.createQuery(
                                "SELECT i FROM ItemEntity i WHERE i.mergedInto = :id ORDER BY i.number",
                                ItemEntity.class)
                        .setParameter("id", item.id)
                        .getResultStream()
                        .map(ItemEntity::toItem)
                        .toList()
                : List.of();
        return new Dossier(
                item.toItem(),
                recordsOf(em, item, kinds, RecordKind.CO_UNIT, CoUnitEntity.class, CoUnitEntity::toCoUnit),
                recordsOf(em, item, kinds, RecordKind.CONTACT, ContactEntity.class, ContactEntity::toContact),
                recordsOf(em, item, kinds, RecordKind.REQUEST, UnitRequestEntity.class, UnitRequestEntity::toRequest),
                RecordKind.REPLY.in(kinds) ? replies(em, item.id) : List.of(),
                recordsOf(em, item, kinds, RecordKind.RATING, RatingEntity.class, RatingEntity::toRating),
                recordsOf(em, item, kinds, RecordKind.NOTICE, NoticeEntity.class, NoticeEntity::toNotice),
                recordsOf(em, item, kinds, RecordKind.COMMENT, CommentEntity.class, CommentEntity::toComment),
                merged);
    }

    private static <E extends ItemRecordEntity, T> List<T> recordsOf(
            EntityManager em, ItemEntity item, Integer kinds, RecordKind kind, Class<E> type, Function<E, T> toDomain) {
        return kind.in(kinds) ? recordsOf(em, item.id, type, toDomain) : List.of();
    }

    @Override
    public Dossier apply(long id, Long expectedVersion, Function<Dossier, List<ItemChange>> decide) {
        return database.inTransaction(em -> {
            // Reads within the step must not flush half of it (that would count a version twice).
            em.setFlushMode(FlushModeType.COMMIT);
            ItemEntity entity = withPeople(em, id).orElseThrow(() -> BanliException.itemNotFound(id));
            Dossier before = dossierOf(em, entity);
            if (entity.recordKinds == null) {
                entity.recordKinds = RecordKind.of(before); // read in full just now
            }
            // The decision first: one who may not see the item learns nothing from its version (404, not 409).
            List<ItemChange> changes = decide.apply(before);
            requireVersion(entity, expectedVersion);
            Map<ItemEntity, List<ItemRecordEntity>> saved = new LinkedHashMap<>();
            saved.put(entity, new ArrayList<>());
            for (ItemChange change : changes) {
                ItemEntity target = change.itemId() == id ? entity : em.find(ItemEntity.class, change.itemId());
                if (target == null) {
                    throw BanliException.itemNotFound(change.itemId());
                }
                requireVersion(target, change.expectedVersion());
                saved.computeIfAbsent(target, t -> new ArrayList<>())
                        .addAll(applyTo(em, database.keys(), target, change));
            }
            // Before the flush, so that each item's row is written once.
            saved.forEach((target, records) -> {
                if (target == entity || !records.isEmpty()) {
                    target.facts = AssessedFacts.of(
                            after(target == entity ? before : dossierOf(em, target), target.toItem(), records));
                }
            });
            em.flush();
            // The file as it now stands, from what the step wrote rather than by reading it all again;
            // a step over several items (a merge) changes the merged list too: that one is read.
            return saved.size() > 1 ? dossierOf(em, entity) : after(before, entity.toItem(), saved.get(entity));
        });
    }

    /** The dossier {@code before} with the records a step saved put in (by id) or added, each list by id. */
    private static Dossier after(Dossier before, Item item, List<ItemRecordEntity> saved) {
        return new Dossier(
                item,
                merge(before.coUnits(), saved, CoUnitEntity.class, CoUnitEntity::toCoUnit),
                merge(before.contacts(), saved, ContactEntity.class, ContactEntity::toContact),
                merge(before.requests(), saved, UnitRequestEntity.class, UnitRequestEntity::toRequest),
                merge(before.replies(), saved, ReplyEntity.class, ReplyEntity::toReply),
                merge(before.ratings(), saved, RatingEntity.class, RatingEntity::toRating),
                merge(before.notices(), saved, NoticeEntity.class, NoticeEntity::toNotice),
                merge(before.comments(), saved, CommentEntity.class, CommentEntity::toComment),
                before.mergedItems());
    }

    private static <E extends ItemRecordEntity, T extends ItemRecord> List<T> merge(
            List<T> before, List<ItemRecordEntity> saved, Class<E> type, Function<E, T> toDomain) {
        Map<Long, T> byId = new java.util.TreeMap<>();
        before.forEach(r -> byId.put(r.id(), r));
        saved.stream().filter(type::isInstance).map(type::cast).forEach(e -> byId.put(e.id, toDomain.apply(e)));
        return List.copyOf(byId.values());
    }

    private static void requireVersion(ItemEntity entity, Long expected) {
        if (expected != null && expected != entity.version) {
            throw BanliException.conflict(Text.of(
                    Text.Code.ITEM_CHANGED,
                    "item",
                    new ItemNumber(entity.kind, entity.year, entity.number),
                    "version",
                    entity.version,
                    "expected",
                    expected));
        }
    }

    /** @return the records the change wrote */
    private static List<ItemRecordEntity> applyTo(
            EntityManager em, NaturalKeys keys, ItemEntity item, ItemChange change) {
        String hostCode = change.progress().hostUnit();
        UnitEntity host = hostCode == null
                ? null
                : item.hostUnit != null && hostCode.equals(item.hostUnit.code)
                        ? item.hostUnit
                        : keys.unit(em, hostCode)
                                .orElseThrow(() ->
                                        BanliException.notFound(Text.of(Text.Code.UNIT_NOT_FOUND, "unit", hostCode)));
        ItemStatus from = item.status;
        Long mergedBefore = item.mergedInto;
        item.status = change.toStatus();
        item.set(change.progress(), host);
        if (item.mergedInto != null && !item.mergedInto.equals(mergedBefore)) {
            ItemEntity lead = em.find(ItemEntity.class, item.mergedInto);
            if (lead == null) {
                throw BanliException.itemNotFound(item.mergedInto);
            }
            RecordKind.MERGED_ITEM.addTo(lead);
        }
        if (change.designation() != null) {
            item.keyItem = change.designation().keyItem();
            item.leadingOfficial = change.designation().leadingOfficial();
            item.publicReply = change.designation().publicReply();
        }
        // Every step counts as a change of the item, also one that only adds a record.
        em.lock(item, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        sealed(em, item, event(item, change.action(), change.actor(), change.at(), from, change));
        List<ItemRecordEntity> saved = new ArrayList<>();
        for (ItemRecord record : change.records()) {
            ItemRecordEntity written = save(em, item, record);
            RecordKind.of(written).addTo(item);
            saved.add(written);
        }
        // The step's notifications commit with it, or not at all.
        change.messages().forEach(message -> em.persist(MessageEntity.queued(message, change.at())));
        return saved;
    }

    private static ItemRecordEntity save(EntityManager em, ItemEntity item, ItemRecord record) {
        if (record instanceof CoUnit r) {
            return written(record(em, item, r.id(), CoUnitEntity.class, CoUnitEntity::new), e -> e.set(r));
        } else if (record instanceof Contact r) {
            return written(record(em, item, r.id(), ContactEntity.class, ContactEntity::new), e -> e.set(r));
        } else if (record instanceof UnitRequest r) {
            return written(record(em, item, r.id(), UnitRequestEntity.class, UnitRequestEntity::new), e -> e.set(r));
        } else if (record instanceof Reply r) {
            return written(record(em, item, r.id(), ReplyEntity.class, ReplyEntity::new), e -> e.set(r));
        } else if (record instanceof Rating r) {
            return written(record(em, item, r.id(), RatingEntity.class, RatingEntity::new), e -> e.set(r));
        } else if (record instanceof SupervisionNotice r) {
            return written(record(em, item, r.id(), NoticeEntity.class, NoticeEntity::new), e -> e.set(r));
        } else if (record instanceof Comment r) {
            return written(record(em, item, r.id(), CommentEntity.class, CommentEntity::new), e -> e.set(r));
        }
        throw new IllegalArgumentException("unknown record " + record.getClass());
    }

    private static <E extends ItemRecordEntity> E written(E entity, java.util.function.Consumer<E> set) {
        set.accept(entity);
        return entity;
    }

    /** The stored record to overwrite, or a new one of the item; a record of another item is refused. */
    private static <E extends ItemRecordEntity> E record(
            EntityManager em, ItemEntity item, Long id, Class<E> type, java.util.function.Supplier<E> create) {
        if (id == null) {
            E created = create.get();
            created.item = item;
            em.persist(created);
            return created;
        }
        E found = em.find(type, id);
        if (found == null || !found.item.id.equals(item.id)) {
            throw BanliException.notFound(Text.of(Text.Code.RECORD_NOT_OF_ITEM, "record", id, "id", item.id));
        }
        return found;
    }

    /** Writes the entry sealed after the item's latest, in the step's transaction; the item's row keeps its seal. */
    private static void sealed(EntityManager em, ItemEntity item, ItemEventEntity entry) {
        em.persist(entry); // gives it its id, which the seal covers
        entry.seal = HistorySeal.of(item.historySeal == null ? HistorySeal.START : item.historySeal, entry);
        item.historySeal = entry.seal;
    }

    private static ItemEventEntity event(
            ItemEntity item,
            ItemAction action,
            String actor,
            java.time.Instant at,
            ItemStatus from,
            ItemChange change) {
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
    public HistoryAudit auditHistory() {
        return auditor.audit();
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
                    .getResultStream()
                    .collect(Collectors.toMap(u -> (String) u[0], u -> (String) u[1]));
            return Pages.of(
                    em,
                    database.pages(),
                    ReplyEntity.class,
                    where,
                    params,
                    "e.reviewedAt DESC, e.id DESC",
                    reply -> disclosed(reply, unitNames),
                    page,
                    size);
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
            em.createQuery(
                            "SELECT r.item.id, r.replyClass FROM ReplyEntity r WHERE r.item.id IN :ids"
                                    + " AND r.state = :accepted ORDER BY r.round, r.id",
                            Object[].class)
                    .setParameter("ids", ids)
                    .setParameter("accepted", Reply.State.ACCEPTED)
                    .getResultStream()
                    .forEach(row -> classes.put((Long) row[0], (ReplyClass) row[1]));
            Map<Long, Satisfaction> ratings = new HashMap<>();
            em.createQuery(
                            "SELECT g.item.id, g.satisfaction FROM RatingEntity g WHERE g.item.id IN :ids"
                                    + " ORDER BY g.round, g.id",
                            Object[].class)
                    .setParameter("ids", ids)
                    .getResultStream()
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

    @Override
    public Map<Long, List<String>> coUnits(Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = List.copyOf(itemIds);
        return database.read(em -> {
            Map<Long, List<String>> coUnits = new HashMap<>();
            em.createQuery(
                            "SELECT c.item.id, c.unitCode FROM CoUnitEntity c WHERE c.item.id IN :ids"
                                    + " AND c.releasedAt IS NULL ORDER BY c.id",
                            Object[].class)
                    .setParameter("ids", ids)
                    .getResultStream()
                    .forEach(row -> coUnits.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                            .add((String) row[1]));
            return coUnits;
        });
    }

    private static DisclosedReply disclosed(ReplyEntity reply, Map<String, String> unitNames) {
        Item item = reply.item.toItem();
        return new DisclosedReply(
                item.id(),
                item.label(),
                item.title(),
                item.category(),
                reply.unitCode,
                unitNames.get(reply.unitCode),
                reply.replyClass,
                reply.text,
                reply.reviewedAt);
    }

    /**
     * An item's replies with their commitments in one statement (each reply's own would be one more).
     * A fetch join answers a reply once per commitment: the same entity, kept once ({@code DISTINCT}
     * in SQL cannot compare the text columns on Derby).
     */
    private static List<Reply> replies(EntityManager em, long id) {
        return em.createQuery(
                        "SELECT r FROM ReplyEntity r LEFT JOIN FETCH r.commitments c WHERE r.item.id = :id"
                                + " ORDER BY r.id, c.id",
                        ReplyEntity.class)
                .setParameter("id", id)
                .getResultStream()
                .distinct()
                .map(ReplyEntity::toReply)
                .toList();
    }

    /** An item's records of one kind, oldest first. */
    private static <E extends ItemRecordEntity, T> List<T> recordsOf(
            EntityManager em, long id, Class<E> type, Function<E, T> toDomain) {
        return em.createQuery("SELECT r FROM " + type.getSimpleName() + " r WHERE r.item.id = :id ORDER BY r.id", type)
                .setParameter("id", id)
                .getResultStream()
                .map(toDomain)
                .toList();
    }
}
