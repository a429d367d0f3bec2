package org.banli.store.jpa.internal;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.banli.api.item.Contact;
import org.banli.api.item.ContactMethod;
import org.banli.api.item.ContactPhase;
import org.banli.api.item.Dossier;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ItemStatus;
import org.banli.api.item.LimitReason;
import org.banli.api.item.Rating;
import org.banli.api.item.Reply;
import org.banli.api.item.ReplyClass;
import org.banli.api.item.Satisfaction;
import org.banli.api.item.Urgency;
import org.banli.api.unit.Unit;
import org.banli.api.user.Role;
import org.banli.api.user.User;
import org.banli.store.spi.MetricsStore;
import org.banli.store.spi.UnitStore;

/**
 * A county's year for benchmarks, written straight through JPA in large transactions: units,
 * items assigned through the year, and for most of them contacts, accepted replies and ratings.
 */
public final class BenchmarkCounty implements AutoCloseable {

    private final EmbeddedDataSource dataSource = new EmbeddedDataSource();
    private final Database database;

    public BenchmarkCounty(String folder) {
        dataSource.setDatabaseName(folder);
        dataSource.setCreateDatabase("create");
        database = new Database(dataSource, () -> {});
    }

    public MetricsStore metrics() {
        return new JpaMetricsStore(database);
    }

    public UnitStore units() {
        return new JpaUnitStore(database);
    }

    /** Fills the county: {@code items} items of 2026 spread over {@code unitCount} units. */
    public void fill(int unitCount, int items) {
        JpaUnitStore units = new JpaUnitStore(database);
        for (int u = 0; u < unitCount; u++) {
            units.create(new Unit(code(u), "县第" + u + "局"));
        }
        new JpaUserStore(database)
                .create(
                        new User(
                                "deputy",
                                "赵代表",
                                Set.of(Role.SUBMITTER),
                                null,
                                null,
                                null,
                                false,
                                Instant.parse("2026-01-01T00:00:00Z")),
                        "hash");
        int batch = 1000;
        for (int start = 0; start < items; start += batch) {
            int from = start;
            int to = Math.min(items, start + batch);
            database.inTransaction(em -> {
                UserEntity deputy = em.createQuery(
                                "SELECT u FROM UserEntity u WHERE u.username = 'deputy'", UserEntity.class)
                        .getSingleResult();
                Map<String, UnitEntity> hosts = new HashMap<>();
                em.createQuery("SELECT u FROM UnitEntity u", UnitEntity.class)
                        .getResultList()
                        .forEach(u -> hosts.put(u.code, u));
                for (int i = from; i < to; i++) {
                    item(em, i, deputy, hosts.get(code(i % unitCount)));
                }
                return null;
            });
        }
    }

    private static String code(int unit) {
        return "u" + unit;
    }

    private static void item(EntityManager em, int i, UserEntity deputy, UnitEntity host) {
        LocalDate assigned = LocalDate.of(2026, 1, 5).plusDays(i % 300);
        Instant at = assigned.atTime(2, 0).toInstant(ZoneOffset.UTC);
        ItemEntity item = new ItemEntity();
        item.kind = i % 3 == 0 ? ItemKind.PROPOSAL : ItemKind.SUGGESTION;
        item.year = 2026;
        item.number = i + 1;
        item.title = "关于第" + i + "件事项的建议";
        item.body = "正文";
        item.submitter = deputy;
        item.keyItem = i % 25 == 0;
        item.urgency = Urgency.NORMAL;
        item.status = i % 5 == 0 ? ItemStatus.HANDLING : i % 2 == 0 ? ItemStatus.CLOSED : ItemStatus.REPLIED;
        item.hostUnit = host;
        item.deadline = assigned.plusMonths(3);
        item.registeredAt = at;
        item.registeredBy = "office";
        item.assignedAt = at;
        em.persist(item);
        List<Contact> contacts = new ArrayList<>();
        List<Reply> replies = new ArrayList<>();
        List<Rating> ratings = new ArrayList<>();
        if (i % 10 < 7) {
            contacts.add(new Contact(
                    null,
                    host.code,
                    ContactPhase.BEFORE,
                    i % 2 == 0 ? ContactMethod.VISIT : ContactMethod.PHONE,
                    assigned.plusDays(10),
                    "代表",
                    "听取意见",
                    "h",
                    at,
                    null,
                    null,
                    null));
            ContactEntity contact = new ContactEntity();
            contact.set(contacts.get(0));
            contact.item = item;
            em.persist(contact);
        }
        if (i % 5 != 0) {
            LocalDate accepted = assigned.plusDays(60 + i % 40);
            ReplyClass replyClass = ReplyClass.values()[i % 3];
            replies.add(new Reply(
                    null,
                    1,
                    Reply.State.ACCEPTED,
                    replyClass,
                    replyClass == ReplyClass.C ? LimitReason.BEYOND_COUNTY_FINANCES : null,
                    "答复正文",
                    List.of(),
                    "局长",
                    "张科长",
                    "0571-88886666",
                    null,
                    host.code,
                    "h",
                    at,
                    List.of(),
                    "head",
                    at,
                    1 + i % 4 / 3,
                    at,
                    "office",
                    accepted.atTime(2, 0).toInstant(ZoneOffset.UTC),
                    null,
                    item.deadline,
                    accepted));
            ReplyEntity reply = new ReplyEntity();
            reply.set(replies.get(0));
            reply.item = item;
            em.persist(reply);
            ratings.add(new Rating(
                    null,
                    1,
                    i % 7 == 0 ? Satisfaction.UNSATISFIED : Satisfaction.SATISFIED,
                    null,
                    null,
                    null,
                    "deputy",
                    "10.0.0.1",
                    accepted.plusDays(5).atTime(2, 0).toInstant(ZoneOffset.UTC),
                    null));
            RatingEntity rating = new RatingEntity();
            rating.set(ratings.get(0));
            rating.item = item;
            em.persist(rating);
        }
        // What a step would keep of the file it wrote.
        item.facts = AssessedFacts.of(new Dossier(
                item.toItem(), List.of(), contacts, List.of(), replies, ratings, List.of(), List.of(), List.of()));
    }

    /**
     * The baseline: one hand-written SQL statement over the item, reply and rating rows counting, per
     * unit code, items, replied, closed and satisfied items.
     */
    public Map<String, long[]> rawAggregation() throws SQLException {
        String sql =
                "SELECT u.CODE, COUNT(i.ID), COUNT(r.ITEM_ID), SUM(CASE WHEN i.STATUS = 'CLOSED' THEN 1 ELSE 0 END),"
                        + " COUNT(g.ITEM_ID) FROM BANLI_ITEM i JOIN BANLI_UNIT u ON u.ID = i.HOSTUNIT_ID"
                        + " LEFT JOIN (SELECT DISTINCT ITEM_ID FROM BANLI_REPLY WHERE REPLY_STATE = 'ACCEPTED') r ON r.ITEM_ID = i.ID"
                        + " LEFT JOIN (SELECT DISTINCT ITEM_ID FROM BANLI_RATING WHERE SATISFACTION = 'SATISFIED') g"
                        + " ON g.ITEM_ID = i.ID WHERE i.ASSIGNEDAT >= ? AND i.ASSIGNEDAT < ? GROUP BY u.CODE";
        Map<String, long[]> rows = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                var statement = connection.prepareStatement(sql)) {
            statement.setTimestamp(1, java.sql.Timestamp.from(Instant.parse("2025-12-31T16:00:00Z")));
            statement.setTimestamp(2, java.sql.Timestamp.from(Instant.parse("2026-12-31T16:00:00Z")));
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.put(
                            result.getString(1),
                            new long[] {result.getLong(2), result.getLong(3), result.getLong(4), result.getLong(5)});
                }
            }
        }
        return rows;
    }

    /** Lets go of the database's files. */
    @Override
    public void close() {
        database.close();
        try (Connection ignored = shutdown()) {
            // the shutdown itself answers with an exception
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an error
        }
    }

    private Connection shutdown() throws SQLException {
        EmbeddedDataSource stop = new EmbeddedDataSource();
        stop.setDatabaseName(dataSource.getDatabaseName());
        stop.setShutdownDatabase("shutdown");
        return stop.getConnection();
    }
}
