package org.banli.store.jpa.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.banli.api.assessment.CoHandlingFacts;
import org.banli.api.assessment.ItemFacts;
import org.banli.api.assessment.Metric;
import org.banli.api.assessment.Ratio;
import org.banli.api.item.ContactMethod;
import org.banli.api.item.Item;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ItemStatus;
import org.banli.api.item.Reply;
import org.banli.api.item.ReplyClass;
import org.banli.api.item.Satisfaction;
import org.banli.api.store.MetricsStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The metrics of DESIGN.md §4 as GROUP BY queries, one count per metric part and host unit:
 * the database counts, Banli reads a few numbers per unit. Every condition below is the
 * design's definition written as a query.
 */
@Component(service = MetricsStore.class)
public class JpaMetricsStore implements MetricsStore {

    /** Items assigned in the window, hosted by a unit; {@code i} is the item. */
    private static final String ASSIGNED = " FROM ItemEntity i WHERE i.hostUnit IS NOT NULL"
            + " AND i.assignedAt >= :from AND i.assignedAt < :to";
    /*
     * Every condition is an uncorrelated IN (subquery): Derby evaluates it once per query. A
     * correlated EXISTS it re-evaluates per item, which over a year of 100,000 items takes hours.
     * The first accepted reply is the round-1 one: a later round exists only after it.
     */
    private static final String REPLIED = " AND i.id IN (SELECT r.item.id FROM ReplyEntity r WHERE r.state = :accepted)";
    private static final String ON_TIME = " AND i.id IN (SELECT r.item.id FROM ReplyEntity r WHERE r.state = :accepted"
            + " AND r.round = 1 AND r.acceptedOn <= r.deadlineInForce)";
    private static final String MET = " AND (i.id IN (SELECT c.item.id FROM ContactEntity c, ReplyEntity r"
            + " WHERE r.item = c.item AND r.state = :accepted AND r.round = 1 AND c.method IN :faceToFace"
            + " AND c.date <= r.acceptedOn) OR (i.id IN (SELECT c.item.id FROM ContactEntity c WHERE c.method IN"
            + " :faceToFace) AND i.id NOT IN (SELECT r.item.id FROM ReplyEntity r WHERE r.state = :accepted"
            + " AND r.round = 1)))";
    private static final String RATED = " AND i.id IN (SELECT g.item.id FROM RatingEntity g)";
    private static final String SATISFIED_AT = " AND i.id IN (SELECT g.item.id FROM RatingEntity g WHERE g.satisfaction"
            + " IN :satisfied AND g.id IN (SELECT %s(g2.id) FROM RatingEntity g2 GROUP BY g2.item.id))";
    private static final String LATEST_ACCEPTED = "SELECT MAX(r2.id) FROM ReplyEntity r2 WHERE r2.state = :accepted"
            + " GROUP BY r2.item.id";
    private static final String CLASS_A = " AND i.id IN (SELECT r.item.id FROM ReplyEntity r WHERE r.replyClass = :classA"
            + " AND r.id IN (" + LATEST_ACCEPTED + "))";
    /** Every decided reply of the item was accepted at its first submission. */
    private static final String FIRST_TIME = " AND i.id IN (SELECT r.item.id FROM ReplyEntity r WHERE r.reviewedAt IS NOT"
            + " NULL) AND i.id NOT IN (SELECT r.item.id FROM ReplyEntity r WHERE r.reviewedAt IS NOT NULL"
            + " AND (r.state <> :accepted OR r.submissions > 1))";

    /** Item-level metrics: numerator condition, denominator condition (empty: every assigned item). */
    private static final Map<Metric, String[]> PER_ITEM = new LinkedHashMap<>();

    static {
        PER_ITEM.put(Metric.HANDLED_COUNT, new String[] { "", "" });
        PER_ITEM.put(Metric.REPLY_RATE, new String[] { REPLIED, "" });
        PER_ITEM.put(Metric.ON_TIME_RATE, new String[] { ON_TIME, "" });
        PER_ITEM.put(Metric.MEETING_RATE, new String[] { MET, "" });
        PER_ITEM.put(Metric.SATISFACTION_RATE, new String[] { String.format(SATISFIED_AT, "MAX"), RATED });
        PER_ITEM.put(Metric.FIRST_SATISFACTION_RATE, new String[] { String.format(SATISFIED_AT, "MIN"), RATED });
        PER_ITEM.put(Metric.COMPLETION_RATE, new String[] { " AND i.status = :closed", "" });
        PER_ITEM.put(Metric.EFFECT, new String[] { CLASS_A, REPLIED });
    }

    private final Database database;

    @Activate
    public JpaMetricsStore(@Reference Database database) {
        this.database = database;
    }

    @Override
    public Map<String, Map<Metric, Ratio>> unitMetrics(Instant from, Instant to, ItemKind kind, boolean keyItems,
            LocalDate today) {
        String filter = (kind == null ? "" : " AND i.kind = :kind") + (keyItems ? " AND i.keyItem = TRUE" : "");
        return database.read(em -> {
            Map<Metric, Map<String, Long>> numerators = new EnumMap<>(Metric.class);
            Map<Metric, Map<String, Long>> denominators = new EnumMap<>(Metric.class);
            Map<String, Map<String, Long>> counted = new HashMap<>(); // one query per distinct condition
            Map<String, Long> assigned = count(em, "", filter, from, to, kind, today, counted);
            PER_ITEM.forEach((metric, conditions) -> {
                numerators.put(metric, count(em, conditions[0], filter, from, to, kind, today, counted));
                denominators.put(metric, count(em, conditions[1], filter, from, to, kind, today, counted));
            });
            // Replies and commitments are counted per reply, grouped by their item's host.
            String replies = "SELECT i.hostUnit.code, COUNT(r) FROM ReplyEntity r JOIN r.item i WHERE i.hostUnit IS NOT NULL"
                    + " AND i.assignedAt >= :from AND i.assignedAt < :to" + filter;
            numerators.put(Metric.STANDARDIZATION, grouped(em, replies + " AND r.state = :accepted"
                    + " AND r.submissions = 1 GROUP BY i.hostUnit.code", from, to, kind, today));
            denominators.put(Metric.STANDARDIZATION, grouped(em, replies + " AND r.reviewedAt IS NOT NULL"
                    + " GROUP BY i.hostUnit.code", from, to, kind, today));
            String commitments = "SELECT i.hostUnit.code, COUNT(c) FROM CommitmentEntity c JOIN c.reply r JOIN r.item i"
                    + " WHERE i.hostUnit IS NOT NULL AND i.assignedAt >= :from AND i.assignedAt < :to" + filter
                    + " AND r.state = :accepted AND c.dueDate <= :today";
            numerators.put(Metric.COMMITMENTS_KEPT, grouped(em, commitments + " AND c.doneOn IS NOT NULL"
                    + " AND c.doneOn <= c.dueDate GROUP BY i.hostUnit.code", from, to, kind, today));
            denominators.put(Metric.COMMITMENTS_KEPT, grouped(em, commitments + " GROUP BY i.hostUnit.code", from, to,
                    kind, today));
            long all = assigned.values().stream().mapToLong(Long::longValue).sum();
            Map<String, Map<Metric, Ratio>> units = new TreeMap<>();
            for (String unit : assigned.keySet()) {
                Map<Metric, Ratio> metrics = new EnumMap<>(Metric.class);
                for (Metric metric : Metric.values()) {
                    long numerator = numerators.get(metric).getOrDefault(unit, 0L);
                    // A unit's count is its share of all items assigned in the window.
                    long denominator = metric == Metric.HANDLED_COUNT ? all
                            : denominators.get(metric).getOrDefault(unit, 0L);
                    metrics.put(metric, new Ratio(numerator, denominator));
                }
                units.put(unit, metrics);
            }
            return units;
        });
    }

    @Override
    public Map<String, Long> coHandled(Instant from, Instant to, ItemKind kind) {
        return database.read(em -> grouped(em, "SELECT c.unitCode, COUNT(DISTINCT i.id) FROM CoUnitEntity c JOIN c.item i"
                + " WHERE c.releasedAt IS NULL AND i.assignedAt >= :from AND i.assignedAt < :to"
                + (kind == null ? "" : " AND i.kind = :kind") + " GROUP BY c.unitCode", from, to, kind, null));
    }

    @Override
    public Map<ReplyClass, Long> replyClasses(Instant from, Instant to, ItemKind kind) {
        String jpql = "SELECT r.replyClass, COUNT(r) FROM ReplyEntity r JOIN r.item i WHERE i.hostUnit IS NOT NULL"
                + " AND i.assignedAt >= :from AND i.assignedAt < :to" + (kind == null ? "" : " AND i.kind = :kind")
                + " AND r.id IN (" + LATEST_ACCEPTED + ") GROUP BY r.replyClass";
        return database.read(em -> {
            Map<ReplyClass, Long> classes = new EnumMap<>(ReplyClass.class);
            TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class);
            bindAll(query, jpql, from, to, kind, null);
            for (Object[] row : query.getResultList()) {
                classes.put((ReplyClass) row[0], ((Number) row[1]).longValue());
            }
            return classes;
        });
    }

    @Override
    public long rehandled(Instant from, Instant to, ItemKind kind) {
        String jpql = "SELECT COUNT(i)" + ASSIGNED + (kind == null ? "" : " AND i.kind = :kind") + " AND i.round >= 2";
        return database.read(em -> {
            TypedQuery<Long> query = em.createQuery(jpql, Long.class);
            bindAll(query, jpql, from, to, kind, null);
            return query.getSingleResult();
        });
    }


    @Override
    public Map<String, List<ItemFacts>> hostedItems(Instant from, Instant to, ItemKind kind, String unitCode,
            LocalDate today) {
        String filter = (kind == null ? "" : " AND i.kind = :kind") + (unitCode == null ? "" : " AND i.hostUnit.code = :unit");
        return database.read(em -> {
            Function<String, Set<Long>> ids = condition -> {
                String jpql = "SELECT i.id" + ASSIGNED + filter + condition;
                TypedQuery<Long> query = em.createQuery(jpql, Long.class);
                bindAll(query, jpql, from, to, kind, today);
                bind(query, jpql, "unit", unitCode);
                return new HashSet<>(query.getResultList());
            };
            Set<Long> replied = ids.apply(REPLIED);
            Set<Long> onTime = ids.apply(ON_TIME);
            Set<Long> met = ids.apply(MET);
            Set<Long> firstTime = ids.apply(FIRST_TIME);
            String scope = " JOIN r.item i WHERE i.hostUnit IS NOT NULL AND i.assignedAt >= :from AND i.assignedAt < :to"
                    + filter;
            Map<Long, ReplyClass> classes = new HashMap<>();
            rows(em, "SELECT i.id, r.replyClass FROM ReplyEntity r" + scope + " AND r.state = :accepted"
                    + " ORDER BY r.round, r.id", unitCode, from, to, kind, today)
                    .forEach(row -> classes.put((Long) row[0], (ReplyClass) row[1]));
            Map<Long, Satisfaction> ratings = new HashMap<>();
            rows(em, "SELECT i.id, g.satisfaction FROM RatingEntity g JOIN g.item i WHERE i.hostUnit IS NOT NULL"
                    + " AND i.assignedAt >= :from AND i.assignedAt < :to" + filter + " ORDER BY g.id", unitCode, from, to,
                    kind, today).forEach(row -> ratings.put((Long) row[0], (Satisfaction) row[1]));
            String promises = "SELECT i.id, COUNT(c) FROM CommitmentEntity c JOIN c.reply r" + scope
                    + " AND r.state = :accepted AND c.dueDate <= :today";
            Map<Long, Long> due = new HashMap<>();
            rows(em, promises + " GROUP BY i.id", unitCode, from, to, kind, today)
                    .forEach(row -> due.put((Long) row[0], ((Number) row[1]).longValue()));
            Map<Long, Long> kept = new HashMap<>();
            rows(em, promises + " AND c.doneOn IS NOT NULL AND c.doneOn <= c.dueDate GROUP BY i.id", unitCode, from, to,
                    kind, today).forEach(row -> kept.put((Long) row[0], ((Number) row[1]).longValue()));
            Map<String, List<ItemFacts>> facts = new TreeMap<>();
            for (Object[] row : rows(em, "SELECT i.id, i.kind, i.year, i.number, i.keyItem, i.status, i.deadline,"
                    + " i.hostUnit.code" + ASSIGNED + filter
                    + " ORDER BY i.year, i.kind, i.number", unitCode, from, to, kind, today)) {
                long id = (Long) row[0];
                LocalDate deadline = (LocalDate) row[6];
                boolean late = replied.contains(id) ? !onTime.contains(id)
                        : deadline != null && deadline.isBefore(today);
                facts.computeIfAbsent((String) row[7], u -> new ArrayList<>()).add(new ItemFacts(id, Item.label((ItemKind) row[1], (Integer) row[2], (Integer) row[3]),
                        (Boolean) row[4], replied.contains(id), onTime.contains(id), late, met.contains(id),
                        firstTime.contains(id), classes.get(id), ratings.get(id), row[5] == ItemStatus.CLOSED,
                        due.getOrDefault(id, 0L), kept.getOrDefault(id, 0L)));
            }
            return facts;
        });
    }

    @Override
    public List<CoHandlingFacts> coHandledItems(Instant from, Instant to, ItemKind kind, String unitCode, ZoneId zone,
            LocalDate today) {
        String jpql = "SELECT i.id, i.kind, i.year, i.number, i.hostUnit.code, c.opinionAt, i.deadline"
                + " FROM CoUnitEntity c JOIN c.item i WHERE c.unitCode = :unit AND c.releasedAt IS NULL"
                + " AND i.assignedAt >= :from AND i.assignedAt < :to" + (kind == null ? "" : " AND i.kind = :kind")
                + " ORDER BY i.year, i.kind, i.number";
        return database.read(em -> rows(em, jpql, unitCode, from, to, kind, null).stream().map(row -> {
            Instant opinion = (Instant) row[5];
            LocalDate deadline = (LocalDate) row[6];
            Long lead = opinion == null || deadline == null ? null
                    : ChronoUnit.DAYS.between(LocalDate.ofInstant(opinion, zone), deadline);
            return new CoHandlingFacts((Long) row[0], Item.label((ItemKind) row[1], (Integer) row[2], (Integer) row[3]),
                    (String) row[4], lead, deadline == null ? 0 : ChronoUnit.DAYS.between(today, deadline));
        }).toList());
    }

    private static List<Object[]> rows(EntityManager em, String jpql, String unit, Instant from, Instant to,
            ItemKind kind, LocalDate today) {
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class);
        bindAll(query, jpql, from, to, kind, today);
        bind(query, jpql, "unit", unit);
        return query.getResultList();
    }

    private static Map<String, Long> count(EntityManager em, String condition, String filter, Instant from,
            Instant to, ItemKind kind, LocalDate today, Map<String, Map<String, Long>> counted) {
        return counted.computeIfAbsent(condition, c -> grouped(em, "SELECT i.hostUnit.code, COUNT(i)" + ASSIGNED
                + filter + c + " GROUP BY i.hostUnit.code", from, to, kind, today));
    }

    /** Runs a {@code SELECT unit, COUNT(…) … GROUP BY unit}, binding only the parameters it names. */
    private static Map<String, Long> grouped(EntityManager em, String jpql, Instant from, Instant to, ItemKind kind,
            LocalDate today) {
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class);
        bindAll(query, jpql, from, to, kind, today);
        Map<String, Long> counts = new HashMap<>();
        for (Object[] row : query.getResultList()) {
            counts.put((String) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** Binds those of the shared parameters that the query names. */
    private static void bindAll(TypedQuery<?> query, String jpql, Instant from, Instant to, ItemKind kind,
            LocalDate today) {
        bind(query, jpql, "from", from);
        bind(query, jpql, "to", to);
        bind(query, jpql, "kind", kind);
        bind(query, jpql, "today", today);
        bind(query, jpql, "accepted", Reply.State.ACCEPTED);
        bind(query, jpql, "closed", ItemStatus.CLOSED);
        bind(query, jpql, "classA", ReplyClass.A);
        bind(query, jpql, "satisfied", List.of(Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED));
        bind(query, jpql, "faceToFace", Arrays.stream(ContactMethod.values()).filter(ContactMethod::faceToFace).toList());
    }

    private static void bind(TypedQuery<?> query, String jpql, String name, Object value) {
        if (jpql.matches("(?s).*:" + name + "\\b.*")) {
            query.setParameter(name, value);
        }
    }
}
