package org.banli.store.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.banli.api.BanliException;
import org.banli.api.item.Item;
import org.banli.api.item.ItemAction;
import org.banli.api.item.ItemDraft;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ItemQuery;
import org.banli.api.item.ItemStatus;
import org.banli.api.item.Reply;
import org.banli.api.item.ReplyClass;
import org.banli.api.item.Urgency;
import org.banli.api.store.ItemChange;
import org.banli.api.store.NewItem;
import org.banli.api.unit.Unit;
import org.banli.api.user.Role;
import org.banli.api.user.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JPA store on a real (in-memory) Derby database. */
class JpaItemStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-27T02:00:00Z");

    private Database database;
    private JpaItemStore items;
    private JpaUnitStore units;
    private JpaUserStore users;

    @BeforeEach
    void openDatabase() {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        database = new Database(dataSource, () -> {
        });
        items = new JpaItemStore(database);
        units = new JpaUnitStore(database);
        users = new JpaUserStore(database);
        units.create(new Unit("edu", "县教育局"));
        users.create(new User("deputy", "赵代表", Set.of(Role.SUBMITTER), null, "13800000000", null, false, NOW), "hash");
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Item register(ItemKind kind, int year, String title) {
        return items.create(new NewItem(new ItemDraft(kind, year, title, "正文" + "很长的内容。".repeat(3000), "deputy",
                "教育", true, "王副县长", Urgency.URGENT, true), year, "office", NOW));
    }

    @Test
    void numbersRunPerKindAndYearAndChineseTextRoundTrips() {
        Item first = register(ItemKind.SUGGESTION, 2026, "关于“午餐”改善的建议🍚");
        Item second = register(ItemKind.SUGGESTION, 2026, "第二件");
        Item proposal = register(ItemKind.PROPOSAL, 2026, "提案");
        Item nextYear = register(ItemKind.SUGGESTION, 2027, "明年");
        assertThat(first.number()).isEqualTo(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(proposal.number()).isEqualTo(1);
        assertThat(nextYear.number()).isEqualTo(1);
        Item stored = items.find(first.id()).orElseThrow();
        assertThat(stored).isEqualTo(first);
        assertThat(stored.title()).isEqualTo("关于“午餐”改善的建议🍚");
        assertThat(stored.body()).hasSize(2 + 6 * 3000);
        assertThat(items.history(first.id())).singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo(ItemAction.REGISTER));
    }

    @Test
    void aTransitionChangesTheItemOnceAndRecordsItsHistoryAndReply() {
        Item item = register(ItemKind.SUGGESTION, 2026, "标题");
        Item assigned = items.apply(item.id(), item.version(), current -> ItemChange
                .of(ItemAction.ASSIGN, "office", NOW, ItemStatus.ASSIGNED, "教育类").withAssignment("edu",
                        LocalDate.of(2027, 2, 27)));
        assertThat(assigned.version()).isEqualTo(item.version() + 1);
        assertThat(assigned.hostUnit()).isEqualTo("edu");
        assertThat(assigned.assignedAt()).isEqualTo(NOW);
        assertThat(assigned.deadline()).isEqualTo(LocalDate.of(2027, 2, 27));

        Reply reply = new Reply(item.id(), ReplyClass.B, "正在解决，明年完成。", "局长", "李四", "123", "edu", "h", NOW);
        Item replied = items.apply(item.id(), null,
                current -> ItemChange.of(ItemAction.REPLY, "h", NOW, ItemStatus.REPLIED, null).withReply(reply));
        assertThat(replied.version()).isEqualTo(assigned.version() + 1);
        assertThat(items.replies(item.id())).containsExactly(reply);
        assertThat(items.history(item.id())).extracting(e -> e.fromStatus() + ">" + e.toStatus())
                .containsExactly("null>REGISTERED", "REGISTERED>ASSIGNED", "ASSIGNED>REPLIED");
        assertThat(items.find(item.id())).contains(replied);
    }

    @Test
    void aStaleVersionOrARefusalChangesNothing() {
        Item item = register(ItemKind.SUGGESTION, 2026, "标题");
        assertThatThrownBy(() -> items.apply(item.id(), item.version() + 5,
                current -> ItemChange.of(ItemAction.ASSIGN, "office", NOW, ItemStatus.ASSIGNED, null)))
                .isInstanceOfSatisfying(BanliException.class,
                        e -> assertThat(e.problem()).isEqualTo(BanliException.Problem.CONFLICT));
        assertThatThrownBy(() -> items.apply(item.id(), null, current -> {
            throw BanliException.conflict("refused");
        })).hasMessage("refused");
        assertThatThrownBy(() -> items.apply(item.id(), null, current -> ItemChange
                .of(ItemAction.ASSIGN, "office", NOW, ItemStatus.ASSIGNED, null).withAssignment("nope", null)))
                .isInstanceOfSatisfying(BanliException.class,
                        e -> assertThat(e.problem()).isEqualTo(BanliException.Problem.NOT_FOUND));
        assertThat(items.find(item.id())).contains(item);
        assertThat(items.history(item.id())).hasSize(1);
    }

    @Test
    void ofTwoConcurrentTransitionsOnOneItemExactlyOneWins() throws Exception {
        Item item = register(ItemKind.SUGGESTION, 2026, "并发测试");
        CountDownLatch bothHaveRead = new CountDownLatch(2);
        Callable<Item> assign = () -> items.apply(item.id(), null, current -> {
            bothHaveRead.countDown();
            try {
                bothHaveRead.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return ItemChange.of(ItemAction.ASSIGN, Thread.currentThread().getName(), NOW, ItemStatus.ASSIGNED, null)
                    .withAssignment("edu", null);
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Item>> results = pool.invokeAll(List.of(assign, assign));
            int won = 0;
            int conflicts = 0;
            for (Future<Item> result : results) {
                try {
                    result.get();
                    won++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOfSatisfying(BanliException.class,
                            b -> assertThat(b.problem()).isEqualTo(BanliException.Problem.CONFLICT));
                    conflicts++;
                }
            }
            assertThat(won).isEqualTo(1);
            assertThat(conflicts).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(items.find(item.id()).orElseThrow().version()).isEqualTo(item.version() + 1);
        assertThat(items.history(item.id())).hasSize(2);
    }

    @Test
    void queriesFilterAndPage() {
        for (int i = 0; i < 5; i++) {
            register(ItemKind.SUGGESTION, 2026, "建议" + i);
        }
        Item proposal = register(ItemKind.PROPOSAL, 2025, "提案");
        items.apply(proposal.id(), null, c -> ItemChange.of(ItemAction.ASSIGN, "o", NOW, ItemStatus.ASSIGNED, null)
                .withAssignment("edu", null));
        var page = items.find(new ItemQuery(null, null, ItemKind.SUGGESTION, 2026, null, 1, 2));
        assertThat(page.total()).isEqualTo(5);
        assertThat(page.items()).extracting(Item::number).containsExactly(3, 4);
        assertThat(items.find(new ItemQuery(ItemStatus.ASSIGNED, "edu", null, null, "deputy", 0, 10)).items())
                .extracting(Item::id).containsExactly(proposal.id());
        assertThat(items.find(new ItemQuery(null, null, null, null, "someone-else", 0, 10)).total()).isZero();
    }

    @Test
    void unitCodesAndUsernamesAreUnique() {
        assertThatThrownBy(() -> units.create(new Unit("edu", "重复"))).isInstanceOfSatisfying(BanliException.class,
                e -> assertThat(e.problem()).isEqualTo(BanliException.Problem.CONFLICT));
        assertThatThrownBy(() -> users.create(new User("deputy", "重复", Set.of(Role.SUBMITTER), null, null, null, false,
                NOW), "h")).isInstanceOf(BanliException.class);
        assertThat(users.find("deputy")).hasValueSatisfying(u -> assertThat(u.displayName()).isEqualTo("赵代表"));
        assertThat(users.passwordHash("deputy")).contains("hash");
        assertThat(units.list()).containsExactly(new Unit("edu", "县教育局"));
    }
}
