package org.banli.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.banli.api.Actor;
import org.banli.api.BanliException;
import org.banli.api.Page;
import org.banli.api.RuleViolationException;
import org.banli.api.item.Assignment;
import org.banli.api.item.Item;
import org.banli.api.item.ItemDraft;
import org.banli.api.item.ItemEvent;
import org.banli.api.item.ItemQuery;
import org.banli.api.item.ItemService;
import org.banli.api.item.ItemStatus;
import org.banli.api.item.Rating;
import org.banli.api.item.RatingDraft;
import org.banli.api.item.Reply;
import org.banli.api.item.ReplyClass;
import org.banli.api.item.ReplyDraft;
import org.banli.api.item.Satisfaction;
import org.banli.api.item.Urgency;
import org.banli.api.store.ItemChange;
import org.banli.api.store.ItemStore;
import org.banli.api.store.NewItem;
import org.banli.api.store.UnitStore;
import org.banli.api.store.UserStore;
import org.banli.api.user.Role;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The workflow: checks role, unit, state and data, then lets the store apply one transition. */
@Component(service = ItemService.class, configurationPid = HandlingRules.PID)
@Designate(ocd = HandlingRules.class)
public class ItemServiceImpl implements ItemService {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 20_000;
    static final int MIN_REPLY_TEXT = 10;
    /** The history keeps up to this many characters of a reason. */
    static final int MAX_REASON = 2000;
    static final int MAX_PAGE_SIZE = 200;
    private static final Logger LOG = LoggerFactory.getLogger(ItemServiceImpl.class);

    private final ItemStore items;
    private final UnitStore units;
    private final UserStore users;
    private final Clock clock;
    private volatile Settings settings;

    @Activate
    public ItemServiceImpl(@Reference ItemStore items, @Reference UnitStore units, @Reference UserStore users,
            HandlingRules rules) {
        this(items, units, users, rules, Clock.systemUTC());
    }

    ItemServiceImpl(ItemStore items, UnitStore units, UserStore users, HandlingRules rules, Clock clock) {
        this.items = items;
        this.units = units;
        this.users = users;
        this.clock = clock;
        this.settings = Settings.of(rules);
    }

    @Modified
    void modified(HandlingRules rules) {
        settings = Settings.of(rules);
        LOG.info("Handling rules changed: {}", settings);
    }

    @Override
    public Item register(Actor actor, ItemDraft draft) {
        Access.requireRole(actor, Role.OFFICE, "登记建议提案", "register items");
        Texts.Violations violations = new Texts.Violations();
        if (draft.kind() == null) {
            violations.add("kind", "类型不能为空，应为 SUGGESTION 或 PROPOSAL (kind must be SUGGESTION or PROPOSAL)");
        }
        Texts.require(violations, "title", "标题", draft.title(), MAX_TITLE);
        Texts.require(violations, "body", "正文", draft.body(), MAX_BODY);
        Texts.limit(violations, "category", "类别", draft.category(), 50);
        Texts.limit(violations, "leadingOfficial", "领办领导", draft.leadingOfficial(), 100);
        if (Texts.isBlank(draft.submitter())) {
            violations.add("submitter", "提出人不能为空 (submitter must not be empty)");
        } else if (users.find(draft.submitter()).filter(u -> u.roles().contains(Role.SUBMITTER)).isEmpty()) {
            violations.add("submitter", "提出人 " + draft.submitter() + " 不是已登记的代表或委员 (submitter "
                    + draft.submitter() + " is not a registered deputy or member)");
        }
        if (!draft.keyItem() && !Texts.isBlank(draft.leadingOfficial())) {
            violations.add("leadingOfficial", "只有重点件有领办领导 (only key items have a leading official)");
        }
        int year = draft.year() != null ? draft.year() : Year.now(clock.withZone(settings.zone)).getValue();
        if (year < 2000 || year > 2100) {
            violations.add("year", "年度须在2000至2100之间 (year must be between 2000 and 2100)");
        }
        violations.throwIfAny();
        ItemDraft normalized = new ItemDraft(draft.kind(), year, draft.title().strip(), draft.body(),
                draft.submitter(), Texts.isBlank(draft.category()) ? null : draft.category().strip(), draft.keyItem(),
                Texts.isBlank(draft.leadingOfficial()) ? null : draft.leadingOfficial().strip(),
                draft.urgency() == null ? Urgency.NORMAL : draft.urgency(), draft.publicReply());
        Item item = items.create(new NewItem(normalized, year, actor.username(), Instant.now(clock)));
        LOG.info("Item {} registered by {}: {} {} no. {}", item.id(), actor.username(), item.kind(), item.year(),
                item.number());
        return item;
    }

    @Override
    public Item get(Actor actor, long id) {
        return Access.visible(actor, items.find(id).orElseThrow(() -> BanliException.itemNotFound(id)));
    }

    @Override
    public Page<Item> list(Actor actor, ItemQuery query) {
        Texts.Violations violations = new Texts.Violations();
        if (query.page() < 0) {
            violations.add("page", "页码不能为负 (page must not be negative)");
        } else if ((long) query.page() * query.size() > Integer.MAX_VALUE) {
            violations.add("page", "页码过大 (page is too large)");
        }
        if (query.size() < 1 || query.size() > MAX_PAGE_SIZE) {
            violations.add("size", "每页1–" + MAX_PAGE_SIZE + "条 (size must be 1–" + MAX_PAGE_SIZE + ")");
        }
        violations.throwIfAny();
        if (Access.readsEverything(actor)) {
            return items.find(query);
        }
        // Those who see only part of the county get their part, whatever they asked for.
        if (actor.hasAny(Role.HANDLER, Role.UNIT_HEAD)) {
            boolean otherUnit = query.hostUnit() != null && !query.hostUnit().equals(actor.unitCode());
            return otherUnit ? empty(query) : items.find(query.withHostUnit(actor.unitCode()));
        }
        if (actor.has(Role.SUBMITTER)) {
            boolean otherSubmitter = query.submitter() != null && !query.submitter().equals(actor.username());
            return otherSubmitter ? empty(query) : items.find(query.withSubmitter(actor.username()));
        }
        throw BanliException.forbidden("无权查看建议提案 (not allowed to read items)");
    }

    private static Page<Item> empty(ItemQuery query) {
        return new Page<>(List.of(), query.page(), query.size(), 0);
    }

    @Override
    public Item assign(Actor actor, long id, Assignment assignment) {
        Access.requireRole(actor, Role.OFFICE, "交办", "assign items");
        Texts.Violations violations = new Texts.Violations();
        if (Texts.isBlank(assignment.hostUnit())) {
            violations.add("hostUnit", "主办单位不能为空 (hostUnit must not be empty)");
        } else if (units.find(assignment.hostUnit()).isEmpty()) {
            violations.add("hostUnit", "承办单位 " + assignment.hostUnit() + " 不存在 (unit " + assignment.hostUnit()
                    + " does not exist)");
        }
        Texts.limit(violations, "reason", "交办说明", assignment.reason(), MAX_REASON);
        violations.throwIfAny();
        Instant now = Instant.now(clock);
        Settings rules = settings;
        return items.apply(id, assignment.version(), item -> {
            Access.visible(actor, item);
            Step.ASSIGN.requireAllowedFrom(item);
            if (assignment.hostUnit().equals(item.hostUnit())) {
                throw BanliException.conflict("件 " + id + " 已交办给 " + item.hostUnit() + " (item already assigned to "
                        + item.hostUnit() + ")");
            }
            int months = item.urgency() == Urgency.URGENT ? rules.urgentReplyMonths : rules.replyMonths;
            return ItemChange.of(Step.ASSIGN.action, actor.username(), now, ItemStatus.ASSIGNED, assignment.reason())
                    .withAssignment(assignment.hostUnit(), rules.today(now).plusMonths(months));
        });
    }

    @Override
    public Item reply(Actor actor, long id, ReplyDraft draft) {
        Access.requireRole(actor, Role.HANDLER, "答复", "reply");
        Settings rules = settings;
        Texts.Violations violations = new Texts.Violations();
        if (draft.replyClass() == null) {
            violations.add("replyClass", "答复类别不能为空 (replyClass must not be empty)");
        } else if (!rules.replyClasses.contains(draft.replyClass())) {
            violations.add("replyClass", "本县不使用 " + draft.replyClass() + " 类答复，可用 " + rules.replyClasses
                    + " (reply class " + draft.replyClass() + " is not used here; use one of " + rules.replyClasses
                    + ")");
        }
        Texts.require(violations, "text", "答复内容", draft.text(), MAX_BODY);
        if (!Texts.isBlank(draft.text()) && draft.text().strip().length() < MIN_REPLY_TEXT) {
            violations.add("text", "答复内容至少" + MIN_REPLY_TEXT + "个字 (reply text needs at least " + MIN_REPLY_TEXT
                    + " characters)");
        }
        Texts.limit(violations, "signer", "签发人", draft.signer(), 100);
        Texts.limit(violations, "contactPerson", "联系人", draft.contactPerson(), 100);
        Texts.limit(violations, "contactPhone", "联系电话", draft.contactPhone(), 30);
        violations.throwIfAny();
        Instant now = Instant.now(clock);
        return items.apply(id, draft.version(), item -> {
            Access.visible(actor, item);
            if (!Access.actsForHostUnit(actor, item)) {
                throw BanliException.forbidden("只有主办单位可以答复 (only the host unit replies)");
            }
            Step.REPLY.requireAllowedFrom(item);
            Reply reply = new Reply(id, draft.replyClass(), draft.text().strip(), draft.signer(),
                    draft.contactPerson(), draft.contactPhone(), item.hostUnit(), actor.username(), now);
            return ItemChange.of(Step.REPLY.action, actor.username(), now, ItemStatus.REPLIED, null).withReply(reply);
        });
    }

    @Override
    public Item rate(Actor actor, long id, RatingDraft draft, String enteredFrom) {
        Access.requireRole(actor, Role.SUBMITTER, "测评", "rate replies");
        if (draft.satisfaction() == null) {
            throw RuleViolationException.of("satisfaction", "测评结果不能为空 (satisfaction must not be empty)");
        }
        Texts.Violations violations = new Texts.Violations();
        Texts.limit(violations, "comment", "意见", draft.comment(), MAX_REASON);
        violations.throwIfAny();
        Instant now = Instant.now(clock);
        Settings rules = settings;
        // Read outside the transition: no reply can be added while the item waits for its rating.
        ReplyClass answered = latestReplyClass(id);
        return items.apply(id, draft.version(), item -> {
            Access.visible(actor, item);
            if (!actor.username().equals(item.submitter())) {
                throw BanliException.forbidden("只有提出人本人可以测评 (only the submitter rates)");
            }
            Step.RATE.requireAllowedFrom(item);
            Rating rating = new Rating(id, draft.satisfaction(), draft.comment(), actor.username(), enteredFrom, now);
            ItemChange change;
            if (draft.satisfaction() == Satisfaction.UNSATISFIED) {
                change = ItemChange.of(Step.RATE.action, actor.username(), now, ItemStatus.REHANDLING, draft.comment())
                        .withDeadline(rules.today(now).plusMonths(rules.rehandlingMonths));
            } else {
                ItemStatus next = answered == ReplyClass.B ? ItemStatus.FOLLOW_UP : ItemStatus.CLOSED;
                change = ItemChange.of(Step.RATE.action, actor.username(), now, next, draft.comment());
            }
            return change.withRating(rating);
        });
    }

    private ReplyClass latestReplyClass(long id) {
        List<Reply> replies = items.replies(id);
        return replies.isEmpty() ? null : replies.get(replies.size() - 1).replyClass();
    }

    @Override
    public List<ItemEvent> history(Actor actor, long id) {
        get(actor, id);
        return items.history(id);
    }

    @Override
    public List<Reply> replies(Actor actor, long id) {
        get(actor, id);
        return items.replies(id);
    }

    /** Who entered a rating and from where is for detecting coerced ratings: whole-county readers only. */
    @Override
    public List<Rating> ratings(Actor actor, long id) {
        get(actor, id);
        List<Rating> ratings = items.ratings(id);
        return Access.readsEverything(actor) ? ratings
                : ratings.stream().map(r -> new Rating(r.itemId(), r.satisfaction(), r.comment(), null, null, r.at()))
                        .toList();
    }

    /** An immutable snapshot of the county's rules, swapped whole when the configuration changes. */
    private record Settings(int replyMonths, int urgentReplyMonths, int rehandlingMonths, Set<ReplyClass> replyClasses,
            ZoneId zone) {

        static Settings of(HandlingRules rules) {
            // A .cfg file gives "A,B,C" as one string, ConfigAdmin tools give an array: accept both.
            Set<ReplyClass> classes = Arrays.stream(rules.replyClasses()).flatMap(v -> Arrays.stream(v.split(",")))
                    .map(String::strip).filter(v -> !v.isEmpty()).map(ReplyClass::valueOf)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(ReplyClass.class)));
            return new Settings(rules.replyMonths(), rules.urgentReplyMonths(), rules.rehandlingMonths(), classes,
                    ZoneId.of(rules.timeZone()));
        }

        LocalDate today(Instant now) {
            return LocalDate.ofInstant(now, zone);
        }
    }
}
