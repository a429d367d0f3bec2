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
import org.banli.api.unit.Unit;
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
        Optional<Unit> unit(String code);

        Optional<User> user(String username);
    }

    private final CountyProfile county;
    private final Directory directory;
    private final Instant now;
    private final LocalDate today;

    /** How a history line names a unit: by its name, as people know it. */
    private String unitName(String code) {
        return directory.unit(code).map(Unit::name).orElse(code);
    }

    /** How a history line names a person: by their name. */
    private String personName(String username) {
        return directory.user(username).map(User::displayName).orElse(username);
    }

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
            throw BanliException.conflict(Text.of(
                    Text.Code.MERGED_INTO_ANOTHER,
                    "item",
                    item.reference(),
                    "lead",
                    item.progress().mergedInto()));
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

    /**
     * The steps {@code actor} may take now: each step is tried with empty content, and kept unless it is refused for
     * who the actor is or for the item's state. A step about one contact, notice or commitment is tried with each of
     * the item's, a yes-or-no step with both answers. Trying decides nothing and changes nothing.
     */
    Set<Class<? extends Step>> possibleSteps(Actor actor, Dossier dossier) {
        Set<Class<? extends Step>> possible = new LinkedHashSet<>();
        for (Class<?> permitted : Step.class.getPermittedSubclasses()) {
            Class<? extends Step> type = permitted.asSubclass(Step.class);
            List<Long> targets = targets(type, dossier);
            // A yes-or-no step that only confirms what is so now is refused: it is possible if either answer is.
            search:
            for (Long target : targets.isEmpty() ? java.util.Collections.<Long>singletonList(null) : targets) {
                for (boolean answer : new boolean[] {false, true}) {
                    if (allowed(actor, dossier, emptyStep(type, target, answer))) {
                        possible.add(type);
                        break search;
                    }
                }
            }
        }
        return possible;
    }

    private boolean allowed(Actor actor, Dossier dossier, Step probe) {
        try {
            if (probe instanceof Step.Merge merge) {
                merge(actor, dossier, merge, List.of());
            } else {
                decide(actor, dossier, probe, null);
            }
            return true;
        } catch (RuleViolationException missingContent) {
            return true;
        } catch (BanliException refused) {
            return false; // not this actor's step, or not now
        }
    }

    /** The records a step may be about: the item's contacts, notices or commitments, by their ids. */
    private static List<Long> targets(Class<? extends Step> type, Dossier d) {
        if (type == Step.ConfirmContact.class) {
            return d.contacts().stream().map(Contact::id).toList();
        }
        if (type == Step.RespondNotice.class) {
            return d.notices().stream().map(SupervisionNotice::id).toList();
        }
        if (type == Step.UpdateCommitment.class) {
            return d.replies().stream()
                    .flatMap(reply -> reply.commitments().stream())
                    .map(Commitment::id)
                    .toList();
        }
        return List.of();
    }

    /**
     * A step with nothing filled in (no texts, dates or choices, empty lists), about {@code target} if it names one,
     * each yes-or-no set to {@code answer}.
     */
    private static Step emptyStep(Class<? extends Step> type, Long target, boolean answer) {
        java.lang.reflect.RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = types[i] == boolean.class
                    ? Boolean.valueOf(answer)
                    : types[i] == long.class
                            ? (target == null ? Long.valueOf(0) : target)
                            : types[i] == int.class ? Integer.valueOf(0) : types[i] == List.class ? List.of() : null;
        }
        try {
            return type.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("every step is a record: " + type, e);
        }
    }

    /** A merge: the office puts registered items under this one. Members are read beforehand; the store checks their versions. */
    List<ItemChange> merge(Actor actor, Dossier lead, Step.Merge merge, List<Item> members) {
        Access.requireRole(actor, Role.OFFICE, Text.Label.MERGE_ITEMS);
        Item item = lead.item();
        require(item, ItemAction.MERGE, EnumSet.of(REGISTERED));
        if (item.progress().mergedInto() != null) {
            throw BanliException.conflict(Text.of(Text.Code.ITSELF_MERGED, "item", item.reference()));
        }
        Texts.Violations violations = new Texts.Violations();
        if (members.isEmpty()) {
            violations.add("items", Text.Code.MERGE_NAME_ITEMS);
        }
        for (Item member : members) {
            String name = member.label();
            if (member.id() == item.id()) {
                violations.add("items", Text.Code.MERGE_INTO_ITSELF);
            } else if (member.kind() != item.kind() || member.year() != item.year()) {
                violations.add("items", Text.Code.MERGE_KIND_OR_YEAR, "item", name);
            } else if (member.status() != REGISTERED) {
                violations.add("items", Text.Code.MERGE_ALREADY_ASSIGNED, "item", name);
            } else if (member.progress().mergedInto() != null) {
                violations.add("items", Text.Code.MERGE_ALREADY_MERGED, "item", name);
            } else if (lead.mergedItems().stream().anyMatch(m -> m.id() == member.id())) {
                violations.add("items", Text.Code.MERGE_ALREADY_HERE, "item", name);
            }
        }
        Texts.limit(violations, "reason", Text.Label.MERGE_REASON, merge.reason(), TextLimits.REASON);
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
        Access.requireRole(actor, Role.OFFICE, Text.Label.ASSIGN_ITEMS);
        Item item = d.item();
        require(item, ItemAction.ASSIGN, EnumSet.of(REGISTERED, ASSIGNED, HANDLING));
        Texts.Violations violations = new Texts.Violations();
        List<String> coUnits = checkUnits(violations, s.hostUnit(), s.coUnits());
        Texts.limit(violations, "reason", Text.Label.ASSIGNMENT_REASON, s.reason(), TextLimits.REASON);
        if (s.replyBy() != null && s.replyBy().isBefore(today)) {
            violations.add("replyBy", Text.Code.REPLY_BY_PASSED, "date", s.replyBy());
        }
        violations.throwIfAny();
        Set<String> current = d.activeCoUnits().stream().map(CoUnit::unitCode).collect(Collectors.toSet());
        if (s.hostUnit().equals(item.hostUnit()) && current.equals(Set.copyOf(coUnits))) {
            throw BanliException.conflict(Text.of(
                    Text.Code.ALREADY_ASSIGNED_SO, "item", item.reference(), "unit", unitName(item.hostUnit())));
        }
        List<ItemRecord> records = new ArrayList<>(reassignCoUnits(d, coUnits));
        // A reassignment settles what was pending about the old assignment.
        for (UnitRequest r : d.requests()) {
            if (r.pending()) {
                boolean isReturn = r.kind() == UnitRequest.Kind.RETURN;
                records.add(r.decided(isReturn, actor.username(), now, isReturn ? "已改办" : "已改办，按新交办期限办理", null));
            }
        }
        return new Outcome(
                ItemAction.ASSIGN, ASSIGNED, s.reason(), assignedProgress(item, s.hostUnit(), s.replyBy()), records);
    }

    /** Due by the county's rule, or by the batch's latest reply date when that comes first. */
    private Progress assignedProgress(Item item, String host, LocalDate replyBy) {
        int months = item.urgency() == Urgency.URGENT ? county.urgentReplyMonths() : county.replyMonths();
        LocalDate byRule = today.plusMonths(months);
        return item.progress().assignedTo(host, replyBy != null && replyBy.isBefore(byRule) ? replyBy : byRule, now);
    }

    /** Checks the host and co-units; answers the co-units without duplicates. */
    private List<String> checkUnits(Texts.Violations violations, String host, List<String> coUnits) {
        if (Texts.isBlank(host)) {
            violations.add("hostUnit", Text.Code.REQUIRED, "label", Text.Label.HOST_UNIT);
        } else if (directory.unit(host).isEmpty()) {
            violations.add("hostUnit", Text.Code.UNIT_NOT_FOUND, "unit", host);
        }
        Set<String> result = new LinkedHashSet<>();
        if (coUnits != null && coUnits.size() > MAX_CO_UNITS) {
            // Refused before each is looked up: a list of thousands would cost seconds to check.
            violations.add("coUnits", Text.Code.AT_MOST_CO_UNITS, "max", MAX_CO_UNITS);
            return List.of();
        }
        for (String code : coUnits == null ? List.<String>of() : coUnits) {
            if (Texts.isBlank(code) || directory.unit(code).isEmpty()) {
                violations.add("coUnits", Text.Code.CO_UNIT_NOT_FOUND, "unit", code);
            } else if (code.equals(host)) {
                violations.add("coUnits", Text.Code.HOST_ALSO_CO_UNIT);
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
            throw BanliException.forbidden(Text.of(Text.Code.ONLY_HANDLING_UNIT_RETURNS));
        }
        require(item, ItemAction.REQUEST_RETURN, EnumSet.of(ASSIGNED, HANDLING));
        requireText("reason", Text.Label.RETURN_REASON, s.reason(), TextLimits.REASON);
        Instant assigned = host ? item.progress().assignedAt() : co.get().assignedAt();
        LocalDate until = Deadlines.returnUntil(county, county.date(assigned));
        if (today.isAfter(until)) {
            throw BanliException.conflict(
                    Text.of(Text.Code.RETURN_TOO_LATE, "days", county.returnWorkingDays(), "until", until));
        }
        if (d.requests().stream()
                .anyMatch(r -> r.pending()
                        && r.kind() == UnitRequest.Kind.RETURN
                        && r.unitCode().equals(actor.unitCode()))) {
            throw BanliException.conflict(Text.of(Text.Code.RETURN_PENDING));
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
        Access.requireRole(actor, Role.OFFICE, Text.Label.DECIDE_RETURNS);
        Item item = d.item();
        UnitRequest request = d.pendingRequest(UnitRequest.Kind.RETURN)
                .orElseThrow(
                        () -> BanliException.conflict(Text.of(Text.Code.NO_RETURN_PENDING, "item", item.reference())));
        if (!s.approve()) {
            requireText("reason", Text.Label.RETURN_REFUSAL_REASON, s.reason(), TextLimits.REASON);
            return same(
                    d,
                    ItemAction.DECIDE_RETURN,
                    "不同意" + unitName(request.unitCode()) + "退回：" + s.reason().strip(),
                    request.decided(false, actor.username(), now, s.reason().strip(), null));
        }
        Texts.Violations violations = new Texts.Violations();
        Texts.limit(violations, "reason", Text.Label.DECISION_REMARK, s.reason(), TextLimits.REASON);
        if (!request.unitCode().equals(item.hostUnit())) {
            violations.throwIfAny();
            CoUnit leaving = d.activeCoUnit(request.unitCode()).orElseThrow();
            return same(
                    d,
                    ItemAction.DECIDE_RETURN,
                    "同意协办单位" + unitName(request.unitCode()) + "退回",
                    request.decided(true, actor.username(), now, s.reason(), null),
                    leaving.released(now));
        }
        if (!Texts.isBlank(s.hostUnit()) && s.hostUnit().equals(item.hostUnit())) {
            violations.add("hostUnit", Text.Code.RETURN_NEEDS_OTHER_HOST);
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
                "同意退回，改由" + unitName(s.hostUnit()) + "主办",
                assignedProgress(item, s.hostUnit(), null),
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
                throw BanliException.conflict(Text.of(Text.Code.CO_UNIT_ALREADY_ACCEPTED));
            }
            return same(
                    d,
                    ItemAction.ACCEPT,
                    "协办单位" + unitName(actor.unitCode()) + "签收",
                    co.get().accepted(now));
        }
        if (Access.actsForHostUnit(actor, item)) {
            require(item, ItemAction.ACCEPT, EnumSet.of(ASSIGNED));
        }
        throw BanliException.forbidden(Text.of(Text.Code.ONLY_HANDLING_UNIT_ACCEPTS));
    }

    // 承办关 ---------------------------------------------------------------------------------------

    private Outcome recordContact(Actor actor, Dossier d, Step.RecordContact s) {
        Item item = d.item();
        // The handler keeps the file of who met whom, also of visits their head made.
        if (!actor.has(Role.HANDLER) || (!Access.actsForHostUnit(actor, item) && !Access.actsForCoUnit(actor, d))) {
            throw BanliException.forbidden(Text.of(Text.Code.ONLY_HANDLING_UNIT_RECORDS_CONTACTS));
        }
        require(item, ItemAction.RECORD_CONTACT, ACCEPTED_AND_OPEN);
        Texts.Violations violations = new Texts.Violations();
        if (s.phase() == null || s.phase() == ContactPhase.CONSULTATION) {
            violations.add("phase", Text.Code.CONTACT_PHASE);
        }
        if (s.method() == null) {
            violations.add("method", Text.Code.REQUIRED, "label", Text.Label.CONTACT_METHOD);
        }
        checkMeetingDate(violations, item, s.date());
        Texts.require(violations, "participants", Text.Label.PARTICIPANTS, s.participants(), TextLimits.NAMES);
        Texts.require(violations, "summary", Text.Label.CONTACT_SUMMARY, s.summary(), TextLimits.TEXT);
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
            violations.add("date", Text.Code.REQUIRED, "label", Text.Label.DATE);
        } else if (date.isAfter(today)) {
            violations.add("date", Text.Code.NOT_IN_FUTURE, "label", Text.Label.DATE);
        } else if (item.progress().assignedAt() != null
                && date.isBefore(county.date(item.progress().assignedAt()))) {
            violations.add("date", Text.Code.DATE_BEFORE_ASSIGNMENT);
        }
    }

    private Outcome confirmContact(Actor actor, Dossier d, Step.ConfirmContact s) {
        Item item = d.item();
        if (!Access.isSubmitter(actor, item)) {
            throw BanliException.forbidden(Text.of(Text.Code.ONLY_SUBMITTER_CONFIRMS));
        }
        Contact contact = d.contacts().stream()
                .filter(c -> c.id() == s.contactId())
                .findFirst()
                .orElseThrow(() -> BanliException.notFound(Text.of(Text.Code.CONTACT_NOT_FOUND, "id", s.contactId())));
        if (contact.confirmed() != null) {
            throw BanliException.conflict(Text.of(Text.Code.CONTACT_ANSWERED));
        }
        Texts.Violations violations = new Texts.Violations();
        if (!s.confirmed()) {
            Texts.require(violations, "remark", Text.Label.OBJECTION, s.remark(), TextLimits.REASON);
        } else {
            Texts.limit(violations, "remark", Text.Label.REMARK, s.remark(), TextLimits.REASON);
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
                .orElseThrow(() -> BanliException.forbidden(Text.of(Text.Code.ONLY_CO_UNITS_OPINE)));
        require(d.item(), ItemAction.CO_UNIT_OPINION, BEFORE_REVIEW);
        requireText("opinion", Text.Label.CO_UNIT_OPINION, s.opinion(), TextLimits.TEXT);
        return same(
                d,
                ItemAction.CO_UNIT_OPINION,
                "协办单位" + unitName(co.unitCode()),
                co.withOpinion(s.opinion().strip(), actor.username(), now));
    }

    private Outcome requestExtension(Actor actor, Dossier d, Step.RequestExtension s) {
        Item item = d.item();
        requireHandler(actor, item, Text.Label.ASK_FOR_EXTENSION);
        require(item, ItemAction.REQUEST_EXTENSION, BEFORE_REVIEW);
        Texts.Violations violations = new Texts.Violations();
        checkExtensionDate(violations, item, s.until());
        Texts.require(violations, "reason", Text.Label.EXTENSION_REASON, s.reason(), TextLimits.REASON);
        violations.throwIfAny();
        if (d.pendingRequest(UnitRequest.Kind.EXTENSION).isPresent()) {
            throw BanliException.conflict(Text.of(Text.Code.EXTENSION_PENDING));
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
            violations.add("until", Text.Code.REQUIRED, "label", Text.Label.EXTENSION_DATE);
        } else if (!until.isAfter(item.deadline())) {
            violations.add("until", Text.Code.EXTENSION_NOT_AFTER_DEADLINE, "deadline", item.deadline());
        } else if (until.isAfter(latest)) {
            violations.add(
                    "until", Text.Code.EXTENSION_TOO_LONG, "latest", latest, "months", county.maxMonthsWithExtension());
        }
    }

    private Outcome decideExtension(Actor actor, Dossier d, Step.DecideExtension s) {
        Access.requireRole(actor, Role.OFFICE, Text.Label.DECIDE_EXTENSIONS);
        Item item = d.item();
        UnitRequest request = d.pendingRequest(UnitRequest.Kind.EXTENSION)
                .orElseThrow(() ->
                        BanliException.conflict(Text.of(Text.Code.NO_EXTENSION_PENDING, "item", item.reference())));
        if (!s.approve()) {
            requireText("reason", Text.Label.EXTENSION_REFUSAL_REASON, s.reason(), TextLimits.REASON);
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
        Texts.limit(violations, "reason", Text.Label.DECISION_REMARK, s.reason(), TextLimits.REASON);
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
        requireHandler(actor, item, Text.Label.DRAFT_REPLIES);
        require(item, ItemAction.DRAFT_REPLY, DRAFTING);
        Texts.Violations violations = new Texts.Violations();
        if (s.replyClass() == null) {
            violations.add("replyClass", Text.Code.REQUIRED, "label", Text.Label.REPLY_CLASS);
        } else if (!county.replyClasses().contains(s.replyClass())) {
            violations.add(
                    "replyClass",
                    Text.Code.REPLY_CLASS_NOT_USED,
                    "replyClass",
                    s.replyClass(),
                    "replyClasses",
                    county.replyClasses());
        }
        if (s.limitReason() != null && s.replyClass() != ReplyClass.C) {
            violations.add("limitReason", Text.Code.LIMIT_REASON_ONLY_C);
        }
        List<Step.CommitmentDraft> drafts = s.commitments() == null ? List.of() : s.commitments();
        if (!drafts.isEmpty() && s.replyClass() != ReplyClass.B) {
            violations.add("commitments", Text.Code.COMMITMENTS_ONLY_B);
        }
        if (drafts.size() > MAX_COMMITMENTS) {
            violations.add("commitments", Text.Code.AT_MOST_COMMITMENTS, "max", MAX_COMMITMENTS);
        } else {
            for (Step.CommitmentDraft c : drafts) {
                Texts.require(
                        violations,
                        "commitments",
                        Text.Label.COMMITMENT,
                        c == null ? null : c.text(),
                        TextLimits.COMMITMENT);
            }
        }
        Texts.require(violations, "text", Text.Label.REPLY_TEXT, s.text(), TextLimits.TEXT);
        Texts.limit(violations, "contactPerson", Text.Label.CONTACT_PERSON, s.contactPerson(), TextLimits.NAME);
        Texts.limit(violations, "contactPhone", Text.Label.CONTACT_PHONE, s.contactPhone(), TextLimits.PHONE);
        Texts.limit(violations, "copyTo", Text.Label.COPY_TO, s.copyTo(), TextLimits.NAMES);
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
                null,
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
                        Text.of(Text.Code.NO_DRAFT_TO_ACT_ON, "item", d.item().reference(), "action", action)));
    }

    private Outcome countersign(Actor actor, Dossier d) {
        if (!Access.actsForCoUnit(actor, d)) {
            throw BanliException.forbidden(Text.of(Text.Code.ONLY_CO_UNITS_COUNTERSIGN));
        }
        require(d.item(), ItemAction.COUNTERSIGN, DRAFTING);
        Reply reply = draftAwaiting(d, ItemAction.COUNTERSIGN, EnumSet.of(Reply.State.DRAFT, Reply.State.APPROVED));
        if (reply.countersignedBy().contains(actor.unitCode())) {
            throw BanliException.conflict(Text.of(Text.Code.ALREADY_COUNTERSIGNED));
        }
        return same(
                d,
                ItemAction.COUNTERSIGN,
                "协办单位" + unitName(actor.unitCode()) + "会签",
                reply.countersigned(actor.unitCode()));
    }

    private Outcome approveReply(Actor actor, Dossier d) {
        Item item = d.item();
        requireHead(actor, item, Text.Label.APPROVE_REPLIES);
        require(item, ItemAction.APPROVE_REPLY, EnumSet.of(HANDLING, REHANDLING));
        Reply reply = draftAwaiting(d, ItemAction.APPROVE_REPLY, EnumSet.of(Reply.State.DRAFT));
        return new Outcome(
                ItemAction.APPROVE_REPLY,
                REPLY_APPROVED,
                null,
                item.progress(),
                List.of(reply.approved(
                        actor.username(),
                        directory.user(actor.username()).map(User::displayName).orElse(actor.username()),
                        now)));
    }

    private Outcome sendBackReply(Actor actor, Dossier d, Step.SendBackReply s) {
        Item item = d.item();
        requireHead(actor, item, Text.Label.SEND_DRAFTS_BACK);
        require(item, ItemAction.SEND_BACK_REPLY, DRAFTING);
        Reply reply = draftAwaiting(d, ItemAction.SEND_BACK_REPLY, EnumSet.of(Reply.State.DRAFT, Reply.State.APPROVED));
        requireText("remark", Text.Label.REVISION_REMARK, s.remark(), TextLimits.REASON);
        Reply back = new Reply(
                reply.id(),
                reply.round(),
                Reply.State.DRAFT,
                reply.replyClass(),
                reply.limitReason(),
                reply.text(),
                reply.commitments(),
                null, // unsigned until the head approves it again
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

    /** The format checks the current draft would fail at submission. */
    List<RuleViolationException.Violation> replyCheck(Dossier d) {
        return d.currentReply()
                .filter(r -> r.state() == Reply.State.DRAFT || r.state() == Reply.State.APPROVED)
                .map(r -> FormatCheck.failures(county, d, r, today, this::unitName))
                .orElse(List.of());
    }

    private Outcome submitReply(Actor actor, Dossier d) {
        Item item = d.item();
        requireHandler(actor, item, Text.Label.SUBMIT_REPLIES);
        require(item, ItemAction.SUBMIT_REPLY, EnumSet.of(REPLY_APPROVED));
        Reply reply = draftAwaiting(d, ItemAction.SUBMIT_REPLY, EnumSet.of(Reply.State.APPROVED));
        List<RuleViolationException.Violation> failures = FormatCheck.failures(county, d, reply, today, this::unitName);
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
        Access.requireRole(actor, Role.OFFICE, Text.Label.REVIEW_REPLIES);
        Item item = d.item();
        require(item, ItemAction.REVIEW_REPLY, EnumSet.of(UNDER_REVIEW));
        Reply reply = draftAwaiting(d, ItemAction.REVIEW_REPLY, EnumSet.of(Reply.State.SUBMITTED));
        if (!s.accept()) {
            requireText("remark", Text.Label.SEND_BACK_REMARK, s.remark(), TextLimits.REASON);
            return new Outcome(
                    ItemAction.REVIEW_REPLY,
                    handlingState(item),
                    "退回：" + s.remark().strip(),
                    item.progress(),
                    List.of(reply.withState(
                            Reply.State.DRAFT, actor.username(), now, s.remark().strip())));
        }
        Texts.Violations violations = new Texts.Violations();
        Texts.limit(violations, "remark", Text.Label.REVIEW_REMARK, s.remark(), TextLimits.REASON);
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
            throw BanliException.forbidden(Text.of(Text.Code.ONLY_SUBMITTER_RATES));
        }
        require(item, ItemAction.RATE, EnumSet.of(REPLIED));
        Texts.Violations violations = new Texts.Violations();
        Satisfaction overall = s.satisfaction();
        if (county.twoAxisRating()) {
            if (s.process() == null) {
                violations.add("process", Text.Code.RATE_PROCESS);
            }
            if (s.result() == null) {
                violations.add("result", Text.Code.RATE_RESULT);
            }
            if (overall == null && s.process() != null && s.result() != null) {
                overall = s.process().compareTo(s.result()) >= 0 ? s.process() : s.result();
            }
        } else if (s.process() != null || s.result() != null) {
            violations.add("process", Text.Code.OVERALL_ONLY);
        }
        if (overall == null && violations.isEmpty()) {
            violations.add("satisfaction", Text.Code.REQUIRED, "label", Text.Label.SATISFACTION);
        }
        Texts.limit(violations, "comment", Text.Label.RATING_COMMENT, s.comment(), TextLimits.REASON);
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
                reasons.add("答复后 " + minutes + " 分钟内即测评");
            }
        });
        if (Access.inUnit(actor)) {
            reasons.add("由承办单位账号录入");
        }
        return reasons.isEmpty() ? null : String.join("；", reasons);
    }

    /** Class A, C and D close after rating; B stays in follow-up while a commitment is open. */
    private static ItemStatus afterRating(Dossier d) {
        boolean open = d.latestAcceptedReply()
                .map(r -> r.commitments().stream().anyMatch(c -> !c.done()))
                .orElse(false);
        return open ? FOLLOW_UP : CLOSED;
    }

    private Outcome recordConsultation(Actor actor, Dossier d, Step.RecordConsultation s) {
        Access.requireRole(actor, Role.OFFICE, Text.Label.RECORD_CONSULTATIONS);
        Item item = d.item();
        require(item, ItemAction.RECORD_CONSULTATION, EnumSet.of(CONSULTATION));
        Texts.Violations violations = new Texts.Violations();
        checkMeetingDate(violations, item, s.date());
        Texts.require(violations, "participants", Text.Label.PARTICIPANTS, s.participants(), TextLimits.NAMES);
        Texts.require(violations, "summary", Text.Label.CONSULTATION_SUMMARY, s.summary(), TextLimits.TEXT);
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
        requireHost(actor, item, Text.Label.FOLLOW_UP_COMMITMENTS);
        require(item, ItemAction.UPDATE_COMMITMENT, EnumSet.of(REPLIED, CONSULTATION, FOLLOW_UP));
        Reply reply = d.latestAcceptedReply()
                .orElseThrow(() -> BanliException.conflict(Text.of(Text.Code.NO_ACCEPTED_REPLY)));
        Commitment commitment = reply.commitments().stream()
                .filter(c -> c.id() == s.commitmentId())
                .findFirst()
                .orElseThrow(
                        () -> BanliException.notFound(Text.of(Text.Code.COMMITMENT_NOT_FOUND, "id", s.commitmentId())));
        if (commitment.done()) {
            throw BanliException.conflict(Text.of(Text.Code.COMMITMENT_KEPT));
        }
        Texts.Violations violations = new Texts.Violations();
        Texts.require(violations, "progress", Text.Label.COMMITMENT_PROGRESS, s.progress(), TextLimits.PROGRESS);
        if (s.doneOn() != null && s.doneOn().isAfter(today)) {
            violations.add("doneOn", Text.Code.NOT_IN_FUTURE, "label", Text.Label.DONE_ON);
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
        Access.requireRole(actor, Role.SUPERVISOR, Text.Label.ISSUE_NOTICES);
        Item item = d.item();
        require(item, ItemAction.ISSUE_NOTICE, OPEN);
        Texts.Violations violations = new Texts.Violations();
        if (Texts.isBlank(s.unitCode())
                || !(s.unitCode().equals(item.hostUnit())
                        || d.activeCoUnit(s.unitCode()).isPresent())) {
            violations.add("unitCode", Text.Code.NOTICE_UNIT);
        }
        Texts.require(violations, "text", Text.Label.NOTICE_TEXT, s.text(), TextLimits.TEXT);
        if (s.dueDate() == null || s.dueDate().isBefore(today)) {
            violations.add("dueDate", Text.Code.NOTICE_DUE_DATE);
        }
        violations.throwIfAny();
        return same(
                d,
                ItemAction.ISSUE_NOTICE,
                "督办" + unitName(s.unitCode()) + "，" + s.dueDate() + "前反馈",
                new SupervisionNotice(
                        null, s.unitCode(), s.text().strip(), s.dueDate(), actor.username(), now, null, null, null));
    }

    private Outcome respondNotice(Actor actor, Dossier d, Step.RespondNotice s) {
        SupervisionNotice notice = d.notices().stream()
                .filter(n -> n.id() == s.noticeId())
                .findFirst()
                .orElseThrow(() -> BanliException.notFound(Text.of(Text.Code.NOTICE_NOT_FOUND, "id", s.noticeId())));
        if (!Access.inUnit(actor) || !notice.unitCode().equals(actor.unitCode())) {
            throw BanliException.forbidden(Text.of(Text.Code.ONLY_NOTIFIED_UNIT_RESPONDS));
        }
        if (notice.response() != null) {
            throw BanliException.conflict(Text.of(Text.Code.NOTICE_ANSWERED));
        }
        requireText("response", Text.Label.NOTICE_RESPONSE, s.response(), TextLimits.TEXT);
        return same(
                d,
                ItemAction.RESPOND_NOTICE,
                "督办反馈",
                notice.answered(s.response().strip(), actor.username(), now));
    }

    private Outcome addComment(Actor actor, Dossier d, Step.AddComment s) {
        Item item = d.item();
        if (!actor.has(Role.LEADER) || !item.keyItem() || !actor.username().equals(item.leadingOfficial())) {
            throw BanliException.forbidden(Text.of(Text.Code.ONLY_LEADING_OFFICIAL_COMMENTS));
        }
        requireText("text", Text.Label.COMMENT_TEXT, s.text(), TextLimits.TEXT);
        return same(
                d,
                ItemAction.COMMENT,
                "领导批示",
                new Comment(null, actor.username(), s.text().strip(), now));
    }

    private Outcome close(Actor actor, Dossier d, Step.Close s) {
        Access.requireRole(actor, Role.OFFICE, Text.Label.CLOSE_ITEMS);
        Item item = d.item();
        require(item, ItemAction.CLOSE, EnumSet.of(REPLIED));
        LocalDate ratingBy = Deadlines.ratingBy(county, d).orElseThrow();
        if (!today.isAfter(ratingBy)) {
            throw BanliException.conflict(Text.of(Text.Code.RATING_WINDOW_OPEN, "until", ratingBy));
        }
        requireText("reason", Text.Label.CLOSING_REASON, s.reason(), TextLimits.REASON);
        return new Outcome(
                ItemAction.CLOSE, afterRating(d), "逾期未测评：" + s.reason().strip(), item.progress(), List.of());
    }

    private Outcome designateKeyItem(Actor actor, Dossier d, Step.DesignateKeyItem s) {
        if (!actor.hasAny(Role.OFFICE, Role.SUPERVISOR)) {
            throw BanliException.forbidden(Text.of(Text.Code.NOT_ALLOWED, "action", Text.Label.DESIGNATE_KEY_ITEMS));
        }
        Item item = d.item();
        require(item, ItemAction.DESIGNATE_KEY_ITEM, EnumSet.complementOf(EnumSet.of(CLOSED)));
        Texts.Violations violations = new Texts.Violations();
        String official = Texts.stripped(s.leadingOfficial());
        if (s.keyItem() && official == null) {
            violations.add("leadingOfficial", Text.Code.KEY_ITEM_NEEDS_OFFICIAL);
        } else if (!s.keyItem() && official != null) {
            violations.add("leadingOfficial", Text.Code.OFFICIAL_ONLY_FOR_KEY_ITEMS);
        } else if (official != null
                && directory
                        .user(official)
                        .filter(u -> u.roles().contains(Role.LEADER))
                        .isEmpty()) {
            violations.add("leadingOfficial", Text.Code.NOT_A_LEADER, "official", official);
        }
        Texts.limit(violations, "reason", Text.Label.REMARK, s.reason(), TextLimits.REASON);
        violations.throwIfAny();
        String what = s.keyItem() ? "设为重点件，领办领导" + personName(official) : "取消重点件";
        return new Outcome(
                ItemAction.DESIGNATE_KEY_ITEM,
                item.status(),
                reasonOr(s.reason(), what),
                item.progress(),
                List.of(),
                new ItemChange.Designation(s.keyItem(), official, item.publicReply()));
    }

    private Outcome setDisclosure(Actor actor, Dossier d, Step.SetDisclosure s) {
        Access.requireRole(actor, Role.OFFICE, Text.Label.DECIDE_DISCLOSURE);
        Item item = d.item();
        Texts.Violations violations = new Texts.Violations();
        Texts.limit(violations, "reason", Text.Label.REMARK, s.reason(), TextLimits.REASON);
        violations.throwIfAny();
        if (s.publicReply() == item.publicReply()) {
            throw BanliException.conflict(Text.of(
                    item.publicReply() ? Text.Code.ALREADY_PUBLIC : Text.Code.ALREADY_NOT_PUBLIC,
                    "item",
                    item.reference()));
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
                    "item",
                    item.reference(),
                    "status",
                    item.status(),
                    "action",
                    action,
                    "allowed",
                    List.copyOf(new TreeSet<>(allowed))));
        }
    }

    private static void requireHost(Actor actor, Item item, Text.Label action) {
        if (!Access.actsForHostUnit(actor, item)) {
            throw BanliException.forbidden(Text.of(Text.Code.ONLY_HOST_UNIT, "action", action));
        }
    }

    /** The host unit's handler (经办人) writes, submits and asks for time; its head approves what they wrote. */
    private static void requireHandler(Actor actor, Item item, Text.Label action) {
        if (!actor.has(Role.HANDLER) || !Access.actsForHostUnit(actor, item)) {
            throw BanliException.forbidden(Text.of(Text.Code.ONLY_HOST_UNIT_HANDLER, "action", action));
        }
    }

    private static void requireHead(Actor actor, Item item, Text.Label action) {
        if (!actor.has(Role.UNIT_HEAD) || !Access.actsForHostUnit(actor, item)) {
            throw BanliException.forbidden(Text.of(Text.Code.ONLY_HOST_UNIT_HEAD, "action", action));
        }
    }

    private static void requireText(String field, Text.Label label, String value, int max) {
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
