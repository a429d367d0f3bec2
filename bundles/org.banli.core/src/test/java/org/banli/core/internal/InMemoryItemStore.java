package org.banli.core.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.banli.api.BanliException;
import org.banli.api.Page;
import org.banli.api.Text;
import org.banli.api.item.CoUnit;
import org.banli.api.item.Comment;
import org.banli.api.item.Commitment;
import org.banli.api.item.Contact;
import org.banli.api.item.ContactPhase;
import org.banli.api.item.DisclosedReply;
import org.banli.api.item.Dossier;
import org.banli.api.item.Intake;
import org.banli.api.item.Item;
import org.banli.api.item.ItemAction;
import org.banli.api.item.ItemDraft;
import org.banli.api.item.ItemEvent;
import org.banli.api.item.ItemNumber;
import org.banli.api.item.ItemQuery;
import org.banli.api.item.ItemRecord;
import org.banli.api.item.ItemStatus;
import org.banli.api.item.Progress;
import org.banli.api.item.Rating;
import org.banli.api.item.Reply;
import org.banli.api.item.SupervisionNotice;
import org.banli.api.item.UnitRequest;
import org.banli.api.notify.NewMessage;
import org.banli.store.spi.ItemChange;
import org.banli.store.spi.ItemStore;
import org.banli.store.spi.NewItem;

/**
 * A hand-written item store for the core's unit tests; the JPA store has its own tests.
 * A step works on copies and is kept only when it completes, like a transaction.
 */
public final class InMemoryItemStore implements ItemStore {

    private final Map<Long, Item> items = new LinkedHashMap<>();
    private final Map<Long, List<ItemRecord>> records = new LinkedHashMap<>();
    private final List<ItemEvent> events = new ArrayList<>();
    private final Map<Long, Intake> intakes = new LinkedHashMap<>();
    /** The messages steps queued, in order. */
    public final List<NewMessage> queued = new ArrayList<>();

    private long nextId = 1000;

    @Override
    public synchronized Optional<Intake> intake(long id) {
        return Optional.ofNullable(intakes.get(id));
    }

    @Override
    public synchronized List<Item> createAll(List<NewItem> batch) {
        Map<Long, Item> itemsBefore = new LinkedHashMap<>(items);
        Map<Long, List<ItemRecord>> recordsBefore = new LinkedHashMap<>(records);
        int eventsBefore = events.size();
        Map<Long, Intake> intakesBefore = new LinkedHashMap<>(intakes);
        try {
            return batch.stream().map(this::create).toList();
        } catch (RuntimeException refused) { // all or none, as in one transaction
            items.clear();
            items.putAll(itemsBefore);
            records.clear();
            records.putAll(recordsBefore);
            events.subList(eventsBefore, events.size()).clear();
            intakes.clear();
            intakes.putAll(intakesBefore);
            throw refused;
        }
    }

    @Override
    public synchronized Item create(NewItem item) {
        ItemDraft d = item.draft();
        int highest = items.values().stream()
                .filter(i -> i.kind() == d.kind() && i.year() == item.year())
                .mapToInt(Item::number)
                .max()
                .orElse(0);
        if (item.number() != null
                && items.values().stream()
                        .anyMatch(
                                i -> i.kind() == d.kind() && i.year() == item.year() && i.number() == item.number())) {
            throw BanliException.conflict(
                    Text.of(Text.Code.ITEM_NUMBER_TAKEN, "item", new ItemNumber(d.kind(), item.year(), item.number())));
        }
        Item created = new Item(
                items.size() + 1L,
                1,
                d.kind(),
                item.year(),
                item.number() != null ? item.number() : highest + 1,
                d.title(),
                d.body(),
                d.submitter(),
                d.category(),
                d.keyItem(),
                d.leadingOfficial(),
                d.urgency(),
                d.publicReply(),
                ItemStatus.REGISTERED,
                Progress.NEW,
                item.registeredAt());
        items.put(created.id(), created);
        if (item.intake() != null && !item.intake().isEmpty()) {
            intakes.put(created.id(), item.intake());
        }
        records.put(created.id(), new ArrayList<>());
        events.add(new ItemEvent(
                created.id(),
                ItemAction.REGISTER,
                item.registeredBy(),
                item.registeredAt(),
                null,
                ItemStatus.REGISTERED,
                null));
        return created;
    }

    @Override
    public synchronized Optional<Item> find(long id) {
        return Optional.ofNullable(items.get(id));
    }

    @Override
    public synchronized List<Item> find(java.util.Collection<Long> ids) {
        return ids.stream().map(items::get).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public synchronized List<Long> ids() {
        return List.copyOf(items.keySet());
    }

    @Override
    public synchronized Page<Item> find(ItemQuery q) {
        List<Item> matching = items.values().stream()
                .filter(i -> q.status() == null || i.status() == q.status())
                .filter(i -> q.hostUnit() == null || q.hostUnit().equals(i.hostUnit()))
                .filter(i -> q.involvedUnit() == null
                        || q.involvedUnit().equals(i.hostUnit())
                        || dossierOf(i).activeCoUnit(q.involvedUnit()).isPresent())
                .filter(i -> q.kind() == null || i.kind() == q.kind())
                .filter(i -> q.year() == null || i.year() == q.year())
                .filter(i -> q.number() == null || i.number() == q.number())
                .filter(i -> q.submitter() == null || q.submitter().equals(i.submitter()))
                .filter(i -> q.keyItem() == null || i.keyItem() == q.keyItem())
                .filter(i -> (q.overdue() == null && q.dueWithinDays() == null)
                        || ItemStatus.AWAITING_REPLY.contains(i.status()))
                .filter(i -> q.overdue() == null || i.deadline().isBefore(q.today()) == q.overdue())
                .filter(i -> q.dueWithinDays() == null
                        || (!i.deadline().isBefore(q.today())
                                && !i.deadline().isAfter(q.today().plusDays(q.dueWithinDays()))))
                .filter(i -> q.warning() == null || warned(dossierOf(i), q))
                .filter(i -> q.flaggedRating() == null
                        || dossierOf(i).ratings().stream().anyMatch(r -> r.flag() != null) == q.flaggedRating())
                .filter(i -> q.draft() == null || drafted(dossierOf(i), q.draft()))
                // The JPA store's order: year, newest first, then kind as stored (its name) and number.
                .sorted(Comparator.comparing(Item::year, Comparator.reverseOrder())
                        .thenComparing(i -> i.kind().name())
                        .thenComparing(Item::number))
                .toList();
        List<Item> page = matching.stream()
                .skip((long) q.page() * q.size())
                .limit(q.size())
                .toList();
        return q.counted()
                ? new Page<>(page, q.page(), q.size(), matching.size())
                : Page.uncounted(page, q.page(), q.size(), matching.size() > (long) (q.page() + 1) * q.size());
    }

    /** A draft of the current round waiting for approval, or sent back (it carries a remark). */
    private static boolean drafted(Dossier d, ItemQuery.Draft draft) {
        return d.replies().stream()
                .filter(r -> r.round() == d.item().progress().round() && r.state() == Reply.State.DRAFT)
                .anyMatch(r -> (r.remark() != null) == (draft == ItemQuery.Draft.SENT_BACK));
    }

    /** The warning rules as the JPA store's queries state them, on the cutoffs the workflow computed. */
    private static boolean warned(Dossier d, ItemQuery q) {
        Item i = d.item();
        boolean owing = ItemStatus.AWAITING_REPLY.contains(i.status());
        Instant before = q.cutoff().before();
        return switch (q.warning()) {
            case NO_CONTACT ->
                owing
                        && i.progress().assignedAt().isBefore(before)
                        && d.contacts().stream().allMatch(c -> c.phase() == ContactPhase.CONSULTATION);
            case NO_DRAFT ->
                owing
                        && !i.deadline().isAfter(q.cutoff().until())
                        && d.currentReply().isEmpty();
            case MISSING_CO_UNIT_OPINION ->
                owing
                        && i.progress().assignedAt().isBefore(before)
                        && d.activeCoUnits().stream().anyMatch(c -> c.opinionAt() == null);
            case OVERDUE_COMMITMENT ->
                d.latestAcceptedReply().stream()
                        .flatMap(r -> r.commitments().stream())
                        .anyMatch(c ->
                                !c.done() && !c.dueDate().isAfter(q.cutoff().until()));
            case RATING_OVERDUE ->
                i.status() == ItemStatus.REPLIED
                        && d.currentReply()
                                .filter(r -> r.state() == Reply.State.ACCEPTED
                                        && r.reviewedAt().isBefore(before))
                                .isPresent();
        };
    }

    @Override
    public synchronized Optional<Dossier> dossier(long id) {
        return find(id).map(this::dossierOf);
    }

    private Dossier dossierOf(Item item) {
        List<ItemRecord> own = records.get(item.id());
        return new Dossier(
                item,
                of(own, CoUnit.class),
                of(own, Contact.class),
                of(own, UnitRequest.class),
                of(own, Reply.class),
                of(own, Rating.class),
                of(own, SupervisionNotice.class),
                of(own, Comment.class),
                items.values().stream()
                        .filter(i -> Long.valueOf(item.id()).equals(i.progress().mergedInto()))
                        .toList());
    }

    private static <T> List<T> of(List<ItemRecord> records, Class<T> type) {
        return records.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public synchronized Dossier apply(long id, Long expectedVersion, Function<Dossier, List<ItemChange>> decide) {
        Item item = find(id).orElseThrow(() -> BanliException.itemNotFound(id));
        List<ItemChange> changes = decide.apply(dossierOf(item));
        requireVersion(item, expectedVersion);
        for (ItemChange c : changes) {
            requireVersion(
                    find(c.itemId()).orElseThrow(() -> BanliException.itemNotFound(c.itemId())), c.expectedVersion());
        }
        for (ItemChange c : changes) {
            Item before = items.get(c.itemId());
            ItemChange.Designation designation = c.designation() != null
                    ? c.designation()
                    : new ItemChange.Designation(before.keyItem(), before.leadingOfficial(), before.publicReply());
            items.put(
                    c.itemId(),
                    new Item(
                            before.id(),
                            before.version() + 1,
                            before.kind(),
                            before.year(),
                            before.number(),
                            before.title(),
                            before.body(),
                            before.submitter(),
                            before.category(),
                            designation.keyItem(),
                            designation.leadingOfficial(),
                            before.urgency(),
                            designation.publicReply(),
                            c.toStatus(),
                            c.progress(),
                            before.registeredAt()));
            events.add(new ItemEvent(
                    c.itemId(), c.action(), c.actor(), c.at(), before.status(), c.toStatus(), c.reason()));
            c.records().forEach(r -> save(c.itemId(), r));
            queued.addAll(c.messages());
        }
        return dossierOf(items.get(id));
    }

    private static void requireVersion(Item item, Long expected) {
        if (expected != null && expected != item.version()) {
            throw BanliException.conflict(Text.of(
                    Text.Code.ITEM_CHANGED, "item", item.reference(), "version", item.version(), "expected", expected));
        }
    }

    private void save(long itemId, ItemRecord record) {
        List<ItemRecord> own = records.get(itemId);
        if (record.id() == null) {
            own.add(withId(record, nextId++));
            return;
        }
        for (int i = 0; i < own.size(); i++) {
            if (own.get(i).id().equals(record.id()) && own.get(i).getClass() == record.getClass()) {
                own.set(i, withId(record, record.id()));
                return;
            }
        }
        throw BanliException.notFound(Text.of(Text.Code.RECORD_NOT_OF_ITEM, "record", record.id(), "id", itemId));
    }

    /** Gives new records (and new commitments of replies) their ids, as the database would. */
    private ItemRecord withId(ItemRecord r, long id) {
        if (r instanceof CoUnit c) {
            return new CoUnit(
                    id,
                    c.unitCode(),
                    c.assignedAt(),
                    c.acceptedAt(),
                    c.opinion(),
                    c.opinionBy(),
                    c.opinionAt(),
                    c.releasedAt());
        } else if (r instanceof Contact c) {
            return new Contact(
                    id,
                    c.unitCode(),
                    c.phase(),
                    c.method(),
                    c.date(),
                    c.participants(),
                    c.summary(),
                    c.recordedBy(),
                    c.recordedAt(),
                    c.confirmed(),
                    c.submitterRemark(),
                    c.confirmedAt());
        } else if (r instanceof UnitRequest u) {
            return new UnitRequest(
                    id,
                    u.kind(),
                    u.unitCode(),
                    u.reason(),
                    u.requestedDate(),
                    u.requestedBy(),
                    u.requestedAt(),
                    u.approved(),
                    u.decidedBy(),
                    u.decidedAt(),
                    u.decisionReason(),
                    u.grantedDate());
        } else if (r instanceof Reply p) {
            List<Commitment> numbered = p.commitments().stream()
                    .map(c -> c.id() != null
                            ? c
                            : new Commitment(
                                    nextId++,
                                    c.text(),
                                    c.dueDate(),
                                    c.doneOn(),
                                    c.progress(),
                                    c.updatedBy(),
                                    c.updatedAt()))
                    .toList();
            return new Reply(
                    id,
                    p.round(),
                    p.state(),
                    p.replyClass(),
                    p.limitReason(),
                    p.text(),
                    numbered,
                    p.signer(),
                    p.contactPerson(),
                    p.contactPhone(),
                    p.copyTo(),
                    p.unitCode(),
                    p.author(),
                    p.draftedAt(),
                    p.countersignedBy(),
                    p.approvedBy(),
                    p.approvedAt(),
                    p.submissions(),
                    p.submittedAt(),
                    p.reviewedBy(),
                    p.reviewedAt(),
                    p.remark(),
                    p.deadlineInForce(),
                    p.acceptedOn());
        } else if (r instanceof Rating g) {
            return new Rating(
                    id,
                    g.round(),
                    g.satisfaction(),
                    g.process(),
                    g.result(),
                    g.comment(),
                    g.enteredBy(),
                    g.enteredFrom(),
                    g.at(),
                    g.flag());
        } else if (r instanceof SupervisionNotice n) {
            return new SupervisionNotice(
                    id,
                    n.unitCode(),
                    n.text(),
                    n.dueDate(),
                    n.issuedBy(),
                    n.issuedAt(),
                    n.response(),
                    n.respondedBy(),
                    n.respondedAt());
        }
        Comment c = (Comment) r;
        return new Comment(id, c.author(), c.text(), c.at());
    }

    @Override
    public synchronized List<ItemEvent> history(long id) {
        return events.stream().filter(e -> e.itemId() == id).toList();
    }

    /** Nothing but this store's own code touches its history, so it is always intact. */
    @Override
    public synchronized org.banli.api.item.HistoryAudit auditHistory() {
        return new org.banli.api.item.HistoryAudit(items.size(), events.size(), 0, List.of());
    }

    @Override
    public synchronized Map<Long, Outcome> outcomes(java.util.Collection<Long> itemIds) {
        Map<Long, Outcome> outcomes = new java.util.HashMap<>();
        for (Long id : itemIds) {
            dossier(id).ifPresent(d -> {
                Outcome outcome = new Outcome(
                        d.latestAcceptedReply().map(Reply::replyClass).orElse(null),
                        d.ratings().isEmpty()
                                ? null
                                : d.ratings().get(d.ratings().size() - 1).satisfaction());
                if (outcome.replyClass() != null || outcome.satisfaction() != null) {
                    outcomes.put(id, outcome);
                }
            });
        }
        return outcomes;
    }

    @Override
    public synchronized Map<Long, List<String>> coUnits(java.util.Collection<Long> itemIds) {
        Map<Long, List<String>> coUnits = new java.util.HashMap<>();
        for (Long id : itemIds) {
            dossier(id)
                    .map(Dossier::activeCoUnits)
                    .filter(c -> !c.isEmpty())
                    .ifPresent(c ->
                            coUnits.put(id, c.stream().map(CoUnit::unitCode).toList()));
        }
        return coUnits;
    }

    @Override
    public synchronized Page<DisclosedReply> disclosed(Integer year, int page, int size) {
        List<DisclosedReply> found = new ArrayList<>();
        for (Item item : items.values()) {
            if (item.publicReply() && (year == null || item.year() == year)) {
                of(records.get(item.id()), Reply.class).stream()
                        .filter(r -> r.state() == Reply.State.ACCEPTED)
                        .forEach(r -> found.add(new DisclosedReply(
                                item.id(),
                                item.label(),
                                item.title(),
                                item.category(),
                                r.unitCode(),
                                null,
                                r.replyClass(),
                                r.text(),
                                r.reviewedAt())));
            }
        }
        return new Page<>(found.stream().skip((long) page * size).limit(size).toList(), page, size, found.size());
    }
}
