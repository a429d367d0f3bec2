package org.banli.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.banli.api.Actor;
import org.banli.api.BanliException;
import org.banli.api.BanliException.Problem;
import org.banli.api.MovableClock;
import org.banli.api.item.Item;
import org.banli.api.item.ItemAction;
import org.banli.api.item.ItemDraft;
import org.banli.api.item.ItemEvent;
import org.banli.api.item.ItemKind;
import org.banli.api.item.LimitReason;
import org.banli.api.item.ReplyClass;
import org.banli.api.item.Step;
import org.banli.api.item.Urgency;
import org.banli.api.unit.Unit;
import org.banli.api.user.Role;
import org.banli.api.user.User;
import org.banli.core.internal.workflow.ItemServiceImpl;
import org.junit.jupiter.api.BeforeEach;

/** A county with units and people, an in-memory store and a clock the tests move, and a story that takes an item as far as a test needs. */
public abstract class WorkflowFixture {

    /** Monday 2026-03-02, 10:00 in Shanghai. */
    public static final Instant START = Instant.parse("2026-03-02T02:00:00Z");

    public static final Actor OFFICE = new Actor("office", Set.of(Role.OFFICE), null);
    public static final Actor SUPERVISOR = new Actor("duban", Set.of(Role.SUPERVISOR), null);
    public static final Actor LEADER = new Actor("fuxianzhang", Set.of(Role.LEADER), null);
    public static final Actor EDU = new Actor("h-edu", Set.of(Role.HANDLER), "edu");
    public static final Actor EDU_HEAD = new Actor("head-edu", Set.of(Role.UNIT_HEAD), "edu");
    public static final Actor TRA = new Actor("h-tra", Set.of(Role.HANDLER), "tra");
    public static final Actor TRA_HEAD = new Actor("head-tra", Set.of(Role.UNIT_HEAD), "tra");
    public static final Actor DEPUTY = new Actor("deputy", Set.of(Role.SUBMITTER), null);
    public static final Actor OTHER_DEPUTY = new Actor("deputy2", Set.of(Role.SUBMITTER), null);
    public static final Actor NPC = new Actor("renda", Set.of(Role.NPC_LIAISON), null);
    public static final Actor CPPCC = new Actor("zhengxie", Set.of(Role.CPPCC_LIAISON), null);
    public static final String TEXT = "经研究，我局已将农村学校午餐改善列入年度计划，明年春季学期起逐步实施，感谢代表的关心和支持。";

    public final InMemoryItemStore items = new InMemoryItemStore();
    public final InMemoryDirectory directory = new InMemoryDirectory();
    public final MovableClock clock = new MovableClock(START);
    public ItemServiceImpl service;

    @BeforeEach
    public void setUpCounty() {
        directory.unitStore.create(new Unit("edu", "县教育局"));
        directory.unitStore.create(new Unit("tra", "县交通运输局"));
        directory.unitStore.create(new Unit("wat", "县水利局"));
        for (Actor a : List.of(DEPUTY, OTHER_DEPUTY, LEADER, EDU_HEAD, TRA_HEAD)) {
            String name = a == EDU_HEAD ? "王局长" : a == TRA_HEAD ? "李局长" : a.username();
            directory.userStore.create(
                    new User(a.username(), name, a.roles(), a.unitCode(), null, null, false, START), "hash");
        }
        service = serviceWith(Map.of());
    }

    public ItemServiceImpl serviceWith(Map<String, Object> rules) {
        return new ItemServiceImpl(items, directory.unitStore, directory.userStore, TestCounty.profile(rules), clock);
    }

    // a story that takes an item as far as a test needs ------------------------------------------

    public Item step(Actor actor, Item item, Step step) {
        return service.perform(actor, item.id(), null, step, "10.0.0.9").item();
    }

    public Item registered(ItemKind kind, String submitter, boolean publicReply) {
        return service.register(
                OFFICE,
                new ItemDraft(
                        kind,
                        null,
                        "关于改善农村学校午餐的建议",
                        "正文：建议加大投入。",
                        submitter,
                        "教育",
                        false,
                        null,
                        Urgency.NORMAL,
                        publicReply));
    }

    public Item registered() {
        return registered(ItemKind.SUGGESTION, DEPUTY.username(), false);
    }

    public Item assigned(String... coUnits) {
        return step(OFFICE, registered(), new Step.Assign("edu", List.of(coUnits), "教育类"));
    }

    public Item accepted(String... coUnits) {
        return step(EDU, assigned(coUnits), new Step.Accept());
    }

    public static Step.DraftReply draft(ReplyClass replyClass, Step.CommitmentDraft... commitments) {
        return new Step.DraftReply(
                replyClass,
                replyClass == ReplyClass.C ? LimitReason.BEYOND_COUNTY_FINANCES : null,
                TEXT,
                List.of(commitments),
                "张科长",
                "0571-88886666",
                "县人大代表工委");
    }

    public static Step.CommitmentDraft promise(String text, LocalDate due) {
        return new Step.CommitmentDraft(text, due);
    }

    public Item approved(Item item, Step.DraftReply draft) {
        step(EDU, item, draft);
        return step(EDU_HEAD, item, new Step.ApproveReply());
    }

    public Item underReview(Item item, Step.DraftReply draft) {
        approved(item, draft);
        return step(EDU, item, new Step.SubmitReply());
    }

    public Item replied(Item item, Step.DraftReply draft) {
        underReview(item, draft);
        return step(OFFICE, item, new Step.ReviewReply(true, null));
    }

    public Item replied(ReplyClass replyClass) {
        Step.DraftReply draft =
                replyClass == ReplyClass.B ? draft(replyClass, promise("改造食堂", date(2026, 9, 1))) : draft(replyClass);
        return replied(accepted(), draft);
    }

    public static LocalDate date(int y, int m, int d) {
        return LocalDate.of(y, m, d);
    }

    public static void refused(Runnable step, Problem problem) {
        assertThatThrownBy(step::run)
                .isInstanceOfSatisfying(
                        BanliException.class, e -> assertThat(e.problem()).isEqualTo(problem));
    }

    public List<String> actions(Item item) {
        return service.history(OFFICE, item.id()).stream()
                .map(ItemEvent::action)
                .map(ItemAction::name)
                .toList();
    }
}
