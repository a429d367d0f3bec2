package org.banli.store.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.banli.api.assessment.ItemFacts;
import org.banli.api.assessment.Metric;
import org.banli.api.assessment.Ratio;
import org.banli.api.item.CoUnit;
import org.banli.api.item.Commitment;
import org.banli.api.item.Contact;
import org.banli.api.item.ContactMethod;
import org.banli.api.item.ContactPhase;
import org.banli.api.item.Item;
import org.banli.api.item.ItemAction;
import org.banli.api.item.ItemDraft;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ItemRecord;
import org.banli.api.item.ItemStatus;
import org.banli.api.item.Progress;
import org.banli.api.item.Rating;
import org.banli.api.item.Reply;
import org.banli.api.item.ReplyClass;
import org.banli.api.item.Satisfaction;
import org.banli.api.item.Urgency;
import org.banli.api.unit.Unit;
import org.banli.api.user.Role;
import org.banli.api.user.User;
import org.banli.store.spi.ItemChange;
import org.banli.store.spi.NewItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The metrics over a small county whose every figure was worked out by hand (see each item's
 * comment), on a real Derby database.
 */
class JpaMetricsStoreTest {

    private static final Instant YEAR_START = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant YEAR_END = Instant.parse("2027-01-01T00:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private Database database;
    private JpaItemStore items;
    private JpaMetricsStore metrics;

    @BeforeEach
    void county() {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        database = new Database(dataSource, () -> {});
        items = new JpaItemStore(database);
        metrics = new JpaMetricsStore(database);
        JpaUnitStore units = new JpaUnitStore(database);
        units.create(new Unit("edu", "县教育局"));
        units.create(new Unit("tra", "县交通运输局"));
        new JpaUserStore(database)
                .create(new User("deputy", "赵代表", Set.of(Role.SUBMITTER), null, null, null, false, YEAR_START), "hash");

        // E1 (key item): replied first time on time, visited before, satisfied, closed.
        item(
                ItemKind.SUGGESTION,
                true,
                "edu",
                day(3, 2),
                ItemStatus.CLOSED,
                reply(1, ReplyClass.A, 1, day(5, 20), day(6, 2)),
                contact(ContactMethod.VISIT, day(4, 1)),
                rating(1, Satisfaction.SATISFIED));
        // E2: first reply late and returned once (B, one promise kept, one due and not), met only after it,
        // unsatisfied, then a round-2 class-A reply accepted first time and basically satisfied.
        Item e2 = item(
                ItemKind.SUGGESTION,
                false,
                "edu",
                day(3, 2),
                ItemStatus.FOLLOW_UP,
                reply(
                        1,
                        ReplyClass.B,
                        2,
                        day(6, 10),
                        day(6, 2),
                        new Commitment(null, "修缮食堂", day(9, 1), day(8, 20), null, null, null),
                        new Commitment(null, "新建操场", day(10, 1), null, null, null, null)),
                reply(2, ReplyClass.A, 1, day(8, 1), day(8, 30)),
                contact(ContactMethod.PHONE, day(4, 1)),
                contact(ContactMethod.MEETING, day(6, 15)),
                rating(1, Satisfaction.UNSATISFIED),
                rating(2, Satisfaction.BASICALLY_SATISFIED));
        items.apply(e2.id(), null, d -> {
            Progress p = d.item().progress();
            return List.of(new ItemChange(
                    e2.id(),
                    null,
                    ItemAction.RATE,
                    "deputy",
                    at(day(8, 2)),
                    ItemStatus.FOLLOW_UP,
                    "第二轮",
                    new Progress(p.hostUnit(), p.deadline(), p.assignedAt(), p.acceptedAt(), 2, null, p.repliedAt()),
                    List.of(),
                    null));
        });
        // E3: no reply yet, met on site.
        item(
                ItemKind.SUGGESTION,
                false,
                "edu",
                day(4, 1),
                ItemStatus.HANDLING,
                contact(ContactMethod.ON_SITE, day(5, 1)));
        // E4: assigned the year before: not counted.
        item(
                ItemKind.SUGGESTION,
                false,
                "edu",
                Instant.parse("2025-12-20T02:00:00Z"),
                ItemStatus.CLOSED,
                reply(1, ReplyClass.A, 1, day(1, 10), day(3, 20)));
        // T1: class C on time, first time; edu co-handles it.
        item(
                ItemKind.SUGGESTION,
                false,
                "tra",
                day(5, 1),
                ItemStatus.REPLIED,
                reply(1, ReplyClass.C, 1, day(7, 1), day(8, 1)),
                new CoUnit(null, "edu", at(day(5, 1)), null, "同意", "h-edu", at(day(6, 20)), null));
        // T2: its reply awaits review: not decided.
        item(ItemKind.SUGGESTION, false, "tra", day(5, 1), ItemStatus.UNDER_REVIEW, submitted());
        // T3: a proposal, nothing done.
        item(ItemKind.PROPOSAL, false, "tra", day(6, 1), ItemStatus.ASSIGNED);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void everyMetricOfEveryUnitIsTheHandCountedOne() {
        Map<String, Map<Metric, Ratio>> units = metrics.unitMetrics(YEAR_START, YEAR_END, null, false, TODAY);

        assertThat(units.keySet()).containsExactly("edu", "tra");
        assertThat(units.get("edu")).isEqualTo(expect(3, 6, 2, 3, 1, 3, 2, 3, 2, 2, 1, 2, 1, 3, 2, 2, 2, 3, 1, 2));
        assertThat(units.get("tra")).isEqualTo(expect(3, 6, 1, 3, 1, 3, 0, 3, 0, 0, 0, 0, 0, 3, 0, 1, 1, 1, 0, 0));
        assertThat(metrics.coHandled(YEAR_START, YEAR_END, null)).containsExactlyEntriesOf(Map.of("edu", 1L));
    }

    @Test
    void keyItemsAndKindsNarrowTheCount() {
        Map<String, Map<Metric, Ratio>> key = metrics.unitMetrics(YEAR_START, YEAR_END, null, true, TODAY);
        assertThat(key.keySet()).containsExactly("edu");
        assertThat(key.get("edu")).isEqualTo(expect(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0));

        Map<String, Map<Metric, Ratio>> suggestions =
                metrics.unitMetrics(YEAR_START, YEAR_END, ItemKind.SUGGESTION, false, TODAY);
        assertThat(suggestions.get("tra").get(Metric.HANDLED_COUNT)).isEqualTo(new Ratio(2, 5));
        assertThat(suggestions.get("tra").get(Metric.ON_TIME_RATE)).isEqualTo(new Ratio(1, 2));
        assertThat(metrics.unitMetrics(YEAR_START, YEAR_END, ItemKind.PROPOSAL, false, TODAY)
                        .keySet())
                .containsExactly("tra");
        assertThat(metrics.unitMetrics(YEAR_START, YEAR_END, null, false, day(9, 15))
                        .get("edu")
                        .get(Metric.COMMITMENTS_KEPT))
                .as("only promises due by then count")
                .isEqualTo(new Ratio(1, 1));
    }

    @Test
    void theYearsReplyClassesAndRehandledItems() {
        assertThat(metrics.replyClasses(YEAR_START, YEAR_END, null))
                .as("E2 counts by its latest reply")
                .containsExactlyInAnyOrderEntriesOf(Map.of(ReplyClass.A, 2L, ReplyClass.C, 1L));
        assertThat(metrics.replyClasses(YEAR_START, YEAR_END, ItemKind.PROPOSAL))
                .isEmpty();
        assertThat(metrics.rehandled(YEAR_START, YEAR_END, null)).isEqualTo(1);
    }

    @Test
    void theFactsOfEachItemAreDecidedAsTheMetricsDecideThem() {
        List<ItemFacts> edu =
                metrics.hostedItems(YEAR_START, YEAR_END, null, "edu", TODAY).get("edu");
        assertThat(metrics.hostedItems(YEAR_START, YEAR_END, null, null, TODAY))
                .as("every unit at once")
                .containsEntry("edu", edu)
                .containsOnlyKeys("edu", "tra");
        assertThat(edu).extracting(ItemFacts::label).containsExactly("2026年建议第1号", "2026年建议第2号", "2026年建议第3号");
        assertThat(edu.get(0))
                .isEqualTo(new ItemFacts(
                        edu.get(0).itemId(),
                        "2026年建议第1号",
                        true,
                        true,
                        true,
                        false,
                        true,
                        true,
                        ReplyClass.A,
                        Satisfaction.SATISFIED,
                        true,
                        0,
                        0));
        assertThat(edu.get(1))
                .as("replied late")
                .isEqualTo(new ItemFacts(
                        edu.get(1).itemId(),
                        "2026年建议第2号",
                        false,
                        true,
                        false,
                        true,
                        false,
                        false,
                        ReplyClass.A,
                        Satisfaction.BASICALLY_SATISFIED,
                        false,
                        2,
                        1));
        assertThat(edu.get(2))
                .as("no reply, deadline 07-01 passed")
                .isEqualTo(new ItemFacts(
                        edu.get(2).itemId(),
                        "2026年建议第3号",
                        false,
                        false,
                        false,
                        true,
                        true,
                        false,
                        null,
                        null,
                        false,
                        0,
                        0));
        assertThat(metrics.hostedItems(YEAR_START, YEAR_END, ItemKind.PROPOSAL, "edu", TODAY))
                .isEmpty();

        assertThat(metrics.coHandledItems(YEAR_START, YEAR_END, null, "edu", ZoneOffset.ofHours(8), TODAY))
                .as("T1's deadline 08-01, opinion given 06-20")
                .singleElement()
                .satisfies(f -> assertThat(f.hostUnit()).isEqualTo("tra"))
                .satisfies(f -> assertThat(f.opinionLeadDays()).isEqualTo(42L))
                .satisfies(f -> assertThat(f.daysToDeadline()).isEqualTo(-118L));
        assertThat(metrics.coHandledItems(YEAR_START, YEAR_END, null, "tra", ZoneOffset.ofHours(8), TODAY))
                .isEmpty();
    }

    @Test
    void itemsStoredBeforeFactsWereKeptGetThemFromTheirFileWithoutAChangedVersion() {
        Map<String, Map<Metric, Ratio>> kept = metrics.unitMetrics(YEAR_START, YEAR_END, null, false, TODAY);
        List<ItemFacts> keptFacts =
                metrics.hostedItems(YEAR_START, YEAR_END, null, null, TODAY).get("edu");
        Map<Long, Long> versions = versions();
        database.inTransaction(
                em -> em.createNativeQuery("UPDATE BANLI_ITEM SET FACT_REPLIED = NULL, FACT_ON_TIME = NULL,"
                                + " FACT_MET = NULL, FACT_FIRST_TIME = NULL, FACT_REPLIES_DECIDED = NULL, FACT_REPLIES_FIRST_TIME = NULL,"
                                + " FACT_REPLY_CLASS = NULL, FACT_CLASS_A = NULL, FACT_SATISFACTION = NULL, FACT_RATED = NULL,"
                                + " FACT_SATISFIED = NULL, FACT_FIRST_SATISFIED = NULL")
                        .executeUpdate());

        JpaMetricsStore upgraded = new JpaMetricsStore(database);
        assertThat(upgraded.unitMetrics(YEAR_START, YEAR_END, null, false, TODAY))
                .isEqualTo(kept);
        assertThat(upgraded.hostedItems(YEAR_START, YEAR_END, null, null, TODAY).get("edu"))
                .isEqualTo(keptFacts);
        assertThat(versions()).as("deriving facts is no change of the item").isEqualTo(versions);
        long missing = database.read(
                em -> em.createQuery("SELECT COUNT(e) FROM ItemEntity e WHERE e.facts.replied IS NULL", Long.class)
                        .getSingleResult());
        assertThat(missing).isZero();
    }

    private Map<Long, Long> versions() {
        return database.read(em -> em.createQuery("SELECT e.id, e.version FROM ItemEntity e", Object[].class)
                .getResultStream()
                .collect(java.util.stream.Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1])));
    }

    /** Numerator and denominator of each metric in {@link Metric}'s order. */
    private static Map<Metric, Ratio> expect(long... parts) {
        Map<Metric, Ratio> expected = new EnumMap<>(Metric.class);
        Metric[] order = Metric.values();
        for (int i = 0; i < order.length; i++) {
            expected.put(order[i], new Ratio(parts[2 * i], parts[2 * i + 1]));
        }
        return expected;
    }

    private static LocalDate day(int month, int day) {
        return LocalDate.of(2026, month, day);
    }

    private static Instant at(LocalDate date) {
        return date.atTime(10, 0).toInstant(ZoneOffset.ofHours(8));
    }

    private Item item(
            ItemKind kind, boolean key, String unit, LocalDate assigned, ItemStatus status, ItemRecord... records) {
        return item(kind, key, unit, at(assigned), status, records);
    }

    private Item item(
            ItemKind kind, boolean key, String unit, Instant assigned, ItemStatus status, ItemRecord... records) {
        Item item = items.create(new NewItem(
                new ItemDraft(kind, 2026, "测试件", "正文", "deputy", "教育", key, null, Urgency.NORMAL, false),
                2026,
                "office",
                assigned));
        List<ItemRecord> all = new ArrayList<>(Arrays.asList(records));
        return items.apply(
                        item.id(),
                        null,
                        d -> List.of(new ItemChange(
                                item.id(),
                                null,
                                ItemAction.ASSIGN,
                                "office",
                                assigned,
                                status,
                                "测试",
                                d.item()
                                        .progress()
                                        .assignedTo(
                                                unit,
                                                assigned.atZone(ZoneOffset.UTC)
                                                        .toLocalDate()
                                                        .plusMonths(3),
                                                assigned),
                                all,
                                null)))
                .item();
    }

    private static Reply reply(
            int round,
            ReplyClass replyClass,
            int submissions,
            LocalDate acceptedOn,
            LocalDate deadline,
            Commitment... commitments) {
        return new Reply(
                null,
                round,
                Reply.State.ACCEPTED,
                replyClass,
                replyClass == ReplyClass.C ? org.banli.api.item.LimitReason.BEYOND_COUNTY_FINANCES : null,
                "答复正文",
                List.of(commitments),
                "局长",
                "张科长",
                "0571-88886666",
                null,
                "edu",
                "h",
                at(acceptedOn),
                List.of(),
                "head",
                at(acceptedOn),
                submissions,
                at(acceptedOn),
                "office",
                at(acceptedOn),
                null,
                deadline,
                acceptedOn);
    }

    private static Reply submitted() {
        return new Reply(
                null,
                1,
                Reply.State.SUBMITTED,
                ReplyClass.A,
                null,
                "答复正文",
                List.of(),
                "局长",
                "张科长",
                "0571-88886666",
                null,
                "tra",
                "h",
                at(day(6, 1)),
                List.of(),
                "head",
                at(day(6, 1)),
                1,
                at(day(6, 1)),
                null,
                null,
                null,
                null,
                null);
    }

    private static Contact contact(ContactMethod method, LocalDate date) {
        return new Contact(
                null, "edu", ContactPhase.BEFORE, method, date, "赵代表", "听取意见", "h", at(date), null, null, null);
    }

    private static Rating rating(int round, Satisfaction satisfaction) {
        return new Rating(null, round, satisfaction, null, null, null, "deputy", "10.0.0.1", at(day(9, 1)), null);
    }
}
