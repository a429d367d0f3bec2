package org.banli.core.internal.workflow;

import static org.banli.api.item.ItemStatus.ASSIGNED;
import static org.banli.api.item.ItemStatus.CLOSED;
import static org.banli.api.item.ItemStatus.CONSULTATION;
import static org.banli.api.item.ItemStatus.FOLLOW_UP;
import static org.banli.api.item.ItemStatus.HANDLING;
import static org.banli.api.item.ItemStatus.REGISTERED;
import static org.banli.api.item.ItemStatus.REHANDLING;
import static org.banli.api.item.ItemStatus.REPLIED;
import static org.banli.api.item.ItemStatus.REPLY_APPROVED;
import static org.banli.api.item.ItemStatus.UNDER_REVIEW;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.banli.api.Actor;
import org.banli.api.BanliException;
import org.banli.api.Bilingual;
import org.banli.api.RuleViolationException;
import org.banli.api.Text;
import org.banli.api.item.CoUnit;
import org.banli.api.item.Comment;
import org.banli.api.item.Commitment;
import org.banli.api.item.Contact;
import org.banli.api.item.ContactMethod;
import org.banli.api.item.ContactPhase;
import org.banli.api.item.Dossier;
import org.banli.api.item.Item;
import org.banli.api.item.ItemAction;
import org.banli.api.item.ItemRecord;
import org.banli.api.item.ItemStatus;
import org.banli.api.item.Progress;
import org.banli.api.item.Rating;
import org.banli.api.item.Reply;
import org.banli.api.item.ReplyClass;
import org.banli.api.item.Satisfaction;
import org.banli.api.item.Step;
import org.banli.api.item.SupervisionNotice;
import org.banli.api.item.TextLimits;
import org.banli.api.item.UnitRequest;
import org.banli.api.item.Urgency;
import org.banli.api.user.Role;
import org.banli.api.user.User;
import org.banli.core.internal.Access;
import org.banli.core.internal.Texts;
import org.banli.store.spi.ItemChange;

/**
 * The rules of every step of an item's life (DESIGN.md §2): who, from which state, with what
 * data, and what changes. Pure: it reads a dossier and answers the changes, so that every
 * allowed and refused step can be tested without a database.
 */
final class Workflow {

    /** More co-units than any item has; a longer list is a mistake or an attack. */
    static final int MAX_CO_UNITS = 20;
    /** More commitments than any reply makes. */
    static final int MAX_COMMITMENTS = 50;
    /** More items than one merge (并案) joins. */
    static final int MAX_MERGED = 50;

    private static final Set<ItemStatus> BEFORE_REVIEW = EnumSet.of(ASSIGNED, HANDLING, REPLY_APPROVED, REHANDLING);
    private static final Set<ItemStatus> DRAFTING = EnumSet.of(HANDLING, REPLY_APPROVED, REHANDLING);
    private static final Set<ItemStatus> ACCEPTED_AND_OPEN =
            EnumSet.of(HANDLING, REPLY_APPROVED, UNDER_REVIEW, REPLIED, REHANDLING, CONSULTATION, FOLLOW_UP);
    private static final Set<ItemStatus> OPEN = EnumSet.complementOf(EnumSet.of(REGISTERED, CLOSED));
    /** Until the reply, items merged into another follow it; afterwards each goes its own way. */
    private static final Set<ItemStatus> FOLLOWS_LEAD =
            EnumSet.of(REGISTERED, ASSIGNED, HANDLING, REPLY_APPROVED, UNDER_REVIEW);

    /** What the workflow needs to know about units and accounts. */
    interface Directory {
        boolean unitExists(String code);

        Optional<User> user(String username);
    }

    private final CountyProfile county;
    private final Directory directory;
    private final Instant now;
    private final LocalDate today;

    Workflow(CountyProfile county, Directory directory, Instant now) {
        this.county = county;
        this.directory = directory;
        this.now = now;
        this.today = county.date(now);
    }

    /** What one step changes; the item's own change first, then the items merged into it. */
    List<ItemChange> decide(Actor actor, Dossier dossier, Step step, String from) {
        Access.visible(actor, dossier);
        Item item = dossier.item();
        if (item.progress().mergedInto() != null
                && FOLLOWS_LEAD.contains(item.status())
                && !(step instanceof Step.AddComment || step instanceof Step.IssueNotice)) {
            throw BanliException.conflict(
                    "件 " + item.id() + " 已并入件 " + item.progress().mergedInto()
                            + " 办理，请在主件上操作 (item is handled with item "
                            + item.progress().mergedInto()
                            + "; act on that item)");
        }
        Outcome outcome = outcome(actor, dossier, step, from);
        List<ItemChange> changes = new ArrayList<>();
        changes.add(change(item, actor, outcome));
        if (FOLLOWS_LEAD.contains(item.status())) {
            for (Item member : dossier.mergedItems()) {
                if (FOLLOWS_LEAD.contains(member.status())) {
                    changes.add(follow(member, item, outcome, actor));
                }
            }
        }
        return changes;
    }

    /** A merge: the office puts registered items under this one. Members are read beforehand; the store checks their versions. */
    List<ItemChange> merge(Actor actor, Dossier lead, Step.Merge merge, List<Item> members) {
        Access.requireRole(actor, Role.OFFICE, "并案", "merge items");
        Item item = lead.item();
        require(item, ItemAction.MERGE, EnumSet.of(REGISTERED));
        if (item.progress().mergedInto() != null) {
            throw BanliException.conflict("件 " + item.id() + " 本身已并入其他件 (item is itself merged into another)");
        }
        Texts.Violations violations = new Texts.Violations();
        if (members.isEmpty()) {
            violations.add("items", "请选择要并入的件 (name the items to merge)");
        }
        for (Item member : members) {
            String name = member.label();
            if (member.id() == item.id()) {
                violations.add("items", "不能并入自身 (an item cannot be merged into itself)");
            } else if (member.kind() != item.kind() || member.year() != item.year()) {
                violations.add("items", name + " 与主件类型或年度不同 (" + name + " differs in kind or year)");
            } else if (member.status() != REGISTERED) {
                violations.add("items", name + " 已交办，不能并案 (" + name + " is already assigned)");
            } else if (member.progress().mergedInto() != null) {
                violations.add("items", name + " 已并入其他件 (" + name + " is already merged)");
            } else if (lead.mergedItems().stream().anyMatch(m -> m.id() == member.id())) {
                violations.add("items", name + " 已在本件中 (" + name + " is already merged here)");
            }
        }
        Texts.limit(violations, "reason", "并案说明", merge.reason(), TextLimits.REASON);
        violations.throwIfAny();
        String labels = members.stream().map(Item::label).collect(Collectors.joining("、"));
        List<ItemChange> changes = new ArrayList<>();
        changes.add(new ItemChange(
                item.id(),
                null,
                ItemAction.MERGE,
                actor.username(),
                now,
                REGISTERED,
                reasonOr(merge.reason(), "并入 " + labels),
                item.progress(),
                List.of()));
        for (Item member : members) {
            changes.add(new ItemChange(
                    member.id(),
                    member.version(),
                    ItemAction.MERGE,
                    actor.username(),
                    now,
                    REGISTERED,
                    "并入 " + item.label() + " 办理",
                    member.progress().merged(item.id()),
                    List.of()));
        }
        return changes;
    }

    private ItemChange follow(Item member, Item lead, Outcome outcome, Actor actor) {
        Progress p = outcome.progress;
        Progress own = member.progress();
        Progress mirrored = new Progress(
                p.hostUnit(),
                p.deadline(),
                p.assignedAt(),
                p.acceptedAt(),
                own.round(),
                lead.id(),
                p.repliedAt() == null ? own.repliedAt() : own.replied(now).repliedAt());
        List<ItemRecord> records = outcome.records.stream()
                .filter(Reply.class::isInstance)
                .map(Reply.class::cast)
                .filter(r -> r.state() == Reply.State.ACCEPTED)
                .map(r -> (ItemRecord) r.copyFor(member.progress().round()))
                .toList();
        return new ItemChange(
                member.id(),
                member.version(),
                outcome.action,
                actor.username(),
                now,
                outcome.to,
                "随主件 " + lead.label() + (outcome.reason == null ? "" : "：" + outcome.reason),
                mirrored,
                records);
    }

    /** The rule of each step; the compiler sees to it that every step has one. */
    private Outcome outcome(Actor actor, Dossier d, Step step, String from) {
        return step.decidedBy(new Step.Rules<>() {
            @Override
            public Outcome assign(Step.Assign step) {
                return Workflow.this.assign(actor, d, step);
            }

            @Override
            public Outcome accept(Step.Accept step) {
                return Workflow.this.accept(actor, d);
            }

            @Override
            public Outcome requestReturn(Step.RequestReturn step) {
                return Workflow.this.requestReturn(actor, d, step);
            }

            @Override
            public Outcome decideReturn(Step.DecideReturn step) {
                return Workflow.this.decideReturn(actor, d, step);
            }

            @Override
            public Outcome recordContact(Step.RecordContact step) {
                return Workflow.this.recordContact(actor, d, step);
            }

            @Override
            public Outcome confirmContact(Step.ConfirmContact step) {
                return Workflow.this.confirmContact(actor, d, step);
            }

            @Override
            public Outcome coUnitOpinion(Step.CoUnitOpinion step) {
                return Workflow.this.coUnitOpinion(actor, d, step);
            }

            @Override
            public Outcome requestExtension(Step.RequestExtension step) {
                return Workflow.this.requestExtension(actor, d, step);
            }

            @Override
            public Outcome decideExtension(Step.DecideExtension step) {
                return Workflow.this.decideExtension(actor, d, step);
            }

            @Override
            public Outcome draftReply(Step.DraftReply step) {
                return Workflow.this.draftReply(actor, d, step);
            }

            @Override
            public Outcome countersign(Step.Countersign step) {
                return Workflow.this.countersign(actor, d);
            }

            @Override
            public Outcome approveReply(Step.ApproveReply step) {
                return Workflow.this.approveReply(actor, d);
            }

            @Override
            public Outcome sendBackReply(Step.SendBackReply step) {
                return Workflow.this.sendBackReply(actor, d, step);
            }

            @Override
            public Outcome submitReply(Step.SubmitReply step) {
                return Workflow.this.submitReply(actor, d);
            }

            @Override
            public Outcome reviewReply(Step.ReviewReply step) {
                return Workflow.this.reviewReply(actor, d, step);
            }

            @Override
            public Outcome rate(Step.Rate step) {
                return Workflow.this.rate(actor, d, step, from);
            }

            @Override
            public Outcome recordConsultation(Step.RecordConsultation step) {
                return Workflow.this.recordConsultation(actor, d, step);
            }

            @Override
            public Outcome updateCommitment(Step.UpdateCommitment step) {
                return Workflow.this.updateCommitment(actor, d, step);
            }

            @Override
            public Outcome issueNotice(Step.IssueNotice step) {
                return Workflow.this.issueNotice(actor, d, step);
            }

            @Override
            public Outcome respondNotice(Step.RespondNotice step) {
                return Workflow.this.respondNotice(actor, d, step);
            }

            @Override
            public Outcome addComment(Step.AddComment step) {
                return Workflow.this.addComment(actor, d, step);
            }

            @Override
            public Outcome close(Step.Close step) {
                return Workflow.this.close(actor, d, step);
            }

            @Override
            public Outcome designateKeyItem(Step.DesignateKeyItem step) {
                return Workflow.this.designateKeyItem(actor, d, step);
            }

            @Override
            public Outcome setDisclosure(Step.SetDisclosure step) {
                return Workflow.this.setDisclosure(actor, d, step);
            }

            @Override
            public Outcome merge(Step.Merge step) {
                throw new IllegalStateException("a merge is decided with the items it merges: merge(), not decide()");
            }
        });
    }

    // 交办关 ---------------------------------------------------------------------------------------

    private Outcome assign(Actor actor, Dossier d, Step.Assign s) {
        Access.requireRole(actor, Role.OFFICE, "交办", "assign items");
        Item item = d.item();
        require(item, ItemAction.ASSIGN, EnumSet.of(REGISTERED, ASSIGNED, HANDLING));
        Texts.Violations violations = new Texts.Violations();
        List<String> coUnits = checkUnits(violations, s.hostUnit(), s.coUnits());
        Texts.limit(violations, "reason", "交办说明", s.reason(), TextLimits.REASON);
        violations.throwIfAny();
        Set<String> current = d.activeCoUnits().stream().map(CoUnit::unitCode).collect(Collectors.toSet());
        if (s.hostUnit().equals(item.hostUnit()) && current.equals(Set.copyOf(coUnits))) {
            throw BanliException.conflict(
                    "件 " + item.id() + " 已按此交办给 " + item.hostUnit() + " (item already assigned so)");
        }
        List<ItemRecord> records = new ArrayList<>(reassignCoUnits(d, coUnits));
        // A reassignment settles what was pending about the old assignment.
        for (UnitRequest r : d.requests()) {
            if (r.pending()) {
                boolean isReturn = r.kind() == UnitRequest.Kind.RETURN;
                records.add(r.decided(
                        isReturn,
                        actor.username(),
                        now,
                        isReturn ? "已改办 (reassigned)" : "已改办，按新交办期限办理 (reassigned; the new deadline applies)",
                        null));
            }
        }
        return new Outcome(ItemAction.ASSIGN, ASSIGNED, s.reason(), assignedProgress(item, s.hostUnit()), records);
    }

    private Progress assignedProgress(Item item, String host) {
        int months = item.urgency() == Urgency.URGENT ? county.urgentReplyMonths() : county.replyMonths();
        return item.progress().assignedTo(host, today.plusMonths(months), now);
    }

    /** Checks the host and co-units; answers the co-units without duplicates. */
    private List<String> checkUnits(Texts.Violations violations, String host, List<String> coUnits) {
        if (Texts.isBlank(host)) {
            violations.add("hostUnit", "主办单位不能为空 (hostUnit must not be empty)");
        } else if (!directory.unitExists(host)) {
            violations.add("hostUnit", "承办单位 " + host + " 不存在 (unit " + host + " does not exist)");
        }
        Set<String> result = new LinkedHashSet<>();
        if (coUnits != null && coUnits.size() > MAX_CO_UNITS) {
            // Refused before each is looked up: a list of thousands would cost seconds to check.
            violations.add("coUnits", "协办单位最多 " + MAX_CO_UNITS + " 个 (at most " + MAX_CO_UNITS + " co-units)");
            return List.of();
        }
        for (String code : coUnits == null ? List.<String>of() : coUnits) {
            if (Texts.isBlank(code) || !directory.unitExists(code)) {
                violations.add("coUnits", "协办单位 " + code + " 不存在 (co-unit " + code + " does not exist)");
            } else if (code.equals(host)) {
                violations.add("coUnits", "主办单位不能同时是协办单位 (the host unit cannot also be a co-unit)");
            } else {
                result.add(code);
            }
        }
        return List.copyOf(result);
    }

    /** Keeps co-units that stay (with their opinions), releases those that go, adds the new ones. */
    private List<ItemRecord> reassignCoUnits(Dossier d, List<String> wanted) {
        List<ItemRecord> records = new ArrayList<>();
        for (CoUnit c : d.activeCoUnits()) {
            if (!wanted.contains(c.unitCode())) {
                records.add(c.released(now));
            }
        }
        for (String code : wanted) {
            if (d.activeCoUnit(code).isEmpty()) {
                records.add(new CoUnit(null, code, now, null, null, null, null, null));
            }
        }
        return records;
    }

    private Outcome requestReturn(Actor actor, Dossier d, Step.RequestReturn s) {
        Item item = d.item();
        boolean host = Access.actsForHostUnit(actor, item);
        Optional<CoUnit> co = Access.inUnit(actor) ? d.activeCoUnit(actor.unitCode()) : Optional.empty();
        if (!host && co.isEmpty()) {
            throw BanliException.forbidden("只有承办单位可以申请退回 (only a handling unit may ask to return an item)");
        }
        require(item, ItemAction.REQUEST_RETURN, EnumSet.of(ASSIGNED, HANDLING));
        requireText("reason", "退回理由", s.reason(), TextLimits.REASON);
        Instant assigned = host ? item.progress().assignedAt() : co.get().assignedAt();
        LocalDate until = Deadlines.returnUntil(county, county.date(assigned));
        if (today.isAfter(until)) {
            throw BanliException.conflict("申请退回须在交办后 " + county.returnWorkingDays() + " 个工作日内（截至 " + until
                    + "），逾期交办不再变更 (return requests are accepted within " + county.returnWorkingDays()
                    + " working days of assignment, until " + until + "; the assignment stands)");
        }
        if (d.requests().stream()
                .anyMatch(r -> r.pending()
                        && r.kind() == UnitRequest.Kind.RETURN
                        && r.unitCode().equals(actor.unitCode()))) {
            throw BanliException.conflict("本单位已有待审批的退回申请 (your unit's return request is pending)");
        }
        return same(
                d,
                ItemAction.REQUEST_RETURN,
                s.reason(),
                new UnitRequest(
                        null,
                        UnitRequest.Kind.RETURN,
                        actor.unitCode(),
                        s.reason().strip(),
                        null,
                        actor.username(),
                        now,
                        null,
                        null,
                        null,
                        null,
                        null));
    }

    private Outcome decideReturn(Actor actor, Dossier d, Step.DecideReturn s) {
        Access.requireRole(actor, Role.OFFICE, "审批退回申请", "decide return requests");
        Item item = d.item();
        UnitRequest request = d.pendingRequest(UnitRequest.Kind.RETURN)
                .orElseThrow(
                        () -> BanliException.conflict("件 " + item.id() + " 没有待审批的退回申请 (no return request is pending)"));
        if (!s.approve()) {
            requireText("reason", "不同意退回的理由", s.reason(), TextLimits.REASON);
            return same(
                    d,
                    ItemAction.DECIDE_RETURN,
                    "不同意 " + request.unitCode() + " 退回：" + s.reason().strip(),
                    request.decided(false, actor.username(), now, s.reason().strip(), null));
        }
        Texts.Violations violations = new Texts.Violations();
        Texts.limit(violations, "reason", "审批意见", s.reason(), TextLimits.REASON);
        if (!request.unitCode().equals(item.hostUnit())) {
            violations.throwIfAny();
            CoUnit leaving = d.activeCoUnit(request.unitCode()).orElseThrow();
            return same(
                    d,
                    ItemAction.DECIDE_RETURN,
                    "同意协办单位 " + request.unitCode() + " 退回",
                    request.decided(true, actor.username(), now, s.reason(), null),
                    leaving.released(now));
        }
        if (!Texts.isBlank(s.hostUnit()) && s.hostUnit().equals(item.hostUnit())) {
            violations.add("hostUnit", "同意退回须改办给其他单位 (approving a return needs another host unit)");
        }
        List<String> coUnits = checkUnits(
                violations,
                s.hostUnit(),
                s.coUnits() != null
                        ? s.coUnits()
                        : d.activeCoUnits().stream()
                                .map(CoUnit::unitCode)
                                .filter(c -> !c.equals(s.hostUnit()))
                                .toList());
        violations.throwIfAny();
        List<ItemRecord> records = new ArrayList<>(reassignCoUnits(d, coUnits));
        records.add(request.decided(true, actor.username(), now, s.reason(), null));
        return new Outcome(
                ItemAction.DECIDE_RETURN,
                ASSIGNED,
                "同意退回，改办 " + s.hostUnit(),
                assignedProgress(item, s.hostUnit()),
                records);
    }

    private Outcome accept(Actor actor, Dossier d) {
        Item item = d.item();
        if (Access.actsForHostUnit(actor, item) && item.status() == ASSIGNED) {
            return new Outcome(
                    ItemAction.ACCEPT, HANDLING, null, item.progress().accepted(now), List.of());
        }
        Optional<CoUnit> co = Access.inUnit(actor) ? d.activeCoUnit(actor.unitCode()) : Optional.empty();
        if (co.isPresent()) {
            require(item, ItemAction.ACCEPT, BEFORE_REVIEW);
            if (co.get().acceptedAt() != null) {
                throw BanliException.conflict("本单位已签收协办 (your unit already accepted its part)");
            }
            return same(
                    d,
                    ItemAction.ACCEPT,
                    "协办单位 " + actor.unitCode() + " 签收",
                    co.get().accepted(now));
        }
        if (Access.actsForHostUnit(actor, item)) {
            require(item, ItemAction.ACCEPT, EnumSet.of(ASSIGNED));
        }
        throw BanliException.forbidden("只有承办单位可以签收 (only a handling unit accepts an item)");
    }

    // 承办关 ---------------------------------------------------------------------------------------

    private Outcome recordContact(Actor actor, Dossier d, Step.RecordContact s) {
        Item item = d.item();
        if (!Access.actsForHostUnit(actor, item) && !Access.actsForCoUnit(actor, d)) {
            throw BanliException.forbidden("只有承办单位可以记录联系 (only a handling unit records contacts)");
        }
        require(item, ItemAction.RECORD_CONTACT, ACCEPTED_AND_OPEN);
        Texts.Violations violations = new Texts.Violations();
        if (s.phase() == null || s.phase() == ContactPhase.CONSULTATION) {
            violations.add("phase", "联系阶段应为 BEFORE、DURING 或 AFTER (phase must be BEFORE, DURING or AFTER)");
        }
        if (s.method() == null) {
            violations.add("method", "联系方式不能为空 (method must not be empty)");
        }
        checkMeetingDate(violations, item, s.date());
        Texts.require(violations, "participants", "参加人员", s.participants(), TextLimits.NAMES);
        Texts.require(violations, "summary", "联系情况", s.summary(), TextLimits.TEXT);
        violations.throwIfAny();
        return same(
                d,
                ItemAction.RECORD_CONTACT,
                s.phase().chinese() + s.method().chinese() + " " + s.date(),
                new Contact(
                        null,
                        actor.unitCode(),
                        s.phase(),
                        s.method(),
                        s.date(),
                        s.participants().strip(),
                        s.summary().strip(),
                        actor.username(),
                        now,
                        null,
                        null,
                        null));
    }

    private void checkMeetingDate(Texts.Violations violations, Item item, LocalDate date) {
        if (date == null) {
            violations.add("date", "日期不能为空 (date must not be empty)");
        } else if (date.isAfter(today)) {
            violations.add("date", "日期不能晚于今天 (date must not be in the future)");
        } else if (item.progress().assignedAt() != null
                && date.isBefore(county.date(item.progress().assignedAt()))) {
            violations.add("date", "日期不能早于交办日期 (date must not precede the assignment)");
        }
    }

    private Outcome confirmContact(Actor actor, Dossier d, Step.ConfirmContact s) {
        Item item = d.item();
        if (!Access.isSubmitter(actor, item)) {
            throw BanliException.forbidden("只有提出人本人可以确认联系记录 (only the submitter confirms contacts)");
        }
        Contact contact = d.contacts().stream()
                .filter(c -> c.id() == s.contactId())
                .findFirst()
                .orElseThrow(() -> BanliException.notFound("联系记录 " + s.contactId() + " 不存在 (contact not found)"));
        if (contact.confirmed() != null) {
            throw BanliException.conflict("该联系记录已确认或提出异议 (this contact was already answered)");
        }
        Texts.Violations violations = new Texts.Violations();
        if (!s.confirmed()) {
            Texts.require(violations, "remark", "异议说明", s.remark(), TextLimits.REASON);
        } else {
            Texts.limit(violations, "remark", "说明", s.remark(), TextLimits.REASON);
        }
        violations.throwIfAny();
        return same(
                d,
                ItemAction.CONFIRM_CONTACT,
                (s.confirmed() ? "确认" : "异议：") + Texts.orEmpty(s.remark()),
                contact.answeredBySubmitter(s.confirmed(), s.remark(), now));
    }

    private Outcome coUnitOpinion(Actor actor, Dossier d, Step.CoUnitOpinion s) {
        CoUnit co = (Access.inUnit(actor) ? d.activeCoUnit(actor.unitCode()) : Optional.<CoUnit>empty())
                .orElseThrow(() -> BanliException.forbidden("只有协办单位可以提交协办意见 (only co-units send opinions)"));
        require(d.item(), ItemAction.CO_UNIT_OPINION, BEFORE_REVIEW);
        requireText("opinion", "协办意见", s.opinion(), TextLimits.TEXT);
        return same(
                d,
                ItemAction.CO_UNIT_OPINION,
                "协办单位 " + co.unitCode(),
                co.withOpinion(s.opinion().strip(), actor.username(), now));
    }

    private Outcome requestExtension(Actor actor, Dossier d, Step.RequestExtension s) {
        Item item = d.item();
        requireHost(actor, item, "申请延期", "ask for an extension");
        require(item, ItemAction.REQUEST_EXTENSION, BEFORE_REVIEW);
        Texts.Violations violations = new Texts.Violations();
        checkExtensionDate(violations, item, s.until());
        Texts.require(violations, "reason", "延期理由", s.reason(), TextLimits.REASON);
        violations.throwIfAny();
        if (d.pendingRequest(UnitRequest.Kind.EXTENSION).isPresent()) {
            throw BanliException.conflict("已有待审批的延期申请 (an extension request is pending)");
        }
        return same(
                d,
                ItemAction.REQUEST_EXTENSION,
                "申请延期至 " + s.until() + "：" + s.reason().strip(),
                new UnitRequest(
                        null,
                        UnitRequest.Kind.EXTENSION,
                        item.hostUnit(),
                        s.reason().strip(),
                        s.until(),
                        actor.username(),
                        now,
                        null,
                        null,
                        null,
                        null,
                        null));
    }

    private void checkExtensionDate(Texts.Violations violations, Item item, LocalDate until) {
        LocalDate latest = Deadlines.latestExtension(county, item);
        if (until == null) {
            violations.add("until", "延期日期不能为空 (until must not be empty)");
        } else if (!until.isAfter(item.deadline())) {
            violations.add(
                    "until",
                    "延期日期须晚于现期限 " + item.deadline() + " (until must be after the deadline " + item.deadline() + ")");
        } else if (until.isAfter(latest)) {
            violations.add(
                    "until",
                    "延期后期限不能晚于 " + latest + "（交办后最长 " + county.maxMonthsWithExtension()
                            + " 个月） (an extension may not go beyond " + latest + ")");
        }
    }

    private Outcome decideExtension(Actor actor, Dossier d, Step.DecideExtension s) {
        Access.requireRole(actor, Role.OFFICE, "审批延期", "decide extensions");
        Item item = d.item();
        UnitRequest request = d.pendingRequest(UnitRequest.Kind.EXTENSION)
                .orElseThrow(() ->
                        BanliException.conflict("件 " + item.id() + " 没有待审批的延期申请 (no extension request is pending)"));
        if (!s.approve()) {
            requireText("reason", "不同意延期的理由", s.reason(), TextLimits.REASON);
            return same(
                    d,
                    ItemAction.DECIDE_EXTENSION,
                    "不同意延期：" + s.reason().strip(),
                    request.decided(false, actor.username(), now, s.reason().strip(), null));
        }
        require(item, ItemAction.DECIDE_EXTENSION, BEFORE_REVIEW);
        LocalDate granted = s.until() != null ? s.until() : request.requestedDate();
        Texts.Violations violations = new Texts.Violations();
        checkExtensionDate(violations, item, granted);
        Texts.limit(violations, "reason", "审批意见", s.reason(), TextLimits.REASON);
        violations.throwIfAny();
        return new Outcome(
                ItemAction.DECIDE_EXTENSION,
                item.status(),
                "同意延期至 " + granted,
                item.progress().withDeadline(granted),
                List.of(request.decided(true, actor.username(), now, s.reason(), granted)));
    }

    // 答复关 ---------------------------------------------------------------------------------------

    private Outcome draftReply(Actor actor, Dossier d, Step.DraftReply s) {
        Item item = d.item();
        requireHost(actor, item, "拟写答复", "draft replies");
        require(item, ItemAction.DRAFT_REPLY, DRAFTING);
        Texts.Violations violations = new Texts.Violations();
        if (s.replyClass() == null) {
            violations.add("replyClass", "答复类别不能为空 (replyClass must not be empty)");
        } else if (!county.replyClasses().contains(s.replyClass())) {
            violations.add(
                    "replyClass",
                    "本县不使用 " + s.replyClass() + " 类答复，可用 " + county.replyClasses()
                            + " (reply class " + s.replyClass() + " is not used here; use one of "
                            + county.replyClasses()
                            + ")");
        }
        if (s.limitReason() != null && s.replyClass() != ReplyClass.C) {
            violations.add("limitReason", "只有C类答复说明受限原因 (only class-C replies give a limit reason)");
        }
        List<Step.CommitmentDraft> drafts = s.commitments() == null ? List.of() : s.commitments();
        if (!drafts.isEmpty() && s.replyClass() != ReplyClass.B) {
            violations.add("commitments", "只有B类答复有承诺事项 (only class-B replies carry commitments)");
        }
        if (drafts.size() > MAX_COMMITMENTS) {
            violations.add(
                    "commitments", "承诺事项最多 " + MAX_COMMITMENTS + " 项 (at most " + MAX_COMMITMENTS + " commitments)");
        } else {
            for (Step.CommitmentDraft c : drafts) {
                Texts.require(violations, "commitments", "承诺事项", c == null ? null : c.text(), TextLimits.COMMITMENT);
            }
        }
        Texts.require(violations, "text", "答复内容", s.text(), TextLimits.TEXT);
        Texts.limit(violations, "signer", "签发人", s.signer(), TextLimits.NAME);
        Texts.limit(violations, "contactPerson", "联系人", s.contactPerson(), TextLimits.NAME);
        Texts.limit(violations, "contactPhone", "联系电话", s.contactPhone(), TextLimits.PHONE);
        Texts.limit(violations, "copyTo", "抄送", s.copyTo(), TextLimits.NAMES);
        violations.throwIfAny();
        Optional<Reply> current = d.currentReply().filter(r -> r.state() != Reply.State.ACCEPTED);
        List<Commitment> commitments = drafts.stream()
                .map(c -> new Commitment(null, c.text().strip(), c.dueDate(), null, null, null, null))
                .toList();
        Reply draft = new Reply(
                current.map(Reply::id).orElse(null),
                item.progress().round(),
                Reply.State.DRAFT,
                s.replyClass(),
                s.limitReason(),
                s.text().strip(),
                commitments,
                Texts.stripped(s.signer()),
                Texts.stripped(s.contactPerson()),
                Texts.stripped(s.contactPhone()),
                Texts.stripped(s.copyTo()),
                item.hostUnit(),
                actor.username(),
                now,
                List.of(),
                null,
                null,
                current.map(Reply::submissions).orElse(0),
                null,
                null,
                null,
                null,
                null,
                null);
        return new Outcome(
                ItemAction.DRAFT_REPLY, handlingState(item), s.replyClass() + "类", item.progress(), List.of(draft));
    }

    private static ItemStatus handlingState(Item item) {
        return item.progress().round() > 1 ? REHANDLING : HANDLING;
    }

    private Reply draftAwaiting(Dossier d, ItemAction action, Set<Reply.State> states) {
        return d.currentReply()
                .filter(r -> states.contains(r.state()))
                .orElseThrow(() -> BanliException.conflict(
                        "件 " + d.item().id() + " 没有可" + action.chinese() + "的答复稿 (no draft reply to act on)"));
    }

    private Outcome countersign(Actor actor, Dossier d) {
        if (!Access.actsForCoUnit(actor, d)) {
            throw BanliException.forbidden("只有协办单位可以会签 (only co-units countersign)");
        }
        require(d.item(), ItemAction.COUNTERSIGN, DRAFTING);
        Reply reply = draftAwaiting(d, ItemAction.COUNTERSIGN, EnumSet.of(Reply.State.DRAFT, Reply.State.APPROVED));
        if (reply.countersignedBy().contains(actor.unitCode())) {
            throw BanliException.conflict("本单位已会签此稿 (your unit already countersigned this draft)");
        }
        return same(
                d, ItemAction.COUNTERSIGN, "协办单位 " + actor.unitCode() + " 会签", reply.countersigned(actor.unitCode()));
    }

    private Outcome approveReply(Actor actor, Dossier d) {
        Item item = d.item();
        requireHead(actor, item, "审定答复", "approve replies");
        require(item, ItemAction.APPROVE_REPLY, EnumSet.of(HANDLING, REHANDLING));
        Reply reply = draftAwaiting(d, ItemAction.APPROVE_REPLY, EnumSet.of(Reply.State.DRAFT));
        return new Outcome(
                ItemAction.APPROVE_REPLY,
                REPLY_APPROVED,
                null,
                item.progress(),
                List.of(reply.withState(Reply.State.APPROVED, actor.username(), now, null)));
    }

    private Outcome sendBackReply(Actor actor, Dossier d, Step.SendBackReply s) {
        Item item = d.item();
        requireHead(actor, item, "退回答复稿", "send drafts back");
        require(item, ItemAction.SEND_BACK_REPLY, DRAFTING);
        Reply reply = draftAwaiting(d, ItemAction.SEND_BACK_REPLY, EnumSet.of(Reply.State.DRAFT, Reply.State.APPROVED));
        requireText("remark", "修改意见", s.remark(), TextLimits.REASON);
        Reply back = new Reply(
                reply.id(),
                reply.round(),
                Reply.State.DRAFT,
                reply.replyClass(),
                reply.limitReason(),
                reply.text(),
                reply.commitments(),
                reply.signer(),
                reply.contactPerson(),
                reply.contactPhone(),
                reply.copyTo(),
                reply.unitCode(),
                reply.author(),
                reply.draftedAt(),
                reply.countersignedBy(),
                null,
                null,
                reply.submissions(),
                reply.submittedAt(),
                reply.reviewedBy(),
                reply.reviewedAt(),
                s.remark().strip(),
                null,
                null);
        return new Outcome(
                ItemAction.SEND_BACK_REPLY, handlingState(item), s.remark().strip(), item.progress(), List.of(back));
    }

    /** The format checks the current draft would fail at submission (the signer once the head has approved). */
    List<RuleViolationException.Violation> replyCheck(Dossier d) {
        return d.currentReply()
                .filter(r -> r.state() == Reply.State.DRAFT || r.state() == Reply.State.APPROVED)
                .map(r -> FormatCheck.failures(county, directory, d, r, today))
                .orElse(List.of());
    }

    private Outcome submitReply(Actor actor, Dossier d) {
        Item item = d.item();
        requireHost(actor, item, "提交答复", "submit replies");
        require(item, ItemAction.SUBMIT_REPLY, EnumSet.of(REPLY_APPROVED));
        Reply reply = draftAwaiting(d, ItemAction.SUBMIT_REPLY, EnumSet.of(Reply.State.APPROVED));
        List<RuleViolationException.Violation> failures = FormatCheck.failures(county, directory, d, reply, today);
        if (!failures.isEmpty()) {
            throw new RuleViolationException(failures);
        }
        return new Outcome(
                ItemAction.SUBMIT_REPLY,
                UNDER_REVIEW,
                null,
                item.progress(),
                List.of(reply.withState(Reply.State.SUBMITTED, actor.username(), now, null)));
    }

    private Outcome reviewReply(Actor actor, Dossier d, Step.ReviewReply s) {
        Access.requireRole(actor, Role.OFFICE, "审核答复", "review replies");
        Item item = d.item();
        require(item, ItemAction.REVIEW_REPLY, EnumSet.of(UNDER_REVIEW));
        Reply reply = draftAwaiting(d, ItemAction.REVIEW_REPLY, EnumSet.of(Reply.State.SUBMITTED));
        if (!s.accept()) {
            requireText("remark", "退回意见", s.remark(), TextLimits.REASON);
            return new Outcome(
                    ItemAction.REVIEW_REPLY,
                    handlingState(item),
                    "退回：" + s.remark().strip(),
                    item.progress(),
                    List.of(reply.withState(
                            Reply.State.DRAFT, actor.username(), now, s.remark().strip())));
        }
        Texts.Violations violations = new Texts.Violations();
        Texts.limit(violations, "remark", "审核意见", s.remark(), TextLimits.REASON);
        violations.throwIfAny();
        Reply accepted = reply.withState(Reply.State.ACCEPTED, actor.username(), now, s.remark())
                .acceptedWith(item.deadline(), today);
        return new Outcome(
                ItemAction.REVIEW_REPLY,
                REPLIED,
                reply.submissions() == 1 ? "审核通过（首次提交即通过）" : "审核通过",
                item.progress().replied(now),
                List.of(accepted));
    }

    // 测评与回头看 ----------------------------------------------------------------------------------

    private Outcome rate(Actor actor, Dossier d, Step.Rate s, String from) {
        Item item = d.item();
        if (!Access.isSubmitter(actor, item)) {
            throw BanliException.forbidden("只有提出人本人可以测评 (only the submitter rates)");
        }
        require(item, ItemAction.RATE, EnumSet.of(REPLIED));
        Texts.Violations violations = new Texts.Violations();
        Satisfaction overall = s.satisfaction();
        if (county.twoAxisRating()) {
            if (s.process() == null) {
                violations.add("process", "请评价办理过程 (rate the handling process)");
            }
            if (s.result() == null) {
                violations.add("result", "请评价办理结果 (rate the result)");
            }
            if (overall == null && s.process() != null && s.result() != null) {
                overall = s.process().compareTo(s.result()) >= 0 ? s.process() : s.result();
            }
        } else if (s.process() != null || s.result() != null) {
            violations.add("process", "本县不分项测评 (this county rates overall only)");
        }
        if (overall == null && violations.isEmpty()) {
            violations.add("satisfaction", "测评结果不能为空 (satisfaction must not be empty)");
        }
        Texts.limit(violations, "comment", "意见", s.comment(), TextLimits.REASON);
        violations.throwIfAny();
        Rating rating = new Rating(
                null,
                item.progress().round(),
                overall,
                s.process(),
                s.result(),
                Texts.stripped(s.comment()),
                actor.username(),
                from,
                now,
                coercionFlag(actor, d));
        if (overall == Satisfaction.UNSATISFIED) {
            if (item.progress().round() == 1) {
                return new Outcome(
                        ItemAction.RATE,
                        REHANDLING,
                        "不满意，重新办理",
                        item.progress().rehandling(today.plusMonths(county.rehandlingMonths())),
                        List.of(rating));
            }
            return new Outcome(ItemAction.RATE, CONSULTATION, "重新办理后仍不满意，待当面协商", item.progress(), List.of(rating));
        }
        return new Outcome(ItemAction.RATE, afterRating(d), overall.chinese(), item.progress(), List.of(rating));
    }

    /** 被满意: a rating given minutes after the reply, or from an account of a handling unit, deserves a look. */
    private String coercionFlag(Actor actor, Dossier d) {
        List<String> reasons = new ArrayList<>();
        d.currentReply().filter(r -> r.reviewedAt() != null).ifPresent(r -> {
            long minutes = Duration.between(r.reviewedAt(), now).toMinutes();
            if (minutes < county.ratingFlagMinutes()) {
                reasons.add("答复后 " + minutes + " 分钟内即测评 (rated " + minutes + " minutes after the reply)");
            }
        });
        if (Access.inUnit(actor)) {
            reasons.add("由承办单位账号录入 (entered from an account of unit " + actor.unitCode() + ")");
        }
        return reasons.isEmpty() ? null : String.join("; ", reasons);
    }

    /** Class A, C and D close after rating; B stays in follow-up while a commitment is open. */
    private static ItemStatus afterRating(Dossier d) {
        boolean open = d.latestAcceptedReply()
                .map(r -> r.commitments().stream().anyMatch(c -> !c.done()))
                .orElse(false);
        return open ? FOLLOW_UP : CLOSED;
    }

    private Outcome recordConsultation(Actor actor, Dossier d, Step.RecordConsultation s) {
        Access.requireRole(actor, Role.OFFICE, "记录当面协商", "record consultations");
        Item item = d.item();
        require(item, ItemAction.RECORD_CONSULTATION, EnumSet.of(CONSULTATION));
        Texts.Violations violations = new Texts.Violations();
        checkMeetingDate(violations, item, s.date());
        Texts.require(violations, "participants", "参加人员", s.participants(), TextLimits.NAMES);
        Texts.require(violations, "summary", "协商情况", s.summary(), TextLimits.TEXT);
        violations.throwIfAny();
        return new Outcome(
                ItemAction.RECORD_CONSULTATION,
                afterRating(d),
                s.summary().strip(),
                item.progress(),
                List.of(new Contact(
                        null,
                        null,
                        ContactPhase.CONSULTATION,
                        ContactMethod.MEETING,
                        s.date(),
                        s.participants().strip(),
                        s.summary().strip(),
                        actor.username(),
                        now,
                        null,
                        null,
                        null)));
    }

    private Outcome updateCommitment(Actor actor, Dossier d, Step.UpdateCommitment s) {
        Item item = d.item();
        requireHost(actor, item, "落实承诺", "follow up commitments");
        require(item, ItemAction.UPDATE_COMMITMENT, EnumSet.of(REPLIED, CONSULTATION, FOLLOW_UP));
        Reply reply =
                d.latestAcceptedReply().orElseThrow(() -> BanliException.conflict("尚无已通过的答复 (no accepted reply)"));
        Commitment commitment = reply.commitments().stream()
                .filter(c -> c.id() == s.commitmentId())
                .findFirst()
                .orElseThrow(() -> BanliException.notFound("承诺事项 " + s.commitmentId() + " 不存在 (commitment not found)"));
        if (commitment.done()) {
            throw BanliException.conflict("该承诺已落实 (this commitment is already kept)");
        }
        Texts.Violations violations = new Texts.Violations();
        Texts.require(violations, "progress", "落实情况", s.progress(), TextLimits.PROGRESS);
        if (s.doneOn() != null && s.doneOn().isAfter(today)) {
            violations.add("doneOn", "落实日期不能晚于今天 (doneOn must not be in the future)");
        }
        violations.throwIfAny();
        Commitment updated = commitment.updated(s.doneOn(), s.progress().strip(), actor.username(), now);
        Reply changed = reply.withCommitments(reply.commitments().stream()
                .map(c -> c.id().equals(commitment.id()) ? updated : c)
                .toList());
        boolean allKept = changed.commitments().stream().allMatch(Commitment::done);
        ItemStatus next = item.status() == FOLLOW_UP && allKept ? CLOSED : item.status();
        return new Outcome(
                ItemAction.UPDATE_COMMITMENT,
                next,
                (s.doneOn() != null ? "已落实：" : "进展：") + commitment.text(),
                item.progress(),
                List.of(changed));
    }

    // 督办、批示、办结 --------------------------------------------------------------------------------

    private Outcome issueNotice(Actor actor, Dossier d, Step.IssueNotice s) {
        Access.requireRole(actor, Role.SUPERVISOR, "督办", "issue supervision notices");
        Item item = d.item();
        require(item, ItemAction.ISSUE_NOTICE, OPEN);
        Texts.Violations violations = new Texts.Violations();
        if (Texts.isBlank(s.unitCode())
                || !(s.unitCode().equals(item.hostUnit())
                        || d.activeCoUnit(s.unitCode()).isPresent())) {
            violations.add("unitCode", "督办对象须为本件的主办或协办单位 (the notice goes to the host unit or a co-unit)");
        }
        Texts.require(violations, "text", "督办内容", s.text(), TextLimits.TEXT);
        if (s.dueDate() == null || s.dueDate().isBefore(today)) {
            violations.add("dueDate", "反馈期限不能为空且不能早于今天 (dueDate must be today or later)");
        }
        violations.throwIfAny();
        return same(
                d,
                ItemAction.ISSUE_NOTICE,
                "督办 " + s.unitCode() + "，" + s.dueDate() + " 前反馈",
                new SupervisionNotice(
                        null, s.unitCode(), s.text().strip(), s.dueDate(), actor.username(), now, null, null, null));
    }

    private Outcome respondNotice(Actor actor, Dossier d, Step.RespondNotice s) {
        SupervisionNotice notice = d.notices().stream()
                .filter(n -> n.id() == s.noticeId())
                .findFirst()
                .orElseThrow(() -> BanliException.notFound("督办通知 " + s.noticeId() + " 不存在 (notice not found)"));
        if (!Access.inUnit(actor) || !notice.unitCode().equals(actor.unitCode())) {
            throw BanliException.forbidden("只有被督办单位可以反馈 (only the unit the notice went to responds)");
        }
        if (notice.response() != null) {
            throw BanliException.conflict("该督办通知已反馈 (this notice was already answered)");
        }
        requireText("response", "反馈内容", s.response(), TextLimits.TEXT);
        return same(
                d,
                ItemAction.RESPOND_NOTICE,
                "督办反馈",
                notice.answered(s.response().strip(), actor.username(), now));
    }

    private Outcome addComment(Actor actor, Dossier d, Step.AddComment s) {
        Item item = d.item();
        if (!actor.has(Role.LEADER) || !item.keyItem() || !actor.username().equals(item.leadingOfficial())) {
            throw BanliException.forbidden("只有重点件的领办领导可以批示 (only the leading official of a key item comments)");
        }
        requireText("text", "批示内容", s.text(), TextLimits.TEXT);
        return same(
                d,
                ItemAction.COMMENT,
                "领导批示",
                new Comment(null, actor.username(), s.text().strip(), now));
    }

    private Outcome close(Actor actor, Dossier d, Step.Close s) {
        Access.requireRole(actor, Role.OFFICE, "办结", "close items");
        Item item = d.item();
        require(item, ItemAction.CLOSE, EnumSet.of(REPLIED));
        LocalDate ratingBy = Deadlines.ratingBy(county, d).orElseThrow();
        if (!today.isAfter(ratingBy)) {
            throw BanliException.conflict("测评期限 " + ratingBy + " 未过，不能代为办结；未测评不视为满意 (the rating window runs until "
                    + ratingBy + "; an unrated item is never counted as satisfied)");
        }
        requireText("reason", "办结说明", s.reason(), TextLimits.REASON);
        return new Outcome(
                ItemAction.CLOSE, afterRating(d), "逾期未测评：" + s.reason().strip(), item.progress(), List.of());
    }

    private Outcome designateKeyItem(Actor actor, Dossier d, Step.DesignateKeyItem s) {
        if (!actor.hasAny(Role.OFFICE, Role.SUPERVISOR)) {
            throw BanliException.forbidden("无权设定重点件 (not allowed to designate key items)");
        }
        Item item = d.item();
        require(item, ItemAction.DESIGNATE_KEY_ITEM, EnumSet.complementOf(EnumSet.of(CLOSED)));
        Texts.Violations violations = new Texts.Violations();
        String official = Texts.stripped(s.leadingOfficial());
        if (s.keyItem() && official == null) {
            violations.add("leadingOfficial", "重点件须有领办领导 (a key item needs its leading official)");
        } else if (!s.keyItem() && official != null) {
            violations.add("leadingOfficial", "只有重点件有领办领导 (only key items have a leading official)");
        } else if (official != null
                && directory
                        .user(official)
                        .filter(u -> u.roles().contains(Role.LEADER))
                        .isEmpty()) {
            violations.add(
                    "leadingOfficial",
                    "领办领导 " + official + " 不是县领导账号 (leadingOfficial " + official
                            + " is not a county leader's account)");
        }
        Texts.limit(violations, "reason", "说明", s.reason(), TextLimits.REASON);
        violations.throwIfAny();
        String what = s.keyItem() ? "设为重点件，领办领导 " + official : "取消重点件";
        return new Outcome(
                ItemAction.DESIGNATE_KEY_ITEM,
                item.status(),
                reasonOr(s.reason(), what),
                item.progress(),
                List.of(),
                new ItemChange.Designation(s.keyItem(), official, item.publicReply()));
    }

    private Outcome setDisclosure(Actor actor, Dossier d, Step.SetDisclosure s) {
        Access.requireRole(actor, Role.OFFICE, "设定公开", "decide disclosure");
        Item item = d.item();
        Texts.Violations violations = new Texts.Violations();
        Texts.limit(violations, "reason", "说明", s.reason(), TextLimits.REASON);
        violations.throwIfAny();
        if (s.publicReply() == item.publicReply()) {
            throw BanliException.conflict("件 " + item.id() + (item.publicReply() ? " 已是公开件" : " 已是不公开件")
                    + " (item is already " + (item.publicReply() ? "public" : "not public") + ")");
        }
        return new Outcome(
                ItemAction.SET_DISCLOSURE,
                item.status(),
                reasonOr(s.reason(), s.publicReply() ? "答复公开" : "答复不公开"),
                item.progress(),
                List.of(),
                new ItemChange.Designation(item.keyItem(), item.leadingOfficial(), s.publicReply()));
    }

    // shared checks ----------------------------------------------------------------------------

    private static void require(Item item, ItemAction action, Set<ItemStatus> allowed) {
        if (!allowed.contains(item.status())) {
            throw BanliException.conflict(Text.of(
                    Text.Code.STATE_DOES_NOT_ALLOW,
                    "id",
                    item.id(),
                    "status",
                    item.status(),
                    "action",
                    action,
                    "allowed",
                    List.copyOf(new TreeSet<>(allowed))));
        }
    }

    private static void requireHost(Actor actor, Item item, String whatChinese, String whatEnglish) {
        if (!Access.actsForHostUnit(actor, item)) {
            throw BanliException.forbidden(
                    Text.of(Text.Code.ONLY_HOST_UNIT, "action", Bilingual.of(whatChinese, whatEnglish)));
        }
    }

    private static void requireHead(Actor actor, Item item, String whatChinese, String whatEnglish) {
        if (!actor.has(Role.UNIT_HEAD) || !Access.actsForHostUnit(actor, item)) {
            throw BanliException.forbidden(
                    Text.of(Text.Code.ONLY_HOST_UNIT_HEAD, "action", Bilingual.of(whatChinese, whatEnglish)));
        }
    }

    private static void requireText(String field, String label, String value, int max) {
        Texts.Violations violations = new Texts.Violations();
        Texts.require(violations, field, label, value, max);
        violations.throwIfAny();
    }

    private Outcome same(Dossier d, ItemAction action, String reason, ItemRecord... records) {
        return new Outcome(action, d.item().status(), reason, d.item().progress(), List.of(records));
    }

    private static String reasonOr(String reason, String otherwise) {
        return Texts.isBlank(reason) ? otherwise : reason.strip();
    }

    private ItemChange change(Item item, Actor actor, Outcome outcome) {
        String reason = outcome.reason;
        String shortened = reason == null || reason.length() <= TextLimits.REASON
                ? reason
                : reason.substring(0, TextLimits.REASON);
        return new ItemChange(
                item.id(),
                null,
                outcome.action,
                actor.username(),
                now,
                outcome.to,
                shortened,
                outcome.progress,
                outcome.records,
                outcome.designation);
    }

    /** What a step does to the item it is taken on. */
    private record Outcome(
            ItemAction action,
            ItemStatus to,
            String reason,
            Progress progress,
            List<ItemRecord> records,
            ItemChange.Designation designation) {

        Outcome(ItemAction action, ItemStatus to, String reason, Progress progress, List<ItemRecord> records) {
            this(action, to, reason, progress, records, null);
        }
    }
}
