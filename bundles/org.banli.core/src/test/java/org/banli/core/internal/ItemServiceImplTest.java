package org.banli.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import org.banli.api.Actor;
import org.banli.api.BanliException;
import org.banli.api.BanliException.Problem;
import org.banli.api.RuleViolationException;
import org.banli.api.RuleViolationException.Violation;
import org.banli.api.item.Assignment;
import org.banli.api.item.Item;
import org.banli.api.item.ItemAction;
import org.banli.api.item.ItemDraft;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ItemQuery;
import org.banli.api.item.ItemStatus;
import org.banli.api.item.RatingDraft;
import org.banli.api.item.ReplyClass;
import org.banli.api.item.ReplyDraft;
import org.banli.api.item.Satisfaction;
import org.banli.api.item.Urgency;
import org.banli.api.unit.Unit;
import org.banli.api.user.Role;
import org.banli.api.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ItemServiceImplTest {

    /** 2026-11-27 10:00 in Shanghai. */
    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");
    private static final Actor OFFICE = new Actor("office", Set.of(Role.OFFICE), null);
    private static final Actor EDUCATION = new Actor("h-edu", Set.of(Role.HANDLER), "edu");
    private static final Actor TRANSPORT = new Actor("h-tra", Set.of(Role.HANDLER), "tra");
    private static final Actor DEPUTY = new Actor("deputy", Set.of(Role.SUBMITTER), null);
    private static final Actor OTHER_DEPUTY = new Actor("deputy2", Set.of(Role.SUBMITTER), null);

    private final InMemoryItemStore items = new InMemoryItemStore();
    private final InMemoryDirectory directory = new InMemoryDirectory();
    private ItemServiceImpl service;

    @BeforeEach
    void setUp() {
        directory.unitStore.create(new Unit("edu", "县教育局"));
        directory.unitStore.create(new Unit("tra", "县交通运输局"));
        for (Actor deputy : new Actor[] { DEPUTY, OTHER_DEPUTY }) {
            directory.userStore.create(new User(deputy.username(), "代表", deputy.roles(), null, null, null, false, NOW),
                    "hash");
        }
        service = serviceWith("A", "B", "C");
    }

    private ItemServiceImpl serviceWith(String... replyClasses) {
        return new ItemServiceImpl(items, directory.unitStore, directory.userStore, rules(replyClasses),
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static ItemDraft draft(String title, Urgency urgency) {
        return new ItemDraft(ItemKind.SUGGESTION, null, title, "正文：建议加大投入。", DEPUTY.username(), "教育", false, null,
                urgency, false);
    }

    private Item registered() {
        return service.register(OFFICE, draft("关于农村学校午餐的建议", null));
    }

    private Item assigned() {
        return service.assign(OFFICE, registered().id(), new Assignment(null, "edu", "教育类"));
    }

    private Item replied(ReplyClass replyClass) {
        return service.reply(EDUCATION, assigned().id(),
                new ReplyDraft(null, replyClass, "经研究，已列入明年计划，感谢代表。", "局长", "李四", "0571-1234567"));
    }

    @Test
    void registrationNumbersPerKindAndYearAndFillsDefaults() {
        Item first = registered();
        Item second = registered();
        Item proposal = service.register(OFFICE, new ItemDraft(ItemKind.PROPOSAL, 2025, "提案", "正文", "deputy", null,
                false, null, null, false));
        assertThat(first.number()).isEqualTo(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(proposal.number()).isEqualTo(1);
        assertThat(proposal.year()).isEqualTo(2025);
        assertThat(first.year()).isEqualTo(2026);
        assertThat(first.urgency()).isEqualTo(Urgency.NORMAL);
        assertThat(first.status()).isEqualTo(ItemStatus.REGISTERED);
    }

    @Test
    void onlyTheOfficeRegisters() {
        assertThatThrownBy(() -> service.register(EDUCATION, draft("标题", null)))
                .isInstanceOfSatisfying(BanliException.class, e -> assertThat(e.problem()).isEqualTo(Problem.FORBIDDEN));
        assertThat(items.find(new ItemQuery(null, null, null, null, null, 0, 10)).total()).isZero();
    }

    @Test
    void registrationReportsEveryBrokenRuleAtOnce() {
        ItemDraft bad = new ItemDraft(null, 1999, " ", "x".repeat(ItemServiceImpl.MAX_BODY + 1), "nobody", null, false,
                "某领导", null, false);
        assertThatThrownBy(() -> service.register(OFFICE, bad)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactlyInAnyOrder("kind", "title",
                        "body", "submitter", "leadingOfficial", "year"));
    }

    @Test
    void aSubmitterMustBeADeputyOrMember() {
        directory.userStore.create(new User("clerk", "办事员", Set.of(Role.OFFICE), null, null, null, false, NOW), "h");
        ItemDraft byClerk = new ItemDraft(ItemKind.SUGGESTION, null, "标题", "正文", "clerk", null, false, null, null,
                false);
        assertThatThrownBy(() -> service.register(OFFICE, byClerk)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("clerk");
    }

    @Test
    void assignmentSetsHostUnitAndDeadlineByUrgency() {
        Item normal = assigned();
        assertThat(normal.status()).isEqualTo(ItemStatus.ASSIGNED);
        assertThat(normal.hostUnit()).isEqualTo("edu");
        assertThat(normal.deadline()).isEqualTo(LocalDate.of(2027, 2, 27));
        assertThat(normal.assignedAt()).isEqualTo(NOW);

        Item urgent = service.register(OFFICE, draft("紧急件", Urgency.URGENT));
        assertThat(service.assign(OFFICE, urgent.id(), new Assignment(null, "tra", null)).deadline())
                .isEqualTo(LocalDate.of(2026, 12, 27));
    }

    @Test
    void anOverlongAssignmentReasonIsRefusedAndChangesNothing() {
        Item item = registered();
        assertThatThrownBy(() -> service.assign(OFFICE, item.id(),
                new Assignment(null, "edu", "理".repeat(ItemServiceImpl.MAX_REASON + 1))))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("reason"));
        assertThat(service.get(OFFICE, item.id())).isEqualTo(item);
    }

    @Test
    void assignmentToAnUnknownUnitIsRefused() {
        Item item = registered();
        assertThatThrownBy(() -> service.assign(OFFICE, item.id(), new Assignment(null, "nope", null)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("nope");
        assertThat(service.get(OFFICE, item.id())).isEqualTo(item);
    }

    @Test
    void reassigningBeforeAcceptanceMovesTheItemButNotToTheSameUnit() {
        Item item = assigned();
        assertThatThrownBy(() -> service.assign(OFFICE, item.id(), new Assignment(null, "edu", null)))
                .isInstanceOfSatisfying(BanliException.class, e -> assertThat(e.problem()).isEqualTo(Problem.CONFLICT));
        assertThat(service.assign(OFFICE, item.id(), new Assignment(item.version(), "tra", "改办")).hostUnit())
                .isEqualTo("tra");
        assertThatThrownBy(() -> service.get(EDUCATION, item.id())).isInstanceOfSatisfying(BanliException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND));
    }

    @Test
    void onlyAHandlerOfTheHostUnitReplies() {
        Item item = assigned();
        ReplyDraft reply = new ReplyDraft(null, ReplyClass.A, "经研究，已经解决，感谢代表。", null, null, null);
        assertThatThrownBy(() -> service.reply(TRANSPORT, item.id(), reply))
                .isInstanceOfSatisfying(BanliException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND));
        assertThatThrownBy(() -> service.reply(OFFICE, item.id(), reply))
                .isInstanceOfSatisfying(BanliException.class, e -> assertThat(e.problem()).isEqualTo(Problem.FORBIDDEN));
        assertThat(service.get(OFFICE, item.id())).isEqualTo(item);
        assertThat(service.reply(EDUCATION, item.id(), reply).status()).isEqualTo(ItemStatus.REPLIED);
    }

    @Test
    void replyClassesFollowTheCountysConfiguration() {
        Item item = assigned();
        ReplyDraft classD = new ReplyDraft(null, ReplyClass.D, "留作参考，感谢代表的建议。", null, null, null);
        assertThatThrownBy(() -> service.reply(EDUCATION, item.id(), classD)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("D");
        assertThat(serviceWith("A,B,C,D").reply(EDUCATION, item.id(), classD).status()).isEqualTo(ItemStatus.REPLIED);
    }

    @Test
    void aTrivialReplyIsRefused() {
        Item item = assigned();
        assertThatThrownBy(() -> service.reply(EDUCATION, item.id(), new ReplyDraft(null, ReplyClass.A, "已阅", null,
                null, null))).isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("text"));
    }

    @Test
    void aSatisfiedRatingClosesClassAAndFollowsUpClassB() {
        Item a = replied(ReplyClass.A);
        assertThat(service.rate(DEPUTY, a.id(), new RatingDraft(null, Satisfaction.SATISFIED, null), "10.0.0.1")
                .status()).isEqualTo(ItemStatus.CLOSED);
        Item b = replied(ReplyClass.B);
        assertThat(service.rate(DEPUTY, b.id(), new RatingDraft(null, Satisfaction.BASICALLY_SATISFIED, null),
                "10.0.0.1").status()).isEqualTo(ItemStatus.FOLLOW_UP);
    }

    @Test
    void anUnsatisfiedRatingReopensWithANewDeadlineAndKeepsWhoRatedFromWhere() {
        Item item = replied(ReplyClass.C);
        Item reopened = service.rate(DEPUTY, item.id(), new RatingDraft(null, Satisfaction.UNSATISFIED, "未解决实际问题"),
                "192.0.2.7");
        assertThat(reopened.status()).isEqualTo(ItemStatus.REHANDLING);
        assertThat(reopened.deadline()).isEqualTo(LocalDate.of(2026, 12, 27));
        assertThat(service.ratings(OFFICE, item.id())).singleElement().satisfies(r -> {
            assertThat(r.enteredBy()).isEqualTo("deputy");
            assertThat(r.enteredFrom()).isEqualTo("192.0.2.7");
            assertThat(r.at()).isEqualTo(NOW);
        });
        assertThat(service.ratings(EDUCATION, item.id())).as("the unit sees the verdict, not who entered it from where")
                .singleElement().satisfies(r -> {
                    assertThat(r.satisfaction()).isEqualTo(Satisfaction.UNSATISFIED);
                    assertThat(r.comment()).isEqualTo("未解决实际问题");
                    assertThat(r.enteredBy()).isNull();
                    assertThat(r.enteredFrom()).isNull();
                });
        assertThat(service.reply(EDUCATION, item.id(), new ReplyDraft(null, ReplyClass.A, "重新办理后已经解决，感谢。", null,
                null, null)).status()).isEqualTo(ItemStatus.REPLIED);
    }

    @Test
    void onlyTheSubmitterRatesAndOnlyAReply() {
        Item item = assigned();
        RatingDraft satisfied = new RatingDraft(null, Satisfaction.SATISFIED, null);
        assertThatThrownBy(() -> service.rate(DEPUTY, item.id(), satisfied, "x"))
                .isInstanceOfSatisfying(BanliException.class, e -> assertThat(e.problem()).isEqualTo(Problem.CONFLICT));
        Item replied = service.reply(EDUCATION, item.id(),
                new ReplyDraft(null, ReplyClass.A, "经研究，已经解决，感谢代表。", null, null, null));
        assertThatThrownBy(() -> service.rate(OTHER_DEPUTY, item.id(), satisfied, "x"))
                .isInstanceOfSatisfying(BanliException.class, e -> assertThat(e.problem()).isEqualTo(Problem.NOT_FOUND));
        assertThatThrownBy(() -> service.rate(EDUCATION, item.id(), satisfied, "x"))
                .isInstanceOfSatisfying(BanliException.class, e -> assertThat(e.problem()).isEqualTo(Problem.FORBIDDEN));
        assertThat(service.get(OFFICE, item.id())).isEqualTo(replied);
    }

    @Test
    void everyStepIsInTheHistory() {
        Item item = replied(ReplyClass.A);
        service.rate(DEPUTY, item.id(), new RatingDraft(item.version(), Satisfaction.SATISFIED, "满意"), "x");
        assertThat(service.history(DEPUTY, item.id())).extracting(e -> e.action() + ":" + e.fromStatus() + ">"
                + e.toStatus() + ":" + e.actor()).containsExactly("REGISTER:null>REGISTERED:office",
                        "ASSIGN:REGISTERED>ASSIGNED:office", "REPLY:ASSIGNED>REPLIED:h-edu", "RATE:REPLIED>CLOSED:deputy");
        assertThat(service.history(OFFICE, item.id()).get(1).action()).isEqualTo(ItemAction.ASSIGN);
    }

    @Test
    void listsShowEachPersonOnlyTheirPart() {
        Item edu = assigned();
        Item tra = service.assign(OFFICE, registered().id(), new Assignment(null, "tra", null));
        service.register(OFFICE, new ItemDraft(ItemKind.PROPOSAL, null, "他人提案", "正文", "deputy2", null, false, null,
                null, false));
        ItemQuery all = new ItemQuery(null, null, null, null, null, 0, 50);
        assertThat(service.list(OFFICE, all).total()).isEqualTo(3);
        assertThat(service.list(EDUCATION, all).items()).containsExactly(edu);
        assertThat(service.list(EDUCATION, all.withHostUnit("tra")).items()).isEmpty();
        assertThat(service.list(TRANSPORT, all).items()).containsExactly(tra);
        assertThat(service.list(DEPUTY, all).total()).isEqualTo(2);
        assertThat(service.list(OTHER_DEPUTY, all.withSubmitter("deputy")).items()).isEmpty();
        assertThatThrownBy(() -> service.list(OFFICE, new ItemQuery(null, null, null, null, null, -1, 1000)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("page", "size"));
        assertThatThrownBy(() -> service.list(OFFICE, new ItemQuery(null, null, null, null, null, Integer.MAX_VALUE,
                200))).isInstanceOf(RuleViolationException.class);
    }

    private static HandlingRules rules(String... replyClasses) {
        return new HandlingRules() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return HandlingRules.class;
            }

            @Override
            public int replyMonths() {
                return 3;
            }

            @Override
            public int urgentReplyMonths() {
                return 1;
            }

            @Override
            public int rehandlingMonths() {
                return 1;
            }

            @Override
            public String[] replyClasses() {
                return replyClasses;
            }

            @Override
            public String timeZone() {
                return "Asia/Shanghai";
            }
        };
    }
}
