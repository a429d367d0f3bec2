package org.banli.store.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.banli.api.BanliException;
import org.banli.api.RuleViolationException;
import org.banli.api.Text;
import org.banli.api.archive.DataArchive;
import org.banli.api.item.CoUnit;
import org.banli.api.item.Comment;
import org.banli.api.item.Commitment;
import org.banli.api.item.Contact;
import org.banli.api.item.ContactMethod;
import org.banli.api.item.ContactPhase;
import org.banli.api.item.Dossier;
import org.banli.api.item.HistoryAudit;
import org.banli.api.item.Item;
import org.banli.api.item.ItemAction;
import org.banli.api.item.ItemDraft;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ItemQuery;
import org.banli.api.item.ItemStatus;
import org.banli.api.item.Reply;
import org.banli.api.item.TextLimits;
import org.banli.api.item.Urgency;
import org.banli.api.notify.Delivery;
import org.banli.api.notify.Message;
import org.banli.api.notify.NewMessage;
import org.banli.api.unit.Unit;
import org.banli.api.user.AccountChange;
import org.banli.api.user.AccountEdit;
import org.banli.api.user.LoginSession;
import org.banli.api.user.Role;
import org.banli.api.user.User;
import org.banli.store.spi.ItemChange;
import org.banli.store.spi.ItemStoreContract;
import org.banli.store.spi.LoginFailureStore.Failures;
import org.banli.store.spi.NewItem;
import org.junit.jupiter.api.Test;

/** The JPA store on a real (in-memory) Derby database: the contract every store keeps, and what is its own. */
class JpaItemStoreTest extends ItemStoreContract {

    private EmbeddedDataSource dataSource;
    private CountingDataSource statements;
    private Database database;

    @Override
    protected Stores open() {
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        statements = new CountingDataSource(dataSource);
        database = new Database(statements, () -> {});
        return new Stores(new JpaItemStore(database), new JpaUnitStore(database), new JpaUserStore(database));
    }

    @Override
    protected void close() {
        database.close();
    }

    @Test
    void representationsAreKeptByNameAndTheFirstKeptStays() {
        Item road = register(ItemKind.SUGGESTION, 2026, "道路");
        Item school = register(ItemKind.SUGGESTION, 2026, "学校");
        JpaRepresentationStore kept = new JpaRepresentationStore(database);
        byte[] vector = new byte[2048];
        vector[0] = 7;
        vector[2047] = -1;

        kept.keep("model-1", Map.of(road.id(), vector));
        kept.keep("model-1", Map.of(road.id(), new byte[] {1}, school.id(), new byte[] {2}));
        kept.keep("model-2", Map.of(road.id(), new byte[] {3}));

        Map<Long, byte[]> found = kept.find("model-1", List.of(road.id(), school.id(), school.id() + 1000));
        assertThat(found).containsOnlyKeys(road.id(), school.id());
        assertThat(found.get(road.id())).as("another node's, kept first, stays").isEqualTo(vector);
        assertThat(found.get(school.id())).containsExactly(2);
        assertThat(kept.find("model-2", List.of(road.id(), school.id())).get(road.id()))
                .containsExactly(3);
        assertThat(kept.find("model-3", List.of(road.id()))).isEmpty();
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
        assertThat(items.history(first.id()))
                .singleElement()
                .satisfies(e -> assertThat(e.action()).isEqualTo(ItemAction.REGISTER));
    }

    @Test
    void aHistoryEntryChangedRemovedOrUnsealedInTheDatabaseShowsWhereTheChainBreaks() {
        List<Item> made = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Item item = assign(register(ItemKind.SUGGESTION, 2026, "留痕" + i), LocalDate.of(2027, 2, 27));
            step(
                    item.id(),
                    null,
                    d -> List.of(change(
                            d.item(),
                            ItemAction.ACCEPT,
                            ItemStatus.HANDLING,
                            d.item().progress())));
            made.add(item);
        }
        HistoryAudit intact = items.auditHistory();
        assertThat(intact.isIntact()).isTrue();
        assertThat(intact.items()).isEqualTo(5);
        assertThat(intact.entries()).isEqualTo(15);
        assertThat(intact.unsealed()).isZero();

        sql("UPDATE BANLI_ITEM_EVENT SET REASON = '改过的理由' WHERE ID = " + entry(made.get(0), 2));
        sql("DELETE FROM BANLI_ITEM_EVENT WHERE ID = " + entry(made.get(1), 1));
        sql("DELETE FROM BANLI_ITEM_EVENT WHERE ID = " + entry(made.get(2), 3));
        sql("UPDATE BANLI_ITEM_EVENT SET SEAL = NULL WHERE ID = " + entry(made.get(3), 2));
        long second = entry(made.get(4), 2);
        long third = entry(made.get(4), 3);
        sql("UPDATE BANLI_ITEM_EVENT SET ID = -1 WHERE ID = " + second);
        sql("UPDATE BANLI_ITEM_EVENT SET ID = " + second + " WHERE ID = " + third);
        sql("UPDATE BANLI_ITEM_EVENT SET ID = " + third + " WHERE ID = -1");

        HistoryAudit broken = items.auditHistory();
        assertThat(broken.breaks())
                .extracting(HistoryAudit.Break::item, HistoryAudit.Break::position, HistoryAudit.Break::kind)
                .containsExactly(
                        tuple("2026年建议第1号", 2, HistoryAudit.Kind.CHANGED),
                        tuple("2026年建议第2号", 1, HistoryAudit.Kind.CHANGED),
                        tuple("2026年建议第3号", 3, HistoryAudit.Kind.LATEST_REMOVED),
                        tuple("2026年建议第4号", 2, HistoryAudit.Kind.SEAL_REMOVED),
                        tuple("2026年建议第5号", 2, HistoryAudit.Kind.CHANGED));
        assertThat(broken.breaks().get(0).entry().reason()).isEqualTo("改过的理由");
        assertThat(broken.breaks().get(2).entry()).isNull();
        assertThat(broken.entries()).isEqualTo(13);
    }

    @Test
    void historyWrittenBeforeSealingBeganIsCountedApartAndSealedFromTheNextStep() {
        Item item = assign(register(ItemKind.SUGGESTION, 2026, "旧记录"), LocalDate.of(2027, 2, 27));
        sql("UPDATE BANLI_ITEM_EVENT SET SEAL = NULL");
        sql("UPDATE BANLI_ITEM SET HISTORY_SEAL = NULL");
        sql("DELETE FROM BANLI_HISTORY_SEALING");

        JpaItemStore upgraded = new JpaItemStore(database);
        HistoryAudit before = upgraded.auditHistory();
        assertThat(before.breaks()).isEmpty();
        assertThat(before.unsealed()).isEqualTo(2);
        upgraded.apply(
                item.id(),
                null,
                d -> List.of(change(
                        d.item(),
                        ItemAction.ACCEPT,
                        ItemStatus.HANDLING,
                        d.item().progress())));
        HistoryAudit after = upgraded.auditHistory();
        assertThat(after.breaks()).isEmpty();
        assertThat(after.unsealed()).isEqualTo(2);
        assertThat(after.entries()).isEqualTo(3);

        sql("UPDATE BANLI_ITEM_EVENT SET SEAL = NULL");
        sql("UPDATE BANLI_ITEM SET HISTORY_SEAL = NULL");
        assertThat(upgraded.auditHistory().breaks())
                .as("a seal removed after sealing began")
                .singleElement()
                .satisfies(b -> assertThat(b.kind()).isEqualTo(HistoryAudit.Kind.SEAL_REMOVED))
                .satisfies(b -> assertThat(b.position()).isEqualTo(3));
    }

    /** The id of the item's history entry at {@code position} (from 1). */
    private long entry(Item item, int position) {
        return database.read(em -> em.createQuery(
                        "SELECT e.id FROM ItemEventEntity e WHERE e.item.id = :id ORDER BY e.id", Long.class)
                .setParameter("id", item.id())
                .getResultList()
                .get(position - 1));
    }

    /** Writes to the database behind Banli's back, as someone with access to it could. */
    private void sql(String statement) {
        database.inTransaction(em -> em.createNativeQuery(statement).executeUpdate());
    }

    @Test
    void idsAreTakenFromTheSequenceAThousandAtATime() {
        for (int i = 0; i < 30; i++) {
            register(ItemKind.SUGGESTION, 2026, "编号块" + i);
        }
        Object taken = database.read(
                em -> em.createNativeQuery("SELECT SEQ_COUNT FROM SEQUENCE WHERE SEQ_NAME = 'SEQ_GEN_TABLE'")
                        .getSingleResult());
        assertThat(((Number) taken).longValue())
                .as("62 ids (a unit, an account, 30 items and their histories) in" + " one block")
                .isEqualTo(1000);
    }

    @Test
    void thirtyTwoConcurrentRegistrationsAllSucceedWithConsecutiveNumbers() throws Exception {
        register(ItemKind.PROPOSAL, 2026, "另一序列");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<Future<Item>> registrations = IntStream.range(0, 32)
                    .mapToObj(i -> pool.submit(() -> {
                        start.await();
                        return register(ItemKind.SUGGESTION, 2026, "并发登记" + i);
                    }))
                    .toList();
            start.countDown();
            List<Integer> numbers = new java.util.ArrayList<>();
            for (Future<Item> registration : registrations) {
                numbers.add(registration.get(60, TimeUnit.SECONDS).number());
            }
            assertThat(numbers)
                    .containsExactlyInAnyOrderElementsOf(
                            IntStream.rangeClosed(1, 32).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
        assertThat(register(ItemKind.PROPOSAL, 2026, "另一序列").number())
                .as("each kind its own series")
                .isEqualTo(2);
    }

    @Test
    void aRegistrationThatFailsGivesItsNumberBack() {
        assertThat(register(ItemKind.SUGGESTION, 2026, "第一件").number()).isEqualTo(1);
        assertThatThrownBy(() -> items.create(new NewItem(
                        new ItemDraft(
                                ItemKind.SUGGESTION,
                                2026,
                                "无人提出",
                                "正文",
                                "nobody",
                                null,
                                false,
                                null,
                                Urgency.NORMAL,
                                false),
                        2026,
                        "office",
                        NOW)))
                .isInstanceOfSatisfying(
                        BanliException.class, e -> assertThat(e.problem()).isEqualTo(BanliException.Problem.NOT_FOUND));
        assertThat(register(ItemKind.SUGGESTION, 2026, "第二件").number())
                .as("no gap")
                .isEqualTo(2);
    }

    @Test
    void everyStepCountsOnceInTheVersionAndTheFileRoundTrips() {
        Item item = register(ItemKind.SUGGESTION, 2026, "标题");
        Item assigned = assign(item, LocalDate.of(2027, 2, 27), "tra");
        assertThat(assigned.version()).isEqualTo(item.version() + 1);
        assertThat(assigned.hostUnit()).isEqualTo("edu");
        assertThat(assigned.progress().assignedAt()).isEqualTo(NOW);
        assertThat(assigned.deadline()).isEqualTo(LocalDate.of(2027, 2, 27));

        // A step that only adds a record still changes the version: a client holding the old one is stale.
        Contact contact = new Contact(
                null,
                "edu",
                ContactPhase.BEFORE,
                ContactMethod.VISIT,
                LocalDate.of(2026, 11, 27),
                "赵代表、李科长",
                "登门听取意见",
                "h",
                NOW,
                null,
                null,
                null);
        Item contacted = step(
                item.id(),
                assigned.version(),
                d -> List.of(change(
                        d.item(),
                        ItemAction.RECORD_CONTACT,
                        d.item().status(),
                        d.item().progress(),
                        contact)));
        assertThat(contacted.version()).isEqualTo(assigned.version() + 1);

        Reply reply = draft(
                null,
                1,
                new Commitment(null, "修路", LocalDate.of(2027, 6, 30), null, null, null, null),
                new Commitment(null, "装灯", LocalDate.of(2027, 3, 1), null, null, null, null));
        Item drafted = step(item.id(), null, d -> drafting(d, reply));
        assertThat(drafted.version()).isEqualTo(contacted.version() + 1);
        Dossier file = items.dossier(item.id()).orElseThrow();
        Reply stored = file.replies().get(0);
        assertThat(stored.commitments()).extracting(Commitment::text).containsExactly("修路", "装灯");
        assertThat(stored.countersignedBy()).containsExactly("tra");
        assertThat(file.contacts()).singleElement().satisfies(c -> {
            assertThat(c.id()).isNotNull();
            assertThat(c.summary()).isEqualTo("登门听取意见");
        });
        assertThat(file.activeCoUnits()).extracting(CoUnit::unitCode).containsExactly("tra");

        // A redraft keeps the commitments it names by id and drops the rest.
        Commitment kept = stored.commitments().get(0).updated(LocalDate.of(2026, 11, 27), "已完工", "h", NOW);
        Reply redraft = draft(stored.id(), 1, kept);
        items.apply(item.id(), null, d -> drafting(d, redraft));
        Reply after = items.dossier(item.id()).orElseThrow().replies().get(0);
        assertThat(after.id()).isEqualTo(stored.id());
        assertThat(after.commitments()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(kept.id());
            assertThat(c.done()).isTrue();
        });
        assertThat(items.history(item.id()))
                .extracting(e -> e.fromStatus() + ">" + e.toStatus())
                .containsExactly(
                        "null>REGISTERED",
                        "REGISTERED>ASSIGNED",
                        "ASSIGNED>ASSIGNED",
                        "ASSIGNED>HANDLING",
                        "HANDLING>HANDLING");
    }

    @Test
    void theLongestTextValidationAllowsIsStoredInFull() {
        Item item = assign(register(ItemKind.SUGGESTION, 2026, "长文本"), LocalDate.of(2027, 2, 27));
        String progress = "已落实".repeat(TextLimits.PROGRESS / 3 + 1).substring(0, TextLimits.PROGRESS);
        String commitment = "承诺".repeat(TextLimits.COMMITMENT).substring(0, TextLimits.COMMITMENT);
        Dossier written = items.apply(
                item.id(),
                null,
                d -> List.of(new ItemChange(
                        item.id(),
                        null,
                        ItemAction.COMMENT,
                        "office",
                        NOW,
                        ItemStatus.HANDLING,
                        "理".repeat(TextLimits.REASON),
                        d.item().progress(),
                        List.of(draft(
                                null,
                                1,
                                new Commitment(
                                        null, commitment, LocalDate.of(2027, 6, 30), null, progress, "h", NOW))))));
        assertThat(items.dossier(item.id()).orElseThrow()).isEqualTo(written);
        assertThat(written.replies().get(0).commitments().get(0).progress()).hasSize(TextLimits.PROGRESS);
        assertThat(items.history(item.id()))
                .last()
                .satisfies(e -> assertThat(e.reason()).hasSize(TextLimits.REASON));
    }

    @Test
    void aStaleVersionOrARefusalChangesNothing() {
        Item item = register(ItemKind.SUGGESTION, 2026, "标题");
        assertThatThrownBy(() -> items.apply(item.id(), item.version() + 5, d -> List.of()))
                .isInstanceOfSatisfying(
                        BanliException.class, e -> assertThat(e.problem()).isEqualTo(BanliException.Problem.CONFLICT));
        assertThatThrownBy(() -> items.apply(item.id(), null, current -> {
                    throw BanliException.conflict(Text.of(Text.Code.NO_STEP_GIVEN));
                }))
                .isInstanceOfSatisfying(
                        BanliException.class, e -> assertThat(e.text().code()).isEqualTo(Text.Code.NO_STEP_GIVEN));
        assertThatThrownBy(() -> items.apply(
                        item.id(),
                        null,
                        d -> List.of(change(
                                d.item(),
                                ItemAction.ASSIGN,
                                ItemStatus.ASSIGNED,
                                d.item().progress().assignedTo("nope", null, NOW)))))
                .isInstanceOfSatisfying(
                        BanliException.class, e -> assertThat(e.problem()).isEqualTo(BanliException.Problem.NOT_FOUND));
        // A record of another item cannot be overwritten through this one.
        Item other = register(ItemKind.SUGGESTION, 2026, "另一件");
        items.apply(
                other.id(),
                null,
                d -> List.of(change(
                        d.item(),
                        ItemAction.COMMENT,
                        d.item().status(),
                        d.item().progress(),
                        new Comment(null, "leader", "批示", NOW))));
        long foreign = items.dossier(other.id()).orElseThrow().comments().get(0).id();
        assertThatThrownBy(() -> items.apply(
                        item.id(),
                        null,
                        d -> List.of(change(
                                d.item(),
                                ItemAction.COMMENT,
                                d.item().status(),
                                d.item().progress(),
                                new Comment(foreign, "leader", "篡改", NOW)))))
                .isInstanceOf(BanliException.class);
        assertThat(items.find(item.id())).contains(item);
        assertThat(items.history(item.id())).hasSize(1);
        assertThat(items.dossier(other.id()).orElseThrow().comments().get(0).text())
                .isEqualTo("批示");
    }

    @Test
    void aStepOverSeveralItemsIsOneTransactionAndChecksTheirVersions() {
        Item lead = register(ItemKind.SUGGESTION, 2026, "主件");
        Item member = register(ItemKind.SUGGESTION, 2026, "并入件");
        Item otherMember = register(ItemKind.SUGGESTION, 2026, "另一并入件");
        items.apply(
                otherMember.id(),
                null,
                d -> List.of(change(
                        d.item(),
                        ItemAction.COMMENT,
                        d.item().status(),
                        d.item().progress())));
        // otherMember moved on since it was read: the whole merge is refused, member included.
        assertThatThrownBy(() -> items.apply(lead.id(), null, d -> merging(d, member, otherMember)))
                .isInstanceOfSatisfying(
                        BanliException.class, e -> assertThat(e.problem()).isEqualTo(BanliException.Problem.CONFLICT));
        assertThat(items.find(member.id()).orElseThrow().progress().mergedInto())
                .isNull();
        assertThat(items.history(lead.id())).hasSize(1);

        items.apply(lead.id(), null, d -> merging(d, member));
        assertThat(items.dossier(lead.id()).orElseThrow().mergedItems())
                .extracting(Item::id)
                .containsExactly(member.id());
        assertThat(items.find(member.id()).orElseThrow().version()).isEqualTo(member.version() + 1);
    }

    @Test
    void ofTwoConcurrentStepsOnOneItemExactlyOneWins() throws Exception {
        Item item = register(ItemKind.SUGGESTION, 2026, "并发测试");
        CountDownLatch bothHaveRead = new CountDownLatch(2);
        Callable<Item> assign = () -> step(item.id(), null, d -> {
            bothHaveRead.countDown();
            try {
                bothHaveRead.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.of(change(
                    d.item(),
                    ItemAction.ASSIGN,
                    ItemStatus.ASSIGNED,
                    d.item().progress().assignedTo("edu", null, NOW)));
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
                    assertThat(e.getCause())
                            .isInstanceOfSatisfying(
                                    BanliException.class,
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
    void aListPageIsOneStatementAndItsTotalAnotherHoweverManyRowsItHas() {
        units.create(new Unit("tra", "县交通运输局"));
        for (int i = 0; i < 12; i++) {
            users.create(
                    new User("deputy" + i, "代表" + i, Set.of(Role.SUBMITTER), null, null, null, false, NOW), "hash");
        }
        for (int i = 0; i < 36; i++) {
            Item item = items.create(new NewItem(
                    new ItemDraft(
                            ItemKind.SUGGESTION,
                            2026,
                            "建议" + i,
                            "正文" + i,
                            "deputy" + (i % 12),
                            "教育",
                            false,
                            null,
                            Urgency.NORMAL,
                            false),
                    2026,
                    "office",
                    NOW));
            if (i % 2 == 0) {
                assign(item, LocalDate.of(2027, 2, 27));
            }
        }
        statements.take();
        assertThat(items.find(ItemQuery.page(0, 50)).items()).hasSize(36);
        assertThat(statements.take())
                .as("the page and the total: units and submitters are known from registering")
                .isEqualTo(2);
        // Another node over the same data has seen none of them yet.
        CountingDataSource otherNode = new CountingDataSource(dataSource);
        Database otherDatabase = new Database(otherNode, () -> {});
        JpaItemStore otherStore = new JpaItemStore(otherDatabase);
        otherNode.take(); // its start
        var page = otherStore.find(ItemQuery.page(0, 50));
        assertThat(otherNode.take())
                .as("the page, its units and submitters once, the total")
                .isEqualTo(4);
        otherDatabase.close();
        assertThat(page.total()).isEqualTo(36);
        assertThat(page.items())
                .hasSize(36)
                .allSatisfy(i -> assertThat(i.body()).as("a row has no body").isNull());
        assertThat(page.items().get(0)).satisfies(first -> {
            assertThat(first.number()).isEqualTo(1);
            assertThat(first.title()).isEqualTo("建议0");
            assertThat(first.submitter()).isEqualTo("deputy0");
            assertThat(first.hostUnit()).isEqualTo("edu");
            assertThat(first.deadline()).isEqualTo(LocalDate.of(2027, 2, 27));
            assertThat(first.progress().assignedAt()).isEqualTo(NOW);
        });
        assertThat(page.items().get(1).hostUnit()).isNull();
        assertThat(items.find(ItemQuery.page(0, 50).withHostUnit("edu").withSubmitter("deputy2"))
                        .items())
                .extracting(Item::number)
                .containsExactly(3, 15, 27);
        assertThat(statements.take())
                .as("the page and the total: the filter's unit and submitter are known by key")
                .isEqualTo(2);
        assertThat(items.find(ItemQuery.page(0, 50).withHostUnit("tra")).items())
                .isEmpty();
        assertThat(statements.take())
                .as("a unit not seen before: its key once, the page, the total")
                .isEqualTo(3);
        items.find(ItemQuery.page(0, 50).withHostUnit("tra"));
        assertThat(statements.take()).as("then known").isEqualTo(2);
        assertThat(items.find(ItemQuery.page(0, 30).withoutTotal()).more()).isTrue();
        assertThat(statements.take()).as("no total: the page alone").isEqualTo(1);
        var last = items.find(ItemQuery.page(1, 30).withoutTotal());
        assertThat(last.items()).hasSize(6);
        assertThat(last.more()).isFalse();
        assertThat(last.counted()).isFalse();
    }

    @Test
    void anItemsFileReadsOnlyTheKindsOfRecordItHasHoweverManyRepliesAndCommitments() {
        Item item = assign(register(ItemKind.SUGGESTION, 2026, "多轮答复"), LocalDate.of(2027, 2, 27), "tra");
        for (int round = 1; round <= 3; round++) {
            record(
                    items.find(item.id()).orElseThrow(),
                    ItemStatus.HANDLING,
                    draft(
                            null,
                            round,
                            new Commitment(null, "修路" + round, LocalDate.of(2027, 6, 30), null, null, null, null),
                            new Commitment(null, "装灯" + round, LocalDate.of(2027, 3, 1), null, null, null, null)));
        }
        statements.take();
        Dossier file = items.dossier(item.id()).orElseThrow();
        assertThat(statements.take())
                .as("the item with its people, its co-units, its replies with their commitments")
                .isEqualTo(3);
        assertThat(file.replies())
                .hasSize(3)
                .allSatisfy(r -> assertThat(r.commitments()).hasSize(2));
        assertThat(file.item().submitter()).isEqualTo("deputy");
        assertThat(file.item().hostUnit()).isEqualTo("edu");
        assertThat(file.coUnits())
                .singleElement()
                .satisfies(c -> assertThat(c.unitCode()).isEqualTo("tra"));

        // An item stored before its kinds of record were kept: read in full, and known again after its next step.
        database.inTransaction(em -> em.createNativeQuery("UPDATE BANLI_ITEM SET RECORD_KINDS = NULL WHERE ID = ?")
                .setParameter(1, item.id())
                .executeUpdate());
        statements.take();
        assertThat(items.dossier(item.id()).orElseThrow()).isEqualTo(file);
        assertThat(statements.take())
                .as("the item, its merged items, seven kinds of record")
                .isEqualTo(9);
        Dossier commented = items.apply(
                item.id(),
                null,
                d -> List.of(change(
                        d.item(),
                        ItemAction.COMMENT,
                        d.item().status(),
                        d.item().progress(),
                        new Comment(null, "leader", "请抓紧办理", NOW))));
        statements.take();
        assertThat(items.dossier(item.id()).orElseThrow()).isEqualTo(commented);
        assertThat(statements.take())
                .as("the item, co-units, replies, comments")
                .isEqualTo(4);
    }

    @Test
    void aStepAnswersTheFileAsAFreshReadWouldInAHandfulOfStatements() {
        Item item = assign(register(ItemKind.SUGGESTION, 2026, "答复"), LocalDate.of(2027, 2, 27), "tra");
        record(
                item,
                ItemStatus.HANDLING,
                new Contact(
                        null,
                        "edu",
                        ContactPhase.BEFORE,
                        ContactMethod.VISIT,
                        LocalDate.of(2026, 11, 27),
                        "赵代表",
                        "登门",
                        "h",
                        NOW,
                        null,
                        null,
                        null));
        statements.take();
        Dossier drafted = items.apply(
                item.id(),
                null,
                d -> drafting(
                        d,
                        draft(null, 1, new Commitment(null, "修路", LocalDate.of(2027, 6, 30), null, null, null, null))));
        int statementsOfTheStep = statements.take();
        assertThat(drafted).isEqualTo(items.dossier(item.id()).orElseThrow());
        assertThat(statementsOfTheStep)
                .as("read the item, its co-units and contacts; write the item, its history, the"
                        + " reply and its commitment")
                .isEqualTo(7);

        Reply written = drafted.replies().get(0);
        Dossier approved = items.apply(
                item.id(),
                null,
                d -> List.of(change(
                        d.item(),
                        ItemAction.APPROVE_REPLY,
                        ItemStatus.REPLY_APPROVED,
                        d.item().progress(),
                        written.withState(Reply.State.APPROVED, "head", NOW, null))));
        assertThat(approved).isEqualTo(items.dossier(item.id()).orElseThrow());
        assertThat(approved.replies()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(written.id());
            assertThat(r.approvedBy()).isEqualTo("head");
            assertThat(r.commitments()).extracting(Commitment::text).containsExactly("修路");
        });
        assertThat(approved.contacts()).hasSize(1);
    }

    @Test
    void messagesCommitWithTheirStepAndTheOutboxRecordsEveryAttempt() {
        JpaOutboxStore outbox = new JpaOutboxStore(database);
        Item item = register(ItemKind.SUGGESTION, 2026, "通知");
        NewMessage toInbox = new NewMessage(
                "inbox",
                "deputy",
                "item.assigned",
                "【交办】2026年建议第1号",
                "正文\n(English)",
                Map.of("itemId", Long.toString(item.id()), "label", "2026年建议第1号"));
        NewMessage toSms = new NewMessage("sms", "deputy", "item.assigned", "短信", "短信正文", Map.of());
        assertThatThrownBy(() -> items.apply(item.id(), null, d -> {
                    List<ItemChange> changes = List.of(change(
                                    d.item(),
                                    ItemAction.ASSIGN,
                                    ItemStatus.ASSIGNED,
                                    d.item().progress().assignedTo("nope", null, NOW))
                            .withMessages(List.of(toInbox)));
                    return changes;
                }))
                .isInstanceOf(BanliException.class);
        assertThat(outbox.claim(Set.of("inbox", "sms"), "node", NOW, NOW, 10))
                .as("a refused step queues nothing")
                .isEmpty();

        items.apply(
                item.id(),
                null,
                d -> List.of(change(
                                d.item(),
                                ItemAction.ASSIGN,
                                ItemStatus.ASSIGNED,
                                d.item().progress().assignedTo("edu", null, NOW))
                        .withMessages(List.of(toInbox, toSms))));
        List<Message> due = outbox.claim(Set.of("inbox"), "node", NOW, NOW, 10);
        assertThat(due).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("【交办】2026年建议第1号");
            assertThat(m.body()).isEqualTo("正文\n(English)");
            assertThat(m.data()).containsEntry("label", "2026年建议第1号");
        });
        assertThat(outbox.inbox("deputy", "inbox", 0, 10).total())
                .as("not delivered yet")
                .isZero();
        long inboxId = due.get(0).id();
        outbox.attempted(inboxId, NOW, Delivery.delivered(), null);
        assertThat(outbox.inbox("deputy", "inbox", 0, 10).items())
                .extracting(Message::id)
                .containsExactly(inboxId);
        assertThat(outbox.unread("deputy", "inbox")).isEqualTo(1);
        assertThat(outbox.markRead("someone-else", "inbox", inboxId, NOW)).isEmpty();
        assertThat(outbox.markRead("deputy", "inbox", inboxId, NOW))
                .hasValueSatisfying(m -> assertThat(m.readAt()).isEqualTo(NOW));
        assertThat(outbox.unread("deputy", "inbox")).isZero();
        assertThat(outbox.markAllRead("deputy", "inbox", NOW.plusSeconds(1)))
                .as("nothing left unread")
                .isZero();
        assertThat(outbox.inbox("deputy", "inbox", 0, 10).items().get(0).readAt())
                .as("a message read stays read when it was")
                .isEqualTo(NOW);

        long smsId = outbox.claim(Set.of("sms"), "node", NOW, NOW, 10).get(0).id();
        outbox.attempted(smsId, NOW, Delivery.retryLater("网关超时"), NOW.plusSeconds(30));
        assertThat(outbox.claim(Set.of("sms"), "node", NOW, NOW, 10)).isEmpty();
        assertThat(outbox.claim(Set.of("sms"), "node", NOW.plusSeconds(30), NOW, 10))
                .singleElement()
                .satisfies(m -> assertThat(m.attempts()).isEqualTo(1));
        outbox.attempted(smsId, NOW, Delivery.retryLater("网关超时"), null);
        assertThat(outbox.failed(0, 10).items()).singleElement().satisfies(m -> {
            assertThat(m.status()).isEqualTo(Message.Status.FAILED);
            assertThat(m.lastError()).isEqualTo("网关超时");
        });
        assertThat(outbox.counts())
                .isEqualTo(Map.of(
                        "inbox", Map.of(Message.Status.DELIVERED, 1L), "sms", Map.of(Message.Status.FAILED, 1L)));
        assertThat(outbox.resend(inboxId, NOW))
                .as("only failed messages are resent")
                .isEmpty();
        assertThat(outbox.resend(smsId, NOW))
                .hasValueSatisfying(m -> assertThat(m.attempts()).isZero());
        assertThat(outbox.claim(Set.of("sms"), "node", NOW, NOW, 10))
                .extracting(Message::id)
                .containsExactly(smsId);
        long attempts = database.read(em -> em.createQuery("SELECT COUNT(a) FROM DeliveryAttemptEntity a", Long.class)
                .getSingleResult());
        assertThat(attempts).as("every attempt is recorded").isEqualTo(3);
    }

    @Test
    void dueMessagesComeOldestFirstAndAtMostTheLimitOfEachChannel() {
        JpaOutboxStore outbox = new JpaOutboxStore(database);
        List<Long> inbox = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            inbox.add(outbox.queue(
                            new NewMessage("inbox", "deputy", "test", "站内" + i, "正文", Map.of()), NOW.plusSeconds(i))
                    .id());
        }
        long sms = outbox.queue(new NewMessage("sms", "deputy", "test", "短信", "正文", Map.of()), NOW)
                .id();
        outbox.queue(new NewMessage("email", "deputy", "test", "邮件", "正文", Map.of()), NOW);
        assertThat(outbox.claim(Set.of("inbox", "sms"), "node", NOW.plusSeconds(10), NOW, 2))
                .extracting(Message::id)
                .as("a busy channel does not crowd out another; no channel asked for comes")
                .containsExactlyInAnyOrder(inbox.get(0), inbox.get(1), sms);
        assertThat(outbox.claim(Set.of("inbox"), "node", NOW.plusSeconds(1), NOW, 10))
                .extracting(Message::id)
                .as("only what is due")
                .containsExactly(inbox.get(0), inbox.get(1));
    }

    @Test
    void aReminderGoesOutOnceWithItsMessages() {
        JpaReminderStore reminders = new JpaReminderStore(database);
        JpaOutboxStore outbox = new JpaOutboxStore(database);
        Item item = register(ItemKind.SUGGESTION, 2026, "提醒");
        NewMessage message = new NewMessage("inbox", "deputy", "item.reminder.due-7", "【期限提醒】", "正文", Map.of());
        assertThat(reminders.remindOnce(item.id(), "due-7:2026-12-27", List.of(message)))
                .isTrue();
        assertThat(reminders.remindOnce(item.id(), "due-7:2026-12-27", List.of(message)))
                .isFalse();
        assertThat(reminders.remindOnce(item.id(), "due-7:2027-01-27", List.of(message)))
                .as("a new deadline")
                .isTrue();
        assertThat(outbox.claim(
                        Set.of("inbox"),
                        "node",
                        NOW.plusSeconds(3600 * 24 * 400),
                        NOW.plusSeconds(3600 * 24 * 400),
                        10))
                .hasSize(2);
    }

    @Test
    void onlyAcceptedRepliesOfPublicItemsAreDisclosed() {
        Item item = register(ItemKind.SUGGESTION, 2026, "公开件");
        assign(item, LocalDate.of(2027, 2, 27));
        items.apply(item.id(), null, d -> drafting(d, draft(null, 1)));
        assertThat(items.disclosed(null, 0, 10).total()).isZero();
        Reply accepted = items.dossier(item.id())
                .orElseThrow()
                .replies()
                .get(0)
                .withState(Reply.State.ACCEPTED, "office", NOW, null);
        items.apply(
                item.id(),
                null,
                d -> List.of(change(
                        d.item(),
                        ItemAction.REVIEW_REPLY,
                        ItemStatus.REPLIED,
                        d.item().progress().replied(NOW),
                        accepted)));
        assertThat(items.disclosed(2026, 0, 10).items()).singleElement().satisfies(r -> {
            assertThat(r.label()).isEqualTo("2026年建议第1号");
            assertThat(r.text()).isEqualTo("正在解决，明年完成。");
            assertThat(r.unitName()).isEqualTo("县教育局");
        });
        assertThat(items.disclosed(2025, 0, 10).total()).isZero();
    }

    @Test
    void unitCodesAndUsernamesAreUnique() {
        assertThatThrownBy(() -> units.create(new Unit("edu", "重复")))
                .isInstanceOfSatisfying(
                        BanliException.class, e -> assertThat(e.problem()).isEqualTo(BanliException.Problem.CONFLICT));
        assertThatThrownBy(() -> users.create(
                        new User("deputy", "重复", Set.of(Role.SUBMITTER), null, null, null, false, NOW), "h"))
                .isInstanceOf(BanliException.class);
        assertThat(users.find("deputy"))
                .hasValueSatisfying(u -> assertThat(u.displayName()).isEqualTo("赵代表"));
        assertThat(users.passwordHash("deputy")).contains("hash");
        assertThat(units.list()).containsExactly(new Unit("edu", "县教育局"));
    }

    @Test
    void anAccountIsDisabledAndEditedWithItsAuditRecordWrittenInTheSameTransaction() {
        User deputy = users.find("deputy").orElseThrow();
        users.update(
                deputy.edited(new AccountEdit("赵代表\t二", deputy.roles(), null, null, "zhao@example.cn"))
                        .withDisabled(true),
                new AccountChange(
                        "deputy",
                        "admin",
                        NOW,
                        AccountChange.Kind.EDITED,
                        List.of(
                                new AccountChange.FieldChange("displayName", "赵代表", "赵代表\t二"),
                                new AccountChange.FieldChange("phone", "13800000000\\", null))));

        assertThat(users.find("deputy")).hasValueSatisfying(u -> {
            assertThat(u.disabled()).isTrue();
            assertThat(u.displayName()).isEqualTo("赵代表\t二");
            assertThat(u.email()).isEqualTo("zhao@example.cn");
        });
        assertThat(users.passwordHash("deputy"))
                .as("a disabled account has no password to check")
                .isEmpty();
        assertThat(users.changes("deputy"))
                .extracting(AccountChange::kind)
                .containsExactly(AccountChange.Kind.CREATED, AccountChange.Kind.EDITED);
        assertThat(users.changes("deputy").get(1).fields())
                .containsExactly(
                        new AccountChange.FieldChange("displayName", "赵代表", "赵代表\t二"),
                        new AccountChange.FieldChange("phone", "13800000000\\", null));

        users.updatePassword(
                "deputy",
                "new-hash",
                true,
                new AccountChange("deputy", "admin", NOW, AccountChange.Kind.PASSWORD_RESET));
        users.update(
                users.find("deputy").orElseThrow().withDisabled(false),
                new AccountChange("deputy", "admin", NOW, AccountChange.Kind.ENABLED));
        assertThat(users.passwordHash("deputy")).contains("new-hash");
        assertThat(users.find("deputy")).map(User::mustChangePassword).contains(true);
        assertThatThrownBy(() -> users.update(
                        new User("nobody", "无人", Set.of(Role.SUBMITTER), null, null, null, false, NOW),
                        new AccountChange("nobody", "admin", NOW, AccountChange.Kind.EDITED)))
                .isInstanceOfSatisfying(
                        BanliException.class, e -> assertThat(e.problem()).isEqualTo(BanliException.Problem.NOT_FOUND));
        assertThat(users.changes("nobody"))
                .as("nothing recorded for a refused change")
                .isEmpty();
    }

    @Test
    void anArchiveFillsAnEmptyDatabaseThatThenArchivesTheSameAndWorksOn() throws Exception {
        Item lunch = register(ItemKind.SUGGESTION, 2026, "关于“午餐”改善的建议🍚");
        assign(lunch, LocalDate.of(2027, 2, 27));
        register(ItemKind.PROPOSAL, 2026, "关于加快老旧小区改造的提案");
        byte[] archive = export(database);

        Database restored = emptyDatabase();
        try {
            DataArchive read = new JpaArchiveStore(restored).read(new ByteArrayInputStream(archive));
            assertThat(read.rows()).containsEntry("BANLI_ITEM", 2L).containsEntry("BANLI_UNIT", 1L);
            assertThat(entries(export(restored))).as("the same archive again").isEqualTo(entries(archive));

            items = new JpaItemStore(restored);
            assertThat(items.find(lunch.id()).orElseThrow().title()).isEqualTo("关于“午餐”改善的建议🍚");
            Item next = register(ItemKind.SUGGESTION, 2026, "恢复之后登记的建议");
            assertThat(next.number()).as("numbering carries on").isEqualTo(2);
            assertThat(next.id()).as("ids too").isGreaterThan(lunch.id());

            assertThatThrownBy(() -> new JpaArchiveStore(restored).read(new ByteArrayInputStream(archive)))
                    .isInstanceOfSatisfying(BanliException.class, e -> {
                        assertThat(e.problem()).isEqualTo(BanliException.Problem.CONFLICT);
                        assertThat(e.text().code()).isEqualTo(Text.Code.ARCHIVE_INTO_NON_EMPTY);
                    });
            assertThat(items.find(ItemQuery.page(0, 10)).total())
                    .as("nothing changed")
                    .isEqualTo(3);
        } finally {
            restored.close();
        }
    }

    @Test
    void aDamagedArchiveIsRefusedAndChangesNothing() throws Exception {
        register(ItemKind.SUGGESTION, 2026, "一件建议");
        Map<String, String> entries = entries(export(database));
        assertThat(entries.get("tables/BANLI_ITEM.jsonl")).contains("一件建议");
        entries.put("tables/BANLI_ITEM.jsonl", ""); // one row short of the manifest
        Database empty = emptyDatabase();
        try {
            new JpaUserStore(empty)
                    .create(new User("admin", "管理员", Set.of(Role.ADMIN), null, null, null, false, NOW), "h");
            assertThatThrownBy(() -> new JpaArchiveStore(empty).read(new ByteArrayInputStream(zip(entries))))
                    .isInstanceOfSatisfying(
                            RuleViolationException.class,
                            e -> assertThat(e.violations().get(0).text().code())
                                    .isEqualTo(Text.Code.ARCHIVE_UNREADABLE));
            assertThat(new JpaUserStore(empty).list())
                    .as("the first administrator is still there, nothing else")
                    .extracting(User::username)
                    .containsExactly("admin");
            assertThat(new JpaUnitStore(empty).list()).isEmpty();

            Map<String, String> otherFormat = entries(export(database));
            otherFormat.put(
                    JpaArchiveStore.MANIFEST,
                    otherFormat
                            .get(JpaArchiveStore.MANIFEST)
                            .replace("\"formatVersion\" : 1", "\"formatVersion\" : 2"));
            assertThatThrownBy(() -> new JpaArchiveStore(empty).read(new ByteArrayInputStream(zip(otherFormat))))
                    .isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining("归档格式或其版本不同");
        } finally {
            empty.close();
        }
    }

    @Test
    void anArchiveIsWhatItsPublishedSchemaDescribes() throws Exception {
        Item lunch = register(ItemKind.SUGGESTION, 2026, "关于“午餐”改善的建议🍚");
        assign(lunch, LocalDate.of(2027, 2, 27));
        Map<String, String> archive = entries(export(database));
        ObjectMapper json = new ObjectMapper();
        JsonNode schema = json.readTree(
                Path.of("../../docs/archive/banli-archive-1.schema.json").toFile());
        JsonNode manifest = json.readTree(archive.get(JpaArchiveStore.MANIFEST));
        assertThat(manifest.path("format").asText()).isEqualTo("banli-archive");
        Map<String, Map<String, String>> described = new TreeMap<>();
        schema.path("$defs").path("tables").fields().forEachRemaining(table -> {
            Map<String, String> columns = new TreeMap<>();
            table.getValue()
                    .path("properties")
                    .fields()
                    .forEachRemaining(column -> columns.put(
                            column.getKey(),
                            column.getValue().path("$ref").asText().replace("#/$defs/", "")));
            described.put(table.getKey(), columns);
        });
        Map<String, Map<String, String>> written = new TreeMap<>();
        for (JsonNode table : manifest.path("tables")) {
            Map<String, String> columns = new TreeMap<>();
            table.path("columns")
                    .fields()
                    .forEachRemaining(c -> columns.put(c.getKey(), c.getValue().asText()));
            written.put(table.path("name").asText(), columns);
        }
        assertThat(written)
                .as("every table and column, as docs/archive describes them")
                .isEqualTo(described);
        for (Map.Entry<String, Map<String, String>> table : written.entrySet()) {
            for (String line :
                    archive.get("tables/" + table.getKey() + ".jsonl").split("\n")) {
                if (line.isEmpty()) {
                    continue;
                }
                JsonNode row = json.readTree(line);
                assertThat(namesOf(row.fieldNames())).isEqualTo(table.getValue().keySet());
                table.getValue()
                        .forEach((column, kind) -> assertThat(fits(row.path(column), kind))
                                .as(table.getKey() + "." + column + " = " + row.path(column) + " is a " + kind)
                                .isTrue());
            }
        }
    }

    @Test
    void anItemsFileHoldsItAndWhatHangsOffItAndTheUnitsAndPeopleItNamesButNoCredentials() throws Exception {
        units.create(new Unit("tra", "县交通运输局"));
        units.create(new Unit("wsj", "县卫生健康局"));
        users.create(new User("bystander", "钱代表", Set.of(Role.SUBMITTER), null, "13900000000", null, false, NOW), "h2");
        Item lead = register(ItemKind.SUGGESTION, 2026, "关于“午餐”改善的建议🍚");
        Item member = register(ItemKind.SUGGESTION, 2026, "关于学校食堂的建议");
        Item other = register(ItemKind.PROPOSAL, 2026, "关于加快老旧小区改造的提案");
        step(lead.id(), null, d -> merging(d, member));
        assign(lead, LocalDate.of(2027, 2, 27), "tra");
        assign(other, LocalDate.of(2027, 2, 27), "wsj");
        step(
                lead.id(),
                null,
                d -> drafting(
                        d,
                        draft(
                                null,
                                1,
                                new Commitment(null, "修缮食堂", LocalDate.of(2027, 6, 30), null, null, null, null))));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataArchive file = new JpaArchiveStore(database).writeItemFile(lead.id(), "2026年建议第1号", out, NOW);
        assertThat(file.item()).isEqualTo("2026年建议第1号");
        assertThat(file.rows())
                .containsEntry("BANLI_ITEM", 2L) // the item and the one merged into it
                .containsEntry("BANLI_CO_UNIT", 1L)
                .containsEntry("BANLI_REPLY", 1L)
                .containsEntry("BANLI_COMMITMENT", 1L)
                .containsEntry("BANLI_UNIT", 2L) // its host and its co-unit
                .containsEntry("BANLI_USER", 1L) // its submitter
                .doesNotContainKeys("BANLI_MESSAGE", "BANLI_NUMBER_SERIES");
        Map<String, String> entries = entries(out.toByteArray());
        assertThat(entries.keySet())
                .as("the manifest, then parents before children")
                .startsWith(
                        JpaArchiveStore.MANIFEST,
                        "tables/BANLI_UNIT.jsonl",
                        "tables/BANLI_USER.jsonl",
                        "tables/BANLI_ITEM.jsonl");
        assertThat(entries.get("tables/BANLI_ITEM.jsonl"))
                .contains("关于“午餐”改善的建议", "关于学校食堂的建议")
                .doesNotContain("老旧小区");
        assertThat(entries.get("tables/BANLI_UNIT.jsonl"))
                .contains("县教育局", "县交通运输局")
                .doesNotContain("卫生健康");
        assertThat(entries.get("tables/BANLI_USER.jsonl"))
                .contains("赵代表", "\"PASSWORDHASH\":null", "\"PHONE\":null")
                .doesNotContain("13800000000", "钱代表", "hash");
        assertThat(entries.get("tables/BANLI_COMMITMENT.jsonl")).contains("修缮食堂");
        assertThat(new ObjectMapper()
                        .readTree(entries.get(JpaArchiveStore.MANIFEST))
                        .path("item")
                        .asText())
                .isEqualTo("2026年建议第1号");

        Database empty = emptyDatabase();
        try {
            assertThatThrownBy(() -> new JpaArchiveStore(empty).read(new ByteArrayInputStream(out.toByteArray())))
                    .as("an item's file restores nothing")
                    .isInstanceOfSatisfying(
                            RuleViolationException.class,
                            e -> assertThat(e.violations().get(0).text().bilingual())
                                    .contains("这是一件建议提案的案卷", "2026年建议第1号"));
            assertThat(new JpaUnitStore(empty).list()).isEmpty();
        } finally {
            empty.close();
        }
    }

    private static java.util.Set<String> namesOf(java.util.Iterator<String> names) {
        java.util.Set<String> set = new java.util.TreeSet<>();
        names.forEachRemaining(set::add);
        return set;
    }

    /** A value of the kind the schema names (its $defs: integer, decimal, boolean, string, timestamp, date). */
    private static boolean fits(JsonNode value, String kind) {
        return value.isNull()
                || switch (kind) {
                    case "integer" -> value.isIntegralNumber();
                    case "decimal" -> value.isNumber();
                    case "boolean" -> value.isBoolean();
                    case "string" -> value.isTextual();
                    case "timestamp" ->
                        value.isTextual()
                                && value.asText().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}");
                    case "date" -> value.isTextual() && value.asText().matches("\\d{4}-\\d{2}-\\d{2}");
                    default -> false;
                };
    }

    @Test
    void loginsAreKeptForEveryNodeAndEndedByAccountOrAge() {
        JpaLoginStore logins = new JpaLoginStore(database);
        logins.save(new LoginSession("a".repeat(64), "deputy", "csrf-1", NOW, NOW));
        logins.save(new LoginSession("b".repeat(64), "deputy", "csrf-2", NOW, NOW.plusSeconds(60)));
        logins.save(new LoginSession("c".repeat(64), "office", "csrf-3", NOW, NOW));
        JpaLoginStore otherNode = new JpaLoginStore(database);
        assertThat(otherNode.find("a".repeat(64))).map(LoginSession::csrfToken).contains("csrf-1");
        assertThat(otherNode.of("deputy")).extracting(LoginSession::csrfToken).containsExactly("csrf-1", "csrf-2");
        otherNode.seen("a".repeat(64), NOW.plusSeconds(120));
        assertThat(logins.of("deputy")).extracting(LoginSession::csrfToken).containsExactly("csrf-2", "csrf-1");
        logins.deleteAll("deputy", "b".repeat(64));
        assertThat(otherNode.of("deputy")).extracting(LoginSession::csrfToken).containsExactly("csrf-2");
        logins.deleteExpired(NOW.plusSeconds(30), NOW.minusSeconds(1));
        assertThat(otherNode.find("c".repeat(64)))
                .as("idle since before the cutoff")
                .isEmpty();
        assertThat(otherNode.find("b".repeat(64))).isPresent();
        logins.delete("b".repeat(64));
        assertThat(otherNode.find("b".repeat(64))).isEmpty();
    }

    @Test
    void twoNodesClaimingTheOutboxAtOnceEachGetEveryMessageOnceAndADeadNodesClaimsRunOut() throws Exception {
        JpaOutboxStore outbox = new JpaOutboxStore(database);
        for (int i = 0; i < 200; i++) {
            outbox.queue(new NewMessage("inbox", "deputy", "item.assigned", "消息" + i, "正文", Map.of()), NOW);
        }
        Database otherNode = new Database(dataSource, () -> {});
        try {
            List<JpaOutboxStore> nodes = List.of(outbox, new JpaOutboxStore(otherNode));
            Instant until = NOW.plusSeconds(3600);
            List<Callable<List<Long>>> dispatchers = new ArrayList<>();
            java.util.concurrent.atomic.AtomicInteger total = new java.util.concurrent.atomic.AtomicInteger();
            for (int d = 0; d < 8; d++) {
                JpaOutboxStore node = nodes.get(d % 2);
                String name = "node-" + (d % 2) + "-" + d;
                dispatchers.add(() -> {
                    List<Long> claimed = new ArrayList<>();
                    // A round may win nothing while others take the same rows; the dispatcher simply tries again.
                    for (int round = 0; round < 1000 && total.get() < 200; round++) {
                        List<Message> batch = node.claim(Set.of("inbox"), name, NOW, until, 7);
                        batch.forEach(m -> claimed.add(m.id()));
                        total.addAndGet(batch.size());
                    }
                    return claimed;
                });
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Long> all = new ArrayList<>();
            try {
                for (Future<List<Long>> claimed : pool.invokeAll(dispatchers)) {
                    all.addAll(claimed.get());
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(all).as("every message claimed, none twice").hasSize(200).doesNotHaveDuplicates();
            assertThat(outbox.claim(Set.of("inbox"), "late", NOW.plusSeconds(60), until, 500))
                    .isEmpty();
            assertThat(nodes.get(1).claim(Set.of("inbox"), "survivor", until, until.plusSeconds(60), 500))
                    .as("claims of a node that never recorded its attempts run out")
                    .hasSize(200);
        } finally {
            otherNode.close();
        }
    }

    @Test
    void ofTwoNodesClaimingAScheduledRunAtOnceOneGetsItAndOldRunsAreForgotten() throws Exception {
        Database otherNode = new Database(dataSource, () -> {});
        try {
            Instant due = Instant.parse("2026-12-02T13:00:00Z");
            List<JpaScheduleStore> nodes = List.of(
                    new JpaScheduleStore(database, java.time.Clock.fixed(due.plusSeconds(60), ZoneOffset.UTC)),
                    new JpaScheduleStore(otherNode, java.time.Clock.fixed(due.plusSeconds(60), ZoneOffset.UTC)));
            List<Callable<Boolean>> claims = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                JpaScheduleStore node = nodes.get(t % 2);
                String name = "node-" + t;
                claims.add(() -> node.claimRun("reminders", due, name));
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            long won = 0;
            try {
                for (Future<Boolean> claim : pool.invokeAll(claims)) {
                    won += claim.get() ? 1 : 0;
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(won)
                    .as("eight claims of one run at once, on two nodes: one wins")
                    .isEqualTo(1);
            assertThat(nodes.get(1).claimRun("reminders", due.plusSeconds(3600), "node-1"))
                    .as("the next run is free")
                    .isTrue();
            assertThat(nodes.get(0).claimRun("outbox-sweep", due, "node-0"))
                    .as("another job's")
                    .isTrue();

            JpaScheduleStore later = new JpaScheduleStore(
                    database,
                    java.time.Clock.fixed(due.plus(JpaScheduleStore.KEPT).plusSeconds(3600), ZoneOffset.UTC));
            assertThat(later.claimRun("reminders", due.plus(JpaScheduleStore.KEPT), "node-0"))
                    .isTrue();
            assertThat(later.claimRun("reminders", due, "node-0"))
                    .as("a run past its keeping is forgotten: claimed long ago, it may be claimed again")
                    .isTrue();
        } finally {
            otherNode.close();
        }
    }

    @Test
    void failuresCountedOnTwoNodesFromManyThreadsAtOnceAreCountedExactlyAndForgotten() throws Exception {
        Database otherNode = new Database(dataSource, () -> {});
        try {
            List<JpaLoginFailureStore> nodes =
                    List.of(new JpaLoginFailureStore(database), new JpaLoginFailureStore(otherNode));
            List<Callable<Void>> counters = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                JpaLoginFailureStore node = nodes.get(t % 2);
                counters.add(() -> {
                    for (int i = 0; i < 25; i++) {
                        node.change(
                                "account li.si from 10.0.0.9", f -> new Failures(f.count() + 1, NOW.plusSeconds(1000)));
                    }
                    return null;
                });
            }
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                for (Future<Void> counted : pool.invokeAll(counters)) {
                    counted.get();
                }
            } finally {
                pool.shutdownNow();
            }
            nodes.get(0).change("client 10.0.0.9", f -> new Failures(3, NOW));
            assertThat(nodes.get(1).find(List.of("account li.si from 10.0.0.9", "client 10.0.0.9", "client other")))
                    .as("no increment lost between the read and the write, none on another node either")
                    .containsOnlyKeys("account li.si from 10.0.0.9", "client 10.0.0.9")
                    .extractingByKey("account li.si from 10.0.0.9")
                    .extracting(Failures::count)
                    .isEqualTo(200);
            assertThat(nodes.get(1).change("client 10.0.0.9", f -> Failures.NONE))
                    .isEqualTo(Failures.NONE);
            assertThat(nodes.get(0).find(List.of("client 10.0.0.9")))
                    .as("a count of 0 is deleted")
                    .isEmpty();
            nodes.get(1).forgetBefore(NOW.plusSeconds(800));
            assertThat(nodes.get(0).find(List.of("account li.si from 10.0.0.9")))
                    .as("its last failure after the cutoff")
                    .isNotEmpty();
            nodes.get(1).forgetBefore(NOW.plusSeconds(3600));
            assertThat(nodes.get(0).find(List.of("account li.si from 10.0.0.9")))
                    .isEmpty();
        } finally {
            otherNode.close();
        }
    }

    /** The change of drafting {@code reply} (拟写答复) on the item as it is. */
    private static List<ItemChange> drafting(Dossier d, Reply reply) {
        return List.of(change(
                d.item(), ItemAction.DRAFT_REPLY, ItemStatus.HANDLING, d.item().progress(), reply));
    }

    /** The changes of merging {@code members}, each as it was read, into the lead item (并案). */
    private static List<ItemChange> merging(Dossier lead, Item... members) {
        List<ItemChange> changes = new ArrayList<>();
        changes.add(change(
                lead.item(),
                ItemAction.MERGE,
                ItemStatus.REGISTERED,
                lead.item().progress()));
        for (Item member : members) {
            changes.add(new ItemChange(
                    member.id(),
                    member.version(),
                    ItemAction.MERGE,
                    "office",
                    NOW,
                    ItemStatus.REGISTERED,
                    null,
                    member.progress().merged(lead.item().id()),
                    List.of()));
        }
        return changes;
    }

    private static byte[] export(Database from) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JpaArchiveStore(from).write(out, NOW);
        return out.toByteArray();
    }

    private static Database emptyDatabase() {
        EmbeddedDataSource empty = new EmbeddedDataSource();
        empty.setDatabaseName("memory:" + UUID.randomUUID());
        empty.setCreateDatabase("create");
        return new Database(empty, () -> {});
    }

    /** A zip's entries by name, in their order. */
    private static Map<String, String> entries(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
