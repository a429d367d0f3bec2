package org.banli.core.internal.workflow;

import static org.assertj.core.api.Assertions.assertThat;
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

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.banli.api.Actor;
import org.banli.api.BanliException;
import org.banli.api.Text;
import org.banli.api.item.ContactMethod;
import org.banli.api.item.ContactPhase;
import org.banli.api.item.Item;
import org.banli.api.item.ItemStatus;
import org.banli.api.item.ReplyClass;
import org.banli.api.item.Satisfaction;
import org.banli.api.item.Step;
import org.banli.core.internal.WorkflowFixture;
import org.junit.jupiter.api.Test;

/**
 * Every step tried from every state: the states from which the workflow lets it start
 * (DESIGN.md §2), and a refusal that names the state everywhere else, with nothing changed.
 */
class TransitionTableTest extends WorkflowFixture {

    private static final Set<ItemStatus> ALL = EnumSet.allOf(ItemStatus.class);

    /** A step, who takes it, and the states it may start from. */
    private record Row(String name, Actor actor, Function<Item, Step> step, Set<ItemStatus> from) {}

    private List<Row> table() {
        LocalDate today = date(2026, 3, 2);
        return List.of(
                new Row(
                        "assign",
                        OFFICE,
                        i -> new Step.Assign("wat", List.of("tra"), null),
                        EnumSet.of(REGISTERED, ASSIGNED, HANDLING)),
                new Row("accept", EDU, i -> new Step.Accept(), EnumSet.of(ASSIGNED)),
                new Row("return request", EDU, i -> new Step.RequestReturn("非本单位职责"), EnumSet.of(ASSIGNED, HANDLING)),
                new Row(
                        "contact",
                        EDU,
                        i -> new Step.RecordContact(ContactPhase.DURING, ContactMethod.ON_SITE, today, "赵代表", "现场查看"),
                        EnumSet.of(
                                HANDLING, REPLY_APPROVED, UNDER_REVIEW, REPLIED, REHANDLING, CONSULTATION, FOLLOW_UP)),
                new Row(
                        "co-unit opinion",
                        TRA,
                        i -> new Step.CoUnitOpinion("补充意见"),
                        EnumSet.of(ASSIGNED, HANDLING, REPLY_APPROVED, REHANDLING)),
                new Row(
                        "extension request",
                        EDU,
                        i -> new Step.RequestExtension(
                                i.deadline() == null ? null : i.deadline().plusDays(10), "需要时间"),
                        EnumSet.of(ASSIGNED, HANDLING, REPLY_APPROVED, REHANDLING)),
                new Row("draft", EDU, i -> draft(ReplyClass.A), EnumSet.of(HANDLING, REPLY_APPROVED, REHANDLING)),
                new Row(
                        "countersign",
                        TRA_HEAD,
                        i -> new Step.Countersign(),
                        EnumSet.of(HANDLING, REPLY_APPROVED, REHANDLING)),
                new Row("approve", EDU_HEAD, i -> new Step.ApproveReply(), EnumSet.of(HANDLING, REHANDLING)),
                new Row(
                        "send back",
                        EDU_HEAD,
                        i -> new Step.SendBackReply("请修改"),
                        EnumSet.of(HANDLING, REPLY_APPROVED, REHANDLING)),
                new Row("submit", EDU, i -> new Step.SubmitReply(), EnumSet.of(REPLY_APPROVED)),
                new Row("review", OFFICE, i -> new Step.ReviewReply(true, null), EnumSet.of(UNDER_REVIEW)),
                new Row(
                        "rate",
                        DEPUTY,
                        i -> new Step.Rate(Satisfaction.SATISFIED, null, null, null),
                        EnumSet.of(REPLIED)),
                new Row(
                        "consultation",
                        OFFICE,
                        i -> new Step.RecordConsultation(today, "赵代表", "当面协商"),
                        EnumSet.of(CONSULTATION)),
                new Row(
                        "commitment",
                        EDU,
                        i -> new Step.UpdateCommitment(commitmentOf(i), today, "已落实"),
                        EnumSet.of(REPLIED, CONSULTATION, FOLLOW_UP)),
                new Row(
                        "supervision notice",
                        SUPERVISOR,
                        i -> new Step.IssueNotice("edu", "请加快", today),
                        EnumSet.complementOf(EnumSet.of(REGISTERED, CLOSED))),
                new Row("close unrated", OFFICE, i -> new Step.Close("未测评"), EnumSet.of(REPLIED)),
                new Row(
                        "key item",
                        SUPERVISOR,
                        i -> new Step.DesignateKeyItem(true, LEADER.username(), null),
                        EnumSet.complementOf(EnumSet.of(CLOSED))),
                new Row("disclosure", OFFICE, i -> new Step.SetDisclosure(true, null), ALL),
                new Row(
                        "merge",
                        OFFICE,
                        i -> new Step.Merge(List.of(registered().id()), null),
                        EnumSet.of(REGISTERED)));
    }

    private long commitmentOf(Item item) {
        return service.dossier(OFFICE, item.id()).latestAcceptedReply().stream()
                .flatMap(r -> r.commitments().stream())
                .findFirst()
                .map(c -> c.id())
                .orElse(-1L);
    }

    /** An item in the given state, with a co-unit and a class-B reply where the state has one. */
    private Item in(ItemStatus status) {
        return service.get(OFFICE, story(status).id());
    }

    private Item story(ItemStatus status) {
        Item item = registered();
        if (status == REGISTERED) {
            return item;
        }
        step(OFFICE, item, new Step.Assign("edu", List.of("tra"), null));
        step(TRA, item, new Step.CoUnitOpinion("同意"));
        if (status == ASSIGNED) {
            return item;
        }
        step(EDU, item, new Step.Accept());
        if (status == HANDLING) {
            return item;
        }
        Step.DraftReply classB = draft(ReplyClass.B, promise("改造食堂", date(2026, 12, 1)));
        reachReview(item, classB);
        if (status == REPLY_APPROVED) {
            return item;
        }
        step(EDU, item, new Step.SubmitReply());
        if (status == UNDER_REVIEW) {
            return item;
        }
        step(OFFICE, item, new Step.ReviewReply(true, null));
        if (status == REPLIED) {
            return item;
        }
        if (status == FOLLOW_UP || status == CLOSED) {
            Item followUp = step(DEPUTY, item, new Step.Rate(Satisfaction.SATISFIED, null, null, null));
            return status == FOLLOW_UP
                    ? followUp
                    : step(EDU, item, new Step.UpdateCommitment(commitmentOf(item), date(2026, 3, 2), "已完成"));
        }
        Item rehandling = step(DEPUTY, item, new Step.Rate(Satisfaction.UNSATISFIED, null, null, null));
        if (status == REHANDLING) {
            return rehandling;
        }
        reachReview(item, classB);
        step(EDU, item, new Step.SubmitReply());
        step(OFFICE, item, new Step.ReviewReply(true, null));
        return step(DEPUTY, item, new Step.Rate(Satisfaction.UNSATISFIED, null, null, null));
    }

    private void reachReview(Item item, Step.DraftReply reply) {
        step(EDU, item, reply);
        step(TRA, item, new Step.Countersign());
        step(EDU_HEAD, item, new Step.ApproveReply());
    }

    @Test
    void theStoryReachesEveryState() {
        for (ItemStatus status : ALL) {
            assertThat(in(status).status()).isEqualTo(status);
        }
    }

    @Test
    void everyStepStartsOnlyFromItsStatesAndIsRefusedWithTheStateNamedElsewhere() {
        Map<String, Set<ItemStatus>> startedFrom = new LinkedHashMap<>();
        Map<String, Set<ItemStatus>> expected = new LinkedHashMap<>();
        for (Row row : table()) {
            expected.put(row.name(), row.from());
            Set<ItemStatus> reached = EnumSet.noneOf(ItemStatus.class);
            for (ItemStatus status : ALL) {
                Item item = in(status);
                var before = service.dossier(OFFICE, item.id());
                try {
                    service.perform(row.actor(), item.id(), null, row.step().apply(item), "10.0.0.9");
                    reached.add(status);
                } catch (BanliException e) {
                    boolean refusedForTheState = e.problem() == BanliException.Problem.CONFLICT
                            && e.text() != null
                            && e.text().code() == Text.Code.STATE_DOES_NOT_ALLOW
                            && e.text().values().get("status") == status;
                    boolean invisible = e.problem() == BanliException.Problem.NOT_FOUND;
                    if (!refusedForTheState && !invisible) {
                        reached.add(status); // started, then refused for another reason (tested elsewhere)
                    }
                    assertThat(service.dossier(OFFICE, item.id()))
                            .as(row.name() + " from " + status)
                            .isEqualTo(before);
                }
            }
            startedFrom.put(row.name(), reached);
        }
        assertThat(startedFrom).isEqualTo(expected);
    }
}
