package org.banli.core.internal.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.banli.api.BanliException;
import org.banli.api.RuleViolationException;
import org.banli.api.item.BatchAssignment;
import org.banli.api.item.Item;
import org.banli.api.item.ItemDraft;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ItemStatus;
import org.banli.api.item.Step;
import org.banli.api.item.Urgency;
import org.banli.api.notify.NewMessage;
import org.banli.core.internal.WorkflowFixture;
import org.junit.jupiter.api.Test;

/** The assignment meeting: a batch assigned in one go, all or nothing, by the batch's latest reply date. */
class BatchAssignmentTest extends WorkflowFixture {

    /** Before the county's three months from 2026-03-02, after the urgent item's one. */
    private static final LocalDate REPLY_BY = LocalDate.of(2026, 5, 31);

    private Item item(String title, Urgency urgency) {
        return service.register(
                OFFICE,
                new ItemDraft(
                        ItemKind.SUGGESTION,
                        2026,
                        title,
                        "正文：建议尽快解决。",
                        DEPUTY.username(),
                        "交通",
                        false,
                        null,
                        urgency,
                        false));
    }

    private static BatchAssignment entry(Item item, String host, String... coUnits) {
        return new BatchAssignment(item.id(), item.version(), new Step.Assign(host, List.of(coUnits), "交办会", REPLY_BY));
    }

    @Test
    void theBatchIsAssignedAtOnceEachDueByTheEarlierOfTheBatchsDateAndTheRule() {
        Item road = item("关于修缮东街道路的建议", Urgency.NORMAL);
        Item bridge = item("关于尽快修复危桥的建议", Urgency.URGENT);
        Item school = item("关于扩建城关小学的建议", Urgency.NORMAL);

        List<Item> assigned = service.assignAll(
                OFFICE, List.of(entry(road, "tra", "wat"), entry(bridge, "tra"), entry(school, "edu")));

        assertThat(assigned)
                .extracting(Item::id, Item::status, Item::hostUnit, Item::deadline)
                .containsExactly(
                        tuple(road.id(), ItemStatus.ASSIGNED, "tra", REPLY_BY),
                        tuple(bridge.id(), ItemStatus.ASSIGNED, "tra", LocalDate.of(2026, 4, 2)),
                        tuple(school.id(), ItemStatus.ASSIGNED, "edu", REPLY_BY));
        assertThat(service.dossier(OFFICE, road.id()).activeCoUnits())
                .extracting(c -> c.unitCode())
                .containsExactly("wat");
        assertThat(items.queued)
                .filteredOn(m -> m.event().equals("item.assigned"))
                .extracting(NewMessage::recipient)
                .contains("head-tra", "head-edu");
        assertThat(service.history(OFFICE, road.id()))
                .last()
                .satisfies(e -> assertThat(e.reason()).isEqualTo("交办会"));
    }

    @Test
    void anExtensionStillReachesPastTheBatchsDate() {
        Item road = item("关于修缮东街道路的建议", Urgency.NORMAL);
        service.assignAll(OFFICE, List.of(entry(road, "tra")));
        step(TRA, road, new Step.Accept());
        LocalDate later = LocalDate.of(2026, 7, 31);
        step(TRA, road, new Step.RequestExtension(later, "需协调资金，施工期较长"));

        Item extended = step(OFFICE, road, new Step.DecideExtension(true, later, null));

        assertThat(extended.deadline()).isEqualTo(later);
    }

    @Test
    void everyRefusalOfEveryItemIsNamedAndNothingIsAssigned() {
        Item road = item("关于修缮东街道路的建议", Urgency.NORMAL);
        Item bridge = item("关于尽快修复危桥的建议", Urgency.NORMAL);
        Item school = item("关于扩建城关小学的建议", Urgency.NORMAL);
        Item stale = item("关于增设公交站台的建议", Urgency.NORMAL);
        Item lunch = step(OFFICE, item("关于改善学校午餐的建议", Urgency.NORMAL), new Step.Assign("edu", List.of(), "教育类"));
        step(OFFICE, stale, new Step.DesignateKeyItem(true, LEADER.username(), "列为重点件"));

        assertThatThrownBy(() -> service.assignAll(
                        OFFICE,
                        List.of(
                                entry(road, "tra"),
                                entry(bridge, "nosuch"),
                                entry(school, "edu", "edu"),
                                entry(road, "tra"),
                                entry(lunch, "tra"),
                                entry(stale, "tra"),
                                new BatchAssignment(999_999, null, new Step.Assign("tra", List.of(), null)))))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.field(), v -> v.text().in(Locale.CHINA))
                                .containsExactly(
                                        tuple("items[1].hostUnit", "2026年建议第2号未能交办：承办单位 nosuch 不存在"),
                                        tuple("items[2].coUnits", "2026年建议第3号未能交办：主办单位不能同时是协办单位"),
                                        tuple("items[3]", "2026年建议第1号在交办单中出现了不止一次"),
                                        tuple("items[4]", "2026年建议第5号已交办：交办会只交办尚未交办的件，改办请在该件页面办理"),
                                        tuple("items[5]", "2026年建议第4号已被修改（版本 2，请求基于版本 1），请刷新后重试"),
                                        tuple("items[6]", "件 999999 不存在")));
        assertThat(List.of(road, bridge, school, stale))
                .allSatisfy(
                        i -> assertThat(service.get(OFFICE, i.id()).status()).isEqualTo(ItemStatus.REGISTERED));
    }

    @Test
    void aDatePastIsRefusedAndOnlyTheOfficeAssigns() {
        Item road = item("关于修缮东街道路的建议", Urgency.NORMAL);
        BatchAssignment late =
                new BatchAssignment(road.id(), null, new Step.Assign("tra", List.of(), null, LocalDate.of(2026, 3, 1)));

        assertThatThrownBy(() -> service.assignAll(OFFICE, List.of(late)))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.field(), v -> v.text().in(Locale.CHINA))
                                .containsExactly(tuple("items[0].replyBy", "2026年建议第1号未能交办：答复最后时限 2026-03-01 已过")));
        assertThatThrownBy(() -> service.assignAll(SUPERVISOR, List.of(entry(road, "tra"))))
                .isInstanceOfSatisfying(
                        BanliException.class, e -> assertThat(e.problem()).isEqualTo(BanliException.Problem.FORBIDDEN));
        assertThatThrownBy(() -> service.assignAll(OFFICE, List.of()))
                .isInstanceOfSatisfying(
                        RuleViolationException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.text().in(Locale.CHINA))
                                .containsExactly("没有要交办的件"));
        assertThat(service.get(OFFICE, road.id()).status()).isEqualTo(ItemStatus.REGISTERED);
    }
}
