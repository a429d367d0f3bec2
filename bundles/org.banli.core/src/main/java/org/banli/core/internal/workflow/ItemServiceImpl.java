package org.banli.core.internal.workflow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.banli.api.Actor;
import org.banli.api.BanliException;
import org.banli.api.Page;
import org.banli.api.RuleViolationException;
import org.banli.api.Text;
import org.banli.api.item.BatchAssignment;
import org.banli.api.item.CountyRules;
import org.banli.api.item.DisclosedReply;
import org.banli.api.item.Dossier;
import org.banli.api.item.HistoryAudit;
import org.banli.api.item.Intake;
import org.banli.api.item.Item;
import org.banli.api.item.ItemDraft;
import org.banli.api.item.ItemEvent;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ItemQuery;
import org.banli.api.item.ItemService;
import org.banli.api.item.ItemStatus;
import org.banli.api.item.NumberedDraft;
import org.banli.api.item.Rating;
import org.banli.api.item.Step;
import org.banli.api.item.TextLimits;
import org.banli.api.item.Timing;
import org.banli.api.item.Urgency;
import org.banli.api.unit.Unit;
import org.banli.api.user.Role;
import org.banli.api.user.User;
import org.banli.core.internal.Access;
import org.banli.core.internal.EtcFiles;
import org.banli.core.internal.HandlingRules;
import org.banli.core.internal.Texts;
import org.banli.core.internal.notify.Notifier;
import org.banli.core.internal.notify.People;
import org.banli.core.internal.notify.PhoneNumbers;
import org.banli.store.spi.ItemChange;
import org.banli.store.spi.ItemStore;
import org.banli.store.spi.NewItem;
import org.banli.store.spi.UnitStore;
import org.banli.store.spi.UserStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The workflow service: checks who asks, then lets the store apply what {@link Workflow} decides in one transaction. */
@Component(
        service = {ItemService.class, PastSteps.class},
        configurationPid = HandlingRules.PID)
@Designate(ocd = HandlingRules.class)
public class ItemServiceImpl implements ItemService, PastSteps {

    public static final int MAX_PAGE_SIZE = 200;

    /** The most items one assignment meeting assigns at once: a county's batch is a few hundred. */
    static final int MAX_BATCH_ASSIGNMENTS = 2000;

    private static final Logger LOG = LoggerFactory.getLogger(ItemServiceImpl.class);

    private final ItemStore items;
    private final UnitStore units;
    private final UserStore users;
    private final Clock clock;
    private volatile CountyProfile county;

    @Activate
    public ItemServiceImpl(
            @Reference ItemStore items, @Reference UnitStore units, @Reference UserStore users, HandlingRules rules) {
        this(
                items,
                units,
                users,
                CountyProfile.of(rules, calendarOf(rules, WorkCalendar.WEEKDAYS_ONLY)),
                Clock.systemUTC());
        LOG.info("Handling rules: {}", county);
    }

    public ItemServiceImpl(ItemStore items, UnitStore units, UserStore users, CountyProfile county, Clock clock) {
        this.items = items;
        this.units = units;
        this.users = users;
        this.clock = clock;
        this.county = county;
    }

    @Override
    public ItemService at(Clock other) {
        return new ItemServiceImpl(items, units, users, county, other);
    }

    @Override
    public CountyProfile county() {
        return county;
    }

    @Modified
    void modified(HandlingRules rules) {
        county = CountyProfile.of(rules, calendarOf(rules, county.calendar()));
        LOG.info("Handling rules changed: {}", county);
    }

    /** A calendar that cannot be read leaves the previous one in force: deadlines must not silently shift. */
    private static WorkCalendar calendarOf(HandlingRules rules, WorkCalendar previous) {
        Path file = EtcFiles.of(rules.calendarFile(), "banli-calendar.txt");
        if (file == null || !Files.exists(file)) {
            LOG.warn("节假日文件 {} 不存在，仅按周末计算工作日 (holiday calendar {} not found; only weekends are days off)", file, file);
            return previous;
        }
        try {
            return WorkCalendar.read(file);
        } catch (RuntimeException e) {
            LOG.error("节假日文件有误，沿用原日历 (holiday calendar rejected, the previous one stays): {}", e.getMessage());
            return previous;
        }
    }

    @Override
    public Item register(Actor actor, ItemDraft draft) {
        Access.requireRole(actor, Role.OFFICE, Text.Label.REGISTER_ITEMS);
        Texts.Violations violations = new Texts.Violations();
        ItemDraft normalized = checked(draft, violations);
        violations.throwIfAny();
        Item item = items.create(new NewItem(normalized, normalized.year(), actor.username(), Instant.now(clock)));
        LOG.info(
                "Item {} registered by {}: {} {} no. {}",
                item.id(),
                actor.username(),
                item.kind(),
                item.year(),
                item.number());
        return item;
    }

    @Override
    public List<Item> registerAll(Actor actor, List<NumberedDraft> batch) {
        // The office's batch, or an administrator bringing it in at the console.
        Access.requireAnyRole(actor, Text.Label.REGISTER_ITEMS, Role.OFFICE, Role.ADMIN);
        List<NewItem> checked = new ArrayList<>(batch.size());
        Instant now = Instant.now(clock);
        for (NumberedDraft entry : batch) {
            Texts.Violations violations = new Texts.Violations();
            ItemDraft normalized = checked(entry.draft(), violations);
            if (entry.number() != null && entry.number() < 1) {
                violations.add("number", Text.Code.NUMBER_AT_LEAST_ONE);
            }
            violations.throwIfAny();
            checked.add(
                    new NewItem(normalized, normalized.year(), entry.number(), entry.intake(), actor.username(), now));
        }
        List<Item> stored = items.createAll(checked);
        LOG.info("{} items registered in one batch by {}", stored.size(), actor.username());
        return stored;
    }

    @Override
    public Optional<Intake> intake(Actor actor, Dossier dossier) {
        Access.visible(actor, dossier); // only for whoever may see the item
        return items.intake(dossier.item().id());
    }

    @Override
    public List<RuleViolationException.Violation> registrationCheck(Actor actor, ItemDraft draft) {
        Access.requireAnyRole(actor, Text.Label.REGISTER_ITEMS, Role.OFFICE, Role.ADMIN);
        Texts.Violations violations = new Texts.Violations();
        checked(draft, violations);
        return violations.list();
    }

    /** The draft as it is stored, its year filled in; what is wrong with it goes to {@code violations}. */
    private ItemDraft checked(ItemDraft draft, Texts.Violations violations) {
        if (draft.kind() == null) {
            violations.add("kind", Text.Code.KIND_REQUIRED);
        }
        Texts.require(violations, "title", Text.Label.TITLE, draft.title(), TextLimits.TITLE);
        Texts.require(violations, "body", Text.Label.BODY, draft.body(), TextLimits.TEXT);
        Texts.limit(violations, "category", Text.Label.CATEGORY, draft.category(), TextLimits.CATEGORY);
        Texts.limit(
                violations, "leadingOfficial", Text.Label.LEADING_OFFICIAL, draft.leadingOfficial(), TextLimits.NAME);
        if (Texts.isBlank(draft.submitter())) {
            violations.add("submitter", Text.Code.REQUIRED, "label", Text.Label.SUBMITTER);
        } else if (users.find(draft.submitter())
                .filter(u -> u.roles().contains(Role.SUBMITTER))
                .isEmpty()) {
            violations.add("submitter", Text.Code.NOT_A_SUBMITTER, "submitter", draft.submitter());
        }
        if (!draft.keyItem() && !Texts.isBlank(draft.leadingOfficial())) {
            violations.add("leadingOfficial", Text.Code.OFFICIAL_ONLY_FOR_KEY_ITEMS);
        } else if (!Texts.isBlank(draft.leadingOfficial())
                && users.find(draft.leadingOfficial().strip())
                        .filter(u -> u.roles().contains(Role.LEADER))
                        .isEmpty()) {
            violations.add("leadingOfficial", Text.Code.NOT_A_LEADER, "official", draft.leadingOfficial());
        }
        int year = draft.year() != null
                ? draft.year()
                : Year.now(clock.withZone(county.zone())).getValue();
        if (year < 2000 || year > 2100) {
            violations.add("year", Text.Code.YEAR_RANGE);
        }
        return new ItemDraft(
                draft.kind(),
                year,
                draft.title() == null ? null : draft.title().strip(),
                draft.body(),
                draft.submitter(),
                Texts.isBlank(draft.category()) ? null : draft.category().strip(),
                draft.keyItem(),
                Texts.isBlank(draft.leadingOfficial())
                        ? null
                        : draft.leadingOfficial().strip(),
                draft.urgency() == null ? Urgency.NORMAL : draft.urgency(),
                draft.publicReply());
    }

    @Override
    public Item get(Actor actor, long id) {
        return dossier(actor, id).item();
    }

    @Override
    public Dossier dossier(Actor actor, long id) {
        return shown(actor, items.dossier(id).orElseThrow(() -> BanliException.itemNotFound(id)));
    }

    /** What of a file the actor may see. */
    private static Dossier shown(Actor actor, Dossier file) {
        Dossier dossier = Access.visible(actor, file);
        // Who entered a rating and from where is for detecting coerced ratings: whole-county readers only.
        return Access.readsEverything(actor)
                ? dossier
                : dossier.withRatings(
                        dossier.ratings().stream().map(Rating::withoutOrigin).toList());
    }

    @Override
    public Page<Item> list(Actor actor, ItemQuery query) {
        Texts.Violations violations = new Texts.Violations();
        if (query.page() < 0) {
            violations.add("page", Text.Code.PAGE_NEGATIVE);
        } else if ((long) query.page() * query.size() > Integer.MAX_VALUE) {
            violations.add("page", Text.Code.PAGE_TOO_LARGE);
        }
        if (query.size() < 1 || query.size() > MAX_PAGE_SIZE) {
            violations.add("size", Text.Code.PAGE_SIZE, "max", MAX_PAGE_SIZE);
        }
        if (query.dueWithinDays() != null && query.dueWithinDays() < 0) {
            violations.add("dueWithin", Text.Code.DUE_WITHIN_NEGATIVE);
        }
        violations.throwIfAny();
        CountyProfile rules = county;
        LocalDate today = rules.date(Instant.now(clock));
        return visibleTo(
                actor,
                query.on(today, query.warning() == null ? null : Deadlines.cutoff(rules, query.warning(), today)));
    }

    private Page<Item> visibleTo(Actor actor, ItemQuery query) {
        if (Access.readsEverything(actor)) {
            return items.find(query);
        }
        if (query.flaggedRating() != null) {
            throw BanliException.forbidden(Text.of(Text.Code.FLAGGED_RATINGS_FOR_COUNTY));
        }
        // Those who see only part of the county get their part, whatever they asked for.
        ItemKind liaisonKind = Access.liaisonKind(actor);
        if (liaisonKind != null) {
            return query.kind() != null && query.kind() != liaisonKind
                    ? empty(query)
                    : items.find(query.withKind(liaisonKind));
        }
        if (Access.inUnit(actor)) {
            return items.find(query.withInvolvedUnit(actor.unitCode()));
        }
        if (actor.has(Role.SUBMITTER)) {
            boolean otherSubmitter =
                    query.submitter() != null && !query.submitter().equals(actor.username());
            return otherSubmitter ? empty(query) : items.find(query.withSubmitter(actor.username()));
        }
        throw BanliException.forbidden(Text.of(Text.Code.NOT_ALLOWED, "action", Text.Label.READ_ITEMS));
    }

    private static Page<Item> empty(ItemQuery query) {
        return new Page<>(List.of(), query.page(), query.size(), 0);
    }

    @Override
    public Dossier perform(Actor actor, long id, Long expectedVersion, Step step, String from) {
        if (step == null) {
            throw BanliException.conflict(Text.of(Text.Code.NO_STEP_GIVEN));
        }
        Workflow workflow = new Workflow(county, directory(), Instant.now(clock));
        Notifier notifier = new Notifier(new People(users));
        Dossier after;
        if (step instanceof Step.Merge merge) {
            List<Item> members = new ArrayList<>();
            if (merge.items() != null && merge.items().size() > Workflow.MAX_MERGED) {
                throw RuleViolationException.of("items", Text.of(Text.Code.AT_MOST_MERGED, "max", Workflow.MAX_MERGED));
            }
            for (Long memberId : merge.items() == null ? List.<Long>of() : merge.items()) {
                members.add(items.find(memberId == null ? -1 : memberId)
                        .filter(m -> Access.readsEverything(actor))
                        .orElseThrow(() -> BanliException.itemNotFound(memberId == null ? -1 : memberId)));
            }
            after = items.apply(
                    id,
                    expectedVersion,
                    dossier -> notifier.plan(dossier, workflow.merge(actor, dossier, merge, members)));
        } else {
            after = items.apply(
                    id,
                    expectedVersion,
                    dossier -> notifier.plan(dossier, workflow.decide(actor, dossier, step, from)));
        }
        Item item = after.item();
        LOG.info(
                "{} {}: {} by {}, now {}",
                item.label(),
                item.id(),
                step.getClass().getSimpleName(),
                actor.username(),
                item.status());
        return shown(actor, after);
    }

    private Workflow.Directory directory() {
        return new Workflow.Directory() {
            @Override
            public Optional<Unit> unit(String code) {
                return units.find(code);
            }

            @Override
            public Optional<User> user(String username) {
                return users.find(username);
            }
        };
    }

    @Override
    public List<Item> assignAll(Actor actor, List<BatchAssignment> batch) {
        Access.requireRole(actor, Role.OFFICE, Text.Label.ASSIGN_ITEMS);
        if (batch == null || batch.isEmpty()) {
            throw RuleViolationException.of("items", Text.of(Text.Code.ASSIGNMENT_BATCH_EMPTY));
        }
        if (batch.size() > MAX_BATCH_ASSIGNMENTS) {
            throw RuleViolationException.of(
                    "items", Text.of(Text.Code.ASSIGNMENT_AT_MOST, "max", MAX_BATCH_ASSIGNMENTS));
        }
        Workflow workflow = new Workflow(county, directory(), Instant.now(clock));
        Notifier notifier = new Notifier(new People(users));
        List<RuleViolationException.Violation> refused = new ArrayList<>();
        List<ItemChange> changes = new ArrayList<>();
        Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < batch.size(); i++) {
            BatchAssignment entry = batch.get(i);
            String field = "items[" + i + "]";
            Dossier dossier = items.dossier(entry.itemId())
                    .filter(d -> Access.readsEverything(actor))
                    .orElse(null);
            if (dossier == null) {
                refused.add(new RuleViolationException.Violation(
                        field, Text.of(Text.Code.ITEM_NOT_FOUND, "id", entry.itemId())));
                continue;
            }
            Item item = dossier.item();
            Text problem = null;
            if (!seen.add(item.id())) {
                problem = Text.of(Text.Code.ASSIGNMENT_ITEM_TWICE, "item", item.reference());
            } else if (item.status() != ItemStatus.REGISTERED) {
                problem = Text.of(Text.Code.ASSIGNMENT_NOT_NEW, "item", item.reference());
            } else if (entry.expectedVersion() != null && entry.expectedVersion() != item.version()) {
                problem = Text.of(
                        Text.Code.ITEM_CHANGED,
                        "item",
                        item.reference(),
                        "version",
                        item.version(),
                        "expected",
                        entry.expectedVersion());
            }
            if (problem != null) {
                refused.add(new RuleViolationException.Violation(field, problem));
                continue;
            }
            try {
                Map<Long, Long> versions = new java.util.HashMap<>();
                versions.put(item.id(), item.version());
                dossier.mergedItems().forEach(m -> versions.put(m.id(), m.version()));
                notifier.plan(dossier, workflow.decide(actor, dossier, entry.assignment(), null)).stream()
                        .map(c -> c.expecting(versions.get(c.itemId())))
                        .forEach(changes::add);
            } catch (RuleViolationException e) {
                e.violations()
                        .forEach(v -> refused.add(new RuleViolationException.Violation(
                                field + "." + v.field(),
                                Text.of(
                                        Text.Code.ASSIGNMENT_ITEM_REFUSED,
                                        "item",
                                        item.reference(),
                                        "problem",
                                        v.text()))));
            } catch (BanliException e) {
                if (e.problem() == BanliException.Problem.FORBIDDEN) {
                    throw e;
                }
                refused.add(new RuleViolationException.Violation(
                        field,
                        Text.of(Text.Code.ASSIGNMENT_ITEM_REFUSED, "item", item.reference(), "problem", e.text())));
            }
        }
        if (!refused.isEmpty()) {
            throw new RuleViolationException(refused);
        }
        // One transaction: the first item's step writes every item's change, each at the version it was decided on.
        items.apply(changes.get(0).itemId(), null, first -> changes);
        Map<Long, Item> after = new java.util.HashMap<>();
        items.find(batch.stream().map(BatchAssignment::itemId).toList()).forEach(i -> after.put(i.id(), i));
        LOG.info("{} items assigned at once by {}", batch.size(), actor.username());
        return batch.stream().map(e -> after.get(e.itemId())).toList();
    }

    @Override
    public List<ItemEvent> history(Actor actor, long id) {
        Dossier file = items.dossier(id).orElseThrow(() -> BanliException.itemNotFound(id));
        Access.visible(actor, file);
        List<ItemEvent> history = items.history(id);
        return Access.onlyAsSubmitter(actor, file)
                ? history.stream().filter(Access::submitterReads).toList()
                : history;
    }

    @Override
    public HistoryAudit auditHistory(Actor actor) {
        Access.requireRole(actor, Role.ADMIN, Text.Label.AUDIT_HISTORY);
        HistoryAudit audit = items.auditHistory();
        if (audit.isIntact()) {
            LOG.info(
                    "History audit by {}: {} entries of {} items intact ({} written before sealing)",
                    actor.username(),
                    audit.entries(),
                    audit.items(),
                    audit.unsealed());
        } else {
            LOG.warn(
                    "History audit by {}: {} items with a broken chain, first {} at entry {}",
                    actor.username(),
                    audit.breaks().size(),
                    audit.breaks().get(0).item(),
                    audit.breaks().get(0).position());
        }
        return audit;
    }

    @Override
    public Timing timing(Dossier dossier) {
        CountyProfile rules = county;
        return Deadlines.of(
                rules,
                dossier,
                rules.date(Instant.now(clock)),
                code -> units.find(code).map(Unit::name).orElse(code));
    }

    @Override
    public Timing timing(Item item) {
        CountyProfile rules = county;
        return Deadlines.of(rules, item, rules.date(Instant.now(clock)));
    }

    @Override
    public List<RuleViolationException.Violation> replyCheck(Actor actor, long id) {
        return new Workflow(county, directory(), Instant.now(clock)).replyCheck(dossier(actor, id));
    }

    @Override
    public Set<Class<? extends Step>> possibleSteps(Actor actor, Dossier dossier) {
        return new Workflow(county, directory(), Instant.now(clock)).possibleSteps(actor, dossier);
    }

    @Override
    public CountyRules countyRules() {
        CountyProfile rules = county;
        return new CountyRules(
                rules.twoAxisRating(),
                rules.minimumReplyLength(),
                rules.replyClasses(),
                rules.zone().getId(),
                rules.atRiskDays());
    }

    @Override
    public Page<DisclosedReply> disclosed(Integer year, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw RuleViolationException.of("size", Text.of(Text.Code.PAGE_AND_SIZE, "max", MAX_PAGE_SIZE));
        }
        Page<DisclosedReply> found = items.disclosed(year, page, size);
        return new Page<>(
                found.items().stream()
                        .map(r -> new DisclosedReply(
                                r.itemId(),
                                r.label(),
                                r.title(),
                                r.category(),
                                r.unitCode(),
                                r.unitName(),
                                r.replyClass(),
                                PhoneNumbers.masked(r.text()),
                                r.repliedAt()))
                        .toList(),
                page,
                size,
                found.total());
    }
}
