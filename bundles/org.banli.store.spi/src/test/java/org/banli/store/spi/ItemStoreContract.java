package org.banli.store.spi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.banli.api.item.CoUnit;
import org.banli.api.item.Commitment;
import org.banli.api.item.Contact;
import org.banli.api.item.ContactMethod;
import org.banli.api.item.ContactPhase;
import org.banli.api.item.Dossier;
import org.banli.api.item.Item;
import org.banli.api.item.ItemAction;
import org.banli.api.item.ItemDraft;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ItemQuery;
import org.banli.api.item.ItemRecord;
import org.banli.api.item.ItemStatus;
import org.banli.api.item.Progress;
import org.banli.api.item.Rating;
import org.banli.api.item.Reply;
import org.banli.api.item.ReplyClass;
import org.banli.api.item.Satisfaction;
import org.banli.api.item.Timing;
import org.banli.api.item.Urgency;
import org.banli.api.unit.Unit;
import org.banli.api.user.Role;
import org.banli.api.user.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every item store answers alike — its queries, filters, paging and early-warning rules — run
 * against each store by a subclass that makes it: the JPA store on Derby, and the in-memory store the
 * core's tests decide steps on, so that what those tests prove holds for the real store too.
 */
public abstract class ItemStoreContract {

    protected static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

    protected ItemStore items;
    protected UnitStore units;
    protected UserStore users;

    /** The stores under test, empty. */
    public record Stores(ItemStore items, UnitStore units, UserStore users) {}

    /** Opens empty stores for one test. */
    protected abstract Stores open();

    /** Closes what {@link #open()} opened. */
    protected void close() {}

    @BeforeEach
    void openStores() {
        Stores stores = open();
        items = stores.items();
        units = stores.units();
        users = stores.users();
        units.create(new Unit("edu", "县教育局"));
        users.create(new User("deputy", "赵代表", Set.of(Role.SUBMITTER), null, "13800000000", null, false, NOW), "hash");
    }

    @AfterEach
    void closeStores() {
        close();
    }

    @Test
    void queriesFilterAndPage() {
        units.create(new Unit("tra", "县交通运输局"));
        for (int i = 0; i < 5; i++) {
            register(ItemKind.SUGGESTION, 2026, "建议" + i);
        }
        Item proposal = register(ItemKind.PROPOSAL, 2025, "提案");
        LocalDate today = LocalDate.of(2026, 11, 27);
        assign(proposal, today.minusDays(1), "tra");
        Item dueSoon = items.find(
                        ItemQuery.page(0, 10).withKind(ItemKind.SUGGESTION).withYear(2026))
                .items()
                .get(0);
        assign(dueSoon, today.plusDays(10));
        var page = items.find(ItemQuery.page(1, 2).withKind(ItemKind.SUGGESTION).withYear(2026));
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).extracting(Item::number).containsExactly(3, 4);
        assertThat(items.find(ItemQuery.page(0, 2).withKind(ItemKind.SUGGESTION).withYear(2026))
                        .items())
                .as("the same list, another window")
                .extracting(Item::number)
                .containsExactly(1, 2);
        assertThat(items.find(ItemQuery.page(1, 2).withKind(ItemKind.SUGGESTION).withYear(2025))
                        .items())
                .as("the same query with other values")
                .isEmpty();
        assertThat(items.find(ItemQuery.page(0, 10)
                                .withStatus(ItemStatus.ASSIGNED)
                                .withHostUnit("edu")
                                .withSubmitter("deputy")
                                .withKind(ItemKind.PROPOSAL))
                        .items())
                .extracting(Item::id)
                .containsExactly(proposal.id());
        assertThat(items.find(ItemQuery.page(0, 10).withSubmitter("someone-else"))
                        .total())
                .isZero();
        // A co-unit is involved, not the host.
        assertThat(items.find(ItemQuery.page(0, 10).withInvolvedUnit("tra")).items())
                .extracting(Item::id)
                .containsExactly(proposal.id());
        assertThat(items.find(ItemQuery.page(0, 10).withHostUnit("tra")).total())
                .isZero();
        assertThat(items.find(ItemQuery.page(0, 10).withOverdue(true).on(today, null))
                        .items())
                .extracting(Item::id)
                .containsExactly(proposal.id());
        assertThat(items.find(ItemQuery.page(0, 10).withDueWithinDays(10).on(today, null))
                        .items())
                .extracting(Item::id)
                .containsExactly(dueSoon.id());
        assertThat(items.find(ItemQuery.page(0, 10).withDueWithinDays(9).on(today, null))
                        .total())
                .isZero();
        assertThat(items.find(ItemQuery.page(0, 10).withKeyItem(false)).total()).isZero();
    }

    @Test
    void flaggedRatingsAreAFilter() {
        Item free = assign(register(ItemKind.SUGGESTION, 2026, "自愿测评"), LocalDate.of(2027, 2, 27));
        Item doubtful = assign(register(ItemKind.SUGGESTION, 2026, "可疑测评"), LocalDate.of(2027, 2, 27));
        record(
                free,
                ItemStatus.CLOSED,
                new Rating(null, 1, Satisfaction.SATISFIED, null, null, null, "deputy", "10.0.0.9", NOW, null));
        record(
                doubtful,
                ItemStatus.CLOSED,
                new Rating(
                        null,
                        1,
                        Satisfaction.SATISFIED,
                        null,
                        null,
                        null,
                        "h-edu",
                        "10.0.0.1",
                        NOW,
                        "由承办单位账号录入 (entered by the unit)"));
        assertThat(items.find(ItemQuery.page(0, 10).withFlaggedRating(true)).items())
                .extracting(Item::id)
                .containsExactly(doubtful.id());
        assertThat(items.find(ItemQuery.page(0, 10).withFlaggedRating(false)).items())
                .extracting(Item::id)
                .containsExactly(free.id());
    }

    @Test
    void draftsAwaitingApprovalAndDraftsSentBackAreFilters() {
        LocalDate deadline = LocalDate.of(2027, 2, 27);
        Item waiting = assign(register(ItemKind.SUGGESTION, 2026, "待审定"), deadline);
        Item sentBack = assign(register(ItemKind.SUGGESTION, 2026, "被退回"), deadline);
        Item approved = assign(register(ItemKind.SUGGESTION, 2026, "已审定"), deadline);
        assign(register(ItemKind.SUGGESTION, 2026, "未拟稿"), deadline);
        record(waiting, ItemStatus.HANDLING, draft(null, 1));
        record(sentBack, ItemStatus.HANDLING, draft(null, 1).withState(Reply.State.DRAFT, "head-edu", NOW, "请补充数据"));
        record(
                approved,
                ItemStatus.REPLY_APPROVED,
                draft(null, 1).withState(Reply.State.APPROVED, "head-edu", NOW, null));
        assertThat(items.find(ItemQuery.page(0, 10).withDraft(ItemQuery.Draft.AWAITING_APPROVAL))
                        .items())
                .extracting(Item::id)
                .containsExactly(waiting.id());
        assertThat(items.find(ItemQuery.page(0, 10).withDraft(ItemQuery.Draft.SENT_BACK))
                        .items())
                .extracting(Item::id)
                .containsExactly(sentBack.id());
    }

    @Test
    void earlyWarningsAreQueriesOnTheCutoffsTheWorkflowGives() {
        units.create(new Unit("tra", "县交通运输局"));
        Instant later = NOW.plusSeconds(1);
        LocalDate deadline = LocalDate.of(2027, 2, 27);
        Item silent = assign(register(ItemKind.SUGGESTION, 2026, "无联系"), deadline, "tra");
        Item talked = assign(register(ItemKind.SUGGESTION, 2026, "有联系"), deadline);
        record(
                talked,
                ItemStatus.ASSIGNED,
                new Contact(
                        null,
                        "edu",
                        ContactPhase.BEFORE,
                        ContactMethod.PHONE,
                        LocalDate.of(2026, 11, 27),
                        "代表",
                        "电话",
                        "h",
                        NOW,
                        null,
                        null,
                        null));
        assertThat(warned(Timing.Kind.NO_CONTACT, later, null)).containsExactly(silent.id());
        assertThat(warned(Timing.Kind.NO_CONTACT, NOW, null))
                .as("assigned at the cutoff is not before it")
                .isEmpty();
        assertThat(warned(Timing.Kind.MISSING_CO_UNIT_OPINION, later, null)).containsExactly(silent.id());
        CoUnit co = items.dossier(silent.id()).orElseThrow().coUnits().get(0);
        record(silent, ItemStatus.ASSIGNED, co.withOpinion("同意", "h-tra", NOW));
        assertThat(warned(Timing.Kind.MISSING_CO_UNIT_OPINION, later, null)).isEmpty();

        assertThat(warned(Timing.Kind.NO_DRAFT, null, deadline)).containsExactlyInAnyOrder(silent.id(), talked.id());
        assertThat(warned(Timing.Kind.NO_DRAFT, null, deadline.minusDays(1))).isEmpty();
        record(talked, ItemStatus.HANDLING, draft(null, 1));
        assertThat(warned(Timing.Kind.NO_DRAFT, null, deadline)).containsExactly(silent.id());

        LocalDate due = LocalDate.of(2026, 4, 30);
        Reply promised = draft(null, 1, new Commitment(null, "修路", due, null, null, null, null))
                .withState(Reply.State.ACCEPTED, "office", NOW, null);
        Item followed = assign(register(ItemKind.SUGGESTION, 2026, "承诺"), deadline);
        record(followed, ItemStatus.REPLIED, promised);
        assertThat(warned(Timing.Kind.OVERDUE_COMMITMENT, null, due)).containsExactly(followed.id());
        assertThat(warned(Timing.Kind.OVERDUE_COMMITMENT, null, due.minusDays(1)))
                .isEmpty();
        assertThat(warned(Timing.Kind.RATING_OVERDUE, later, null)).containsExactly(followed.id());
        assertThat(warned(Timing.Kind.RATING_OVERDUE, NOW, null)).isEmpty();
        // A newer accepted reply (after rehandling) supersedes the old promise.
        record(followed, ItemStatus.REPLIED, draft(null, 2).withState(Reply.State.ACCEPTED, "office", NOW, null));
        assertThat(warned(Timing.Kind.OVERDUE_COMMITMENT, null, due)).isEmpty();
    }

    @Test
    void aBatchKeepsItsNumbersAllOrNoneAndTheSeriesGoesOnAfterIt() {
        assertThat(register(ItemKind.SUGGESTION, 2026, "登记在先").number()).isEqualTo(1);
        List<Item> batch = items.createAll(List.of(numbered(7, "第七件"), numbered(null, "无编号"), numbered(5, "第五件")));
        assertThat(batch).extracting(Item::number).containsExactly(7, 8, 5);
        assertThat(register(ItemKind.SUGGESTION, 2026, "其后登记").number()).isEqualTo(9);
        assertThat(items.intake(batch.get(0).id()))
                .as("what the sheet said, kept with the item")
                .hasValueSatisfying(intake -> {
                    assertThat(intake.coSubmitters()).containsExactly("李娜", "王芳");
                    assertThat(intake.delegation()).isEqualTo("城关代表团");
                    assertThat(intake.phone()).isEqualTo("13800001111");
                    assertThat(intake.submittedOn()).isEqualTo(java.time.LocalDate.of(2026, 1, 15));
                    assertThat(intake.proposedHost()).isEqualTo("edu");
                    assertThat(intake.proposedCoUnits()).containsExactly("tra");
                });
        assertThat(items.intake(batch.get(1).id()))
                .as("nothing said, nothing kept")
                .isEmpty();

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> items.createAll(List.of(numbered(20, "新的一件"), numbered(7, "编号已被占用"))))
                .isInstanceOfSatisfying(
                        org.banli.api.BanliException.class,
                        e -> assertThat(e.problem()).isEqualTo(org.banli.api.BanliException.Problem.CONFLICT));
        assertThat(items.find(ItemQuery.page(0, 50)
                                .withKind(ItemKind.SUGGESTION)
                                .withYear(2026))
                        .items())
                .as("the whole batch refused, its first item too")
                .extracting(Item::title)
                .containsExactlyInAnyOrder("登记在先", "第七件", "无编号", "第五件", "其后登记");
        assertThat(register(ItemKind.SUGGESTION, 2026, "再登记").number())
                .as("the refused batch took no number")
                .isEqualTo(10);
    }

    @Test
    void itemsAreReadByTheirIdsWithTheirBodies() {
        Item road = register(ItemKind.SUGGESTION, 2026, "关于修缮城关镇东街道路的建议");
        Item school = register(ItemKind.PROPOSAL, 2025, "关于新建龙山小学食堂的提案");
        assertThat(items.ids()).containsExactlyInAnyOrder(road.id(), school.id());
        assertThat(items.find(List.of(school.id(), road.id(), road.id() + school.id() + 1000)))
                .as("the unknown id left out, each with its text, kind and year")
                .extracting(Item::id, Item::title, Item::body, Item::kind, Item::year, Item::submitter)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                road.id(), road.title(), road.body(), ItemKind.SUGGESTION, 2026, road.submitter()),
                        org.assertj.core.groups.Tuple.tuple(
                                school.id(), school.title(), school.body(), ItemKind.PROPOSAL, 2025, road.submitter()));
        assertThat(items.find(List.<Long>of())).isEmpty();
    }

    @Test
    void coUnitsAreTheUnitsTakingPartInTheOrderAssigned() {
        Item road = assign(
                register(ItemKind.SUGGESTION, 2025, "关于修缮城关镇东街道路的建议"), LocalDate.of(2025, 6, 30), "tra", "fin", "env");
        Item school = assign(register(ItemKind.SUGGESTION, 2025, "关于新建龙山小学食堂的提案"), LocalDate.of(2025, 6, 30));
        CoUnit finance = items.dossier(road.id()).orElseThrow().coUnits().stream()
                .filter(c -> c.unitCode().equals("fin"))
                .findFirst()
                .orElseThrow();
        record(road, road.status(), finance.released(NOW));
        assertThat(items.coUnits(List.of(road.id(), school.id())))
                .as("the released co-unit left out, the item without co-units too")
                .isEqualTo(java.util.Map.of(road.id(), List.of("tra", "env")));
        assertThat(items.coUnits(List.of())).isEmpty();
    }

    private static NewItem numbered(Integer number, String title) {
        return new NewItem(
                new ItemDraft(
                        ItemKind.SUGGESTION, 2026, title, "正文", "deputy", null, false, null, Urgency.NORMAL, false),
                2026,
                number,
                number == null
                        ? null
                        : new org.banli.api.item.Intake(
                                java.time.LocalDate.of(2026, 1, 15),
                                "城关代表团",
                                "13800001111",
                                List.of("李娜", "王芳"),
                                "edu",
                                List.of("tra")),
                "office",
                NOW);
    }

    protected Item register(ItemKind kind, int year, String title) {
        return items.create(new NewItem(
                new ItemDraft(
                        kind,
                        year,
                        title,
                        "正文" + "很长的内容。".repeat(3000),
                        "deputy",
                        "教育",
                        true,
                        "王副县长",
                        Urgency.URGENT,
                        true),
                year,
                "office",
                NOW));
    }

    protected static ItemChange change(
            Item item, ItemAction action, ItemStatus to, Progress progress, ItemRecord... records) {
        return new ItemChange(item.id(), null, action, "office", NOW, to, action.chinese(), progress, List.of(records));
    }

    /** A step, answering the item after it. */
    protected Item step(long id, Long version, java.util.function.Function<Dossier, List<ItemChange>> decide) {
        return items.apply(id, version, decide).item();
    }

    protected Item assign(Item item, LocalDate deadline, String... coUnits) {
        return step(
                item.id(),
                null,
                d -> List.of(change(
                        d.item(),
                        ItemAction.ASSIGN,
                        ItemStatus.ASSIGNED,
                        d.item().progress().assignedTo("edu", deadline, NOW),
                        java.util.Arrays.stream(coUnits)
                                .map(c -> (ItemRecord) new CoUnit(null, c, NOW, null, null, null, null, null))
                                .toArray(ItemRecord[]::new))));
    }

    protected static Reply draft(Long id, int round, Commitment... commitments) {
        return new Reply(
                id,
                round,
                Reply.State.DRAFT,
                ReplyClass.B,
                null,
                "正在解决，明年完成。",
                List.of(commitments),
                "局长",
                "李四",
                "0571-1234567",
                null,
                "edu",
                "h",
                NOW,
                List.of("tra"),
                null,
                null,
                0,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    protected java.util.Set<Long> warned(Timing.Kind kind, Instant before, LocalDate until) {
        return items
                .find(ItemQuery.page(0, 50)
                        .withWarning(kind)
                        .on(LocalDate.of(2026, 11, 27), new ItemQuery.WarningCutoff(before, until)))
                .items()
                .stream()
                .map(Item::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    protected void record(Item item, ItemStatus status, ItemRecord... records) {
        items.apply(
                item.id(),
                null,
                d -> List.of(
                        change(d.item(), ItemAction.COMMENT, status, d.item().progress(), records)));
    }
}
