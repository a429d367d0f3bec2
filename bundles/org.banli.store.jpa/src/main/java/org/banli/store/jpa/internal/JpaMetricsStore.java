package org.banli.store.jpa.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.banli.api.assessment.CoHandlingFacts;
import org.banli.api.assessment.ItemFacts;
import org.banli.api.assessment.Metric;
import org.banli.api.assessment.Ratio;
import org.banli.api.item.Item;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ItemStatus;
import org.banli.api.item.Reply;
import org.banli.api.item.ReplyClass;
import org.banli.api.item.Satisfaction;
import org.banli.store.spi.MetricsStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The metrics of DESIGN.md §4 as sums over the item table: each item keeps its {@link AssessedFacts}
 * (derived from its file by every step), so a year's figures are one GROUP BY per question over one
 * table, and only promises, which fall due with the days, are counted from their own rows.
 */
@Component(service = MetricsStore.class)
public class JpaMetricsStore implements MetricsStore {

    private static final Logger LOG = LoggerFactory.getLogger(JpaMetricsStore.class);
    private static final int CATCH_UP_BATCH = 500;

    /** The items counted: hosted, assigned in the window. */
    private static final String WINDOW =
            " AND e.hostUnitId IS NOT NULL AND e.assignedAt >= :from AND e.assignedAt < :to";

    private static final String PROMISES =
            " FROM CommitmentEntity c JOIN c.reply r JOIN r.item e WHERE r.state = :accepted"
                    + " AND c.dueDate <= :today" + WINDOW;
    private static final String KEPT =
            "SUM(CASE WHEN c.doneOn IS NOT NULL AND c.doneOn <= c.dueDate THEN 1 ELSE 0 END)";

    private final Database database;
    /** Set once no item lacks its facts: every item stored since is written with them. */
    private volatile boolean factsComplete;

    @Activate
    public JpaMetricsStore(@Reference Database database) {
        this.database = database;
    }

    @Override
    public Map<String, Map<Metric, Ratio>> unitMetrics(
            Instant from, Instant to, ItemKind kind, boolean keyItems, LocalDate today) {
        String filter = (kind == null ? "" : " AND e.kind = :kind") + (keyItems ? " AND e.keyItem = TRUE" : "");
        completeFacts();
        return database.read(em -> {
            List<Object[]> rows = rows(
                    em,
                    "SELECT e.hostUnitId, COUNT(e), SUM(e.facts.replied), SUM(e.facts.onTime), SUM(e.facts.met),"
                            + " SUM(e.facts.rated), SUM(e.facts.satisfied), SUM(e.facts.firstSatisfied),"
                            + " SUM(CASE WHEN e.status = :closed THEN 1 ELSE 0 END), SUM(e.facts.classA), SUM(e.facts.repliesDecided),"
                            + " SUM(e.facts.repliesAcceptedFirstTime) FROM ItemEntity e WHERE 1 = 1" + WINDOW + filter
                            + " GROUP BY e.hostUnitId",
                    null,
                    from,
                    to,
                    kind,
                    today);
            Map<Long, long[]> promises = new HashMap<>();
            rows(
                            em,
                            "SELECT e.hostUnitId, COUNT(c), " + KEPT + PROMISES + filter + " GROUP BY e.hostUnitId",
                            null,
                            from,
                            to,
                            kind,
                            today)
                    .forEach(row -> promises.put((Long) row[0], new long[] {number(row[1]), number(row[2])}));
            long all = rows.stream().mapToLong(row -> number(row[1])).sum();
            Map<Long, String> codes = database.keys()
                    .unitCodes(em, rows.stream().map(row -> (Long) row[0]).toList());
            Map<String, Map<Metric, Ratio>> units = new TreeMap<>();
            for (Object[] row : rows) {
                long assigned = number(row[1]);
                long replied = number(row[2]);
                long rated = number(row[5]);
                long[] due = promises.getOrDefault((Long) row[0], new long[2]);
                Map<Metric, Ratio> metrics = new EnumMap<>(Metric.class);
                // A unit's count is its share of all items assigned in the window.
                metrics.put(Metric.HANDLED_COUNT, new Ratio(assigned, all));
                metrics.put(Metric.REPLY_RATE, new Ratio(replied, assigned));
                metrics.put(Metric.ON_TIME_RATE, new Ratio(number(row[3]), assigned));
                metrics.put(Metric.MEETING_RATE, new Ratio(number(row[4]), assigned));
                metrics.put(Metric.SATISFACTION_RATE, new Ratio(number(row[6]), rated));
                metrics.put(Metric.FIRST_SATISFACTION_RATE, new Ratio(number(row[7]), rated));
                metrics.put(Metric.COMPLETION_RATE, new Ratio(number(row[8]), assigned));
                metrics.put(Metric.EFFECT, new Ratio(number(row[9]), replied));
                metrics.put(Metric.STANDARDIZATION, new Ratio(number(row[11]), number(row[10])));
                metrics.put(Metric.COMMITMENTS_KEPT, new Ratio(due[1], due[0]));
                units.put(codes.get((Long) row[0]), metrics);
            }
            return units;
        });
    }

    @Override
    public Map<String, Long> coHandled(Instant from, Instant to, ItemKind kind) {
        String jpql = "SELECT c.unitCode, COUNT(DISTINCT i.id) FROM CoUnitEntity c JOIN c.item i"
                + " WHERE c.releasedAt IS NULL AND i.assignedAt >= :from AND i.assignedAt < :to"
                + (kind == null ? "" : " AND i.kind = :kind") + " GROUP BY c.unitCode";
        return database.read(em -> {
            Map<String, Long> counts = new HashMap<>();
            rows(em, jpql, null, from, to, kind, null).forEach(row -> counts.put((String) row[0], number(row[1])));
            return counts;
        });
    }

    @Override
    public Map<ReplyClass, Long> replyClasses(Instant from, Instant to, ItemKind kind) {
        completeFacts();
        return database.read(em -> {
            Map<ReplyClass, Long> classes = new EnumMap<>(ReplyClass.class);
            rows(
                            em,
                            "SELECT e.facts.replyClass, COUNT(e) FROM ItemEntity e WHERE e.facts.replied = 1" + WINDOW
                                    + (kind == null ? "" : " AND e.kind = :kind") + " GROUP BY e.facts.replyClass",
                            null,
                            from,
                            to,
                            kind,
                            null)
                    .forEach(row -> classes.put((ReplyClass) row[0], number(row[1])));
            return classes;
        });
    }

    @Override
    public long rehandled(Instant from, Instant to, ItemKind kind) {
        String jpql = "SELECT COUNT(e) FROM ItemEntity e WHERE e.round >= 2" + WINDOW
                + (kind == null ? "" : " AND e.kind = :kind");
        return database.read(em -> {
            TypedQuery<Long> query = em.createQuery(jpql, Long.class);
            bindAll(query, jpql, from, to, kind, null);
            return query.getSingleResult();
        });
    }

    @Override
    public Map<String, List<ItemFacts>> hostedItems(
            Instant from, Instant to, ItemKind kind, String unitCode, LocalDate today) {
        String filter =
                (kind == null ? "" : " AND e.kind = :kind") + (unitCode == null ? "" : " AND e.hostUnitId = :unit");
        completeFacts();
        return database.read(em -> {
            Long unitId = unitCode == null ? null : database.keys().unitId(em, unitCode);
            Map<Long, long[]> promises = new HashMap<>();
            rows(
                            em,
                            "SELECT e.id, COUNT(c), " + KEPT + PROMISES + filter + " GROUP BY e.id",
                            unitId,
                            from,
                            to,
                            kind,
                            today)
                    .forEach(row -> promises.put((Long) row[0], new long[] {number(row[1]), number(row[2])}));
            List<Object[]> rows = rows(
                    em,
                    "SELECT e.id, e.kind, e.year, e.number, e.keyItem, e.status, e.deadline,"
                            + " e.hostUnitId, e.facts.replied, e.facts.onTime, e.facts.met, e.facts.acceptedFirstTime,"
                            + " e.facts.replyClass, e.facts.satisfaction"
                            + " FROM ItemEntity e WHERE 1 = 1" + WINDOW + filter
                            + " ORDER BY e.year, e.kind, e.number",
                    unitId,
                    from,
                    to,
                    kind,
                    today);
            Map<Long, String> codes = database.keys()
                    .unitCodes(em, rows.stream().map(row -> (Long) row[7]).toList());
            Map<String, List<ItemFacts>> facts = new TreeMap<>();
            for (Object[] row : rows) {
                long id = (Long) row[0];
                LocalDate deadline = (LocalDate) row[6];
                boolean replied = number(row[8]) == 1;
                boolean onTime = number(row[9]) == 1;
                boolean late = replied ? !onTime : deadline != null && deadline.isBefore(today);
                long[] due = promises.getOrDefault(id, new long[2]);
                facts.computeIfAbsent(codes.get((Long) row[7]), u -> new ArrayList<>())
                        .add(new ItemFacts(
                                id,
                                Item.label((ItemKind) row[1], (Integer) row[2], (Integer) row[3]),
                                (Boolean) row[4],
                                replied,
                                onTime,
                                late,
                                number(row[10]) == 1,
                                number(row[11]) == 1,
                                (ReplyClass) row[12],
                                (Satisfaction) row[13],
                                row[5] == ItemStatus.CLOSED,
                                due[0],
                                due[1]));
            }
            return facts;
        });
    }

    @Override
    public List<CoHandlingFacts> coHandledItems(
            Instant from, Instant to, ItemKind kind, String unitCode, ZoneId zone, LocalDate today) {
        String jpql = "SELECT i.id, i.kind, i.year, i.number, i.hostUnit.code, c.opinionAt, i.deadline"
                + " FROM CoUnitEntity c JOIN c.item i WHERE c.unitCode = :unit AND c.releasedAt IS NULL"
                + " AND i.assignedAt >= :from AND i.assignedAt < :to" + (kind == null ? "" : " AND i.kind = :kind")
                + " ORDER BY i.year, i.kind, i.number";
        return database.read(em -> rows(em, jpql, unitCode, from, to, kind, null).stream()
                .map(row -> {
                    Instant opinion = (Instant) row[5];
                    LocalDate deadline = (LocalDate) row[6];
                    Long lead = opinion == null || deadline == null
                            ? null
                            : ChronoUnit.DAYS.between(LocalDate.ofInstant(opinion, zone), deadline);
                    return new CoHandlingFacts(
                            (Long) row[0],
                            Item.label((ItemKind) row[1], (Integer) row[2], (Integer) row[3]),
                            (String) row[4],
                            lead,
                            deadline == null ? 0 : ChronoUnit.DAYS.between(today, deadline));
                })
                .toList());
    }

    private static List<Object[]> rows(
            EntityManager em, String jpql, Object unit, Instant from, Instant to, ItemKind kind, LocalDate today) {
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class);
        bindAll(query, jpql, from, to, kind, today);
        bind(query, jpql, "unit", unit);
        return query.getResultList();
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /**
     * Derives the facts of the items stored before facts were kept (once, at the first assessment after
     * an upgrade), each from its file as a step would; an item a step writes meanwhile keeps the step's.
     */
    private void completeFacts() {
        if (factsComplete) {
            return;
        }
        synchronized (this) {
            if (factsComplete) {
                return;
            }
            List<Long> missing = database.read(em -> em.createQuery(
                            "SELECT e.id FROM ItemEntity e WHERE e.facts.replied IS NULL ORDER BY e.id", Long.class)
                    .getResultList());
            if (!missing.isEmpty()) {
                LOG.info("Deriving the assessment facts of {} items stored before facts were kept", missing.size());
            }
            for (int start = 0; start < missing.size(); start += CATCH_UP_BATCH) {
                List<Long> batch = missing.subList(start, Math.min(missing.size(), start + CATCH_UP_BATCH));
                database.inTransaction(em -> {
                    batch.forEach(id -> keepFacts(em, id));
                    return null;
                });
                LOG.info(
                        "Assessment facts derived for {} of {} items",
                        Math.min(missing.size(), start + CATCH_UP_BATCH),
                        missing.size());
            }
            factsComplete = true;
        }
    }

    /** Writes the facts in SQL, which counts no version (JPQL would): the item itself did not change. */
    private static void keepFacts(EntityManager em, long id) {
        ItemEntity item = em.find(ItemEntity.class, id);
        if (item == null) {
            return;
        }
        AssessedFacts f = AssessedFacts.of(JpaItemStore.dossierOf(em, item));
        em.createNativeQuery(
                        "UPDATE BANLI_ITEM SET FACT_REPLIED = ?, FACT_ON_TIME = ?, FACT_MET = ?, FACT_FIRST_TIME = ?,"
                                + " FACT_REPLIES_DECIDED = ?, FACT_REPLIES_FIRST_TIME = ?, FACT_REPLY_CLASS = ?, FACT_CLASS_A = ?,"
                                + " FACT_SATISFACTION = ?, FACT_RATED = ?, FACT_SATISFIED = ?, FACT_FIRST_SATISFIED = ?"
                                + " WHERE ID = ? AND FACT_REPLIED IS NULL")
                .setParameter(1, f.replied)
                .setParameter(2, f.onTime)
                .setParameter(3, f.met)
                .setParameter(4, f.acceptedFirstTime)
                .setParameter(5, f.repliesDecided)
                .setParameter(6, f.repliesAcceptedFirstTime)
                .setParameter(7, name(f.replyClass))
                .setParameter(8, f.classA)
                .setParameter(9, name(f.satisfaction))
                .setParameter(10, f.rated)
                .setParameter(11, f.satisfied)
                .setParameter(12, f.firstSatisfied)
                .setParameter(13, id)
                .executeUpdate();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** Binds those of the shared parameters that the query names. */
    private static void bindAll(
            TypedQuery<?> query, String jpql, Instant from, Instant to, ItemKind kind, LocalDate today) {
        bind(query, jpql, "from", from);
        bind(query, jpql, "to", to);
        bind(query, jpql, "kind", kind);
        bind(query, jpql, "today", today);
        bind(query, jpql, "accepted", Reply.State.ACCEPTED);
        bind(query, jpql, "closed", ItemStatus.CLOSED);
    }

    private static void bind(TypedQuery<?> query, String jpql, String name, Object value) {
        if (jpql.matches("(?s).*:" + name + "\\b.*")) {
            query.setParameter(name, value);
        }
    }
}
