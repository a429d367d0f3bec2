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

    /*
     * Every figure is a COUNT(DISTINCT item) over joins, grouped by host unit: Derby plans joins
     * well, while a subquery that reaches the item table it re-evaluates for every item (hours for
     * 100,000 items). "Latest" and "earliest" ask for no later (earlier) row of the same table, by
     * the item's index. The first
     * accepted reply is the round-1 one: a later round exists only after it.
     */
    private static final String ALL = " FROM ItemEntity i WHERE 1 = 1";
    private static final String REPLIED = " FROM ReplyEntity r JOIN r.item i WHERE r.state = :accepted";
    private static final String ON_TIME = REPLIED + " AND r.round = 1 AND r.acceptedOn <= r.deadlineInForce";
    private static final String FACE = " FROM ContactEntity c JOIN c.item i WHERE c.method IN :faceToFace";
    private static final String FACE_REPLIED = " FROM ContactEntity c JOIN c.item i, ReplyEntity r WHERE r.item = i"
            + " AND r.state = :accepted AND r.round = 1 AND c.method IN :faceToFace";
    private static final String MET_BEFORE_REPLY = FACE_REPLIED + " AND c.date <= r.acceptedOn";
    private static final String RATED = " FROM RatingEntity g JOIN g.item i WHERE 1 = 1";
    private static final String SATISFIED_AT = " FROM RatingEntity g JOIN g.item i WHERE g.satisfaction IN :satisfied"
            + " AND NOT EXISTS (SELECT g2 FROM RatingEntity g2 WHERE g2.item = g.item AND g2.id %s g.id)";
    private static final String LATEST_ACCEPTED = " FROM ReplyEntity r JOIN r.item i WHERE r.state = :accepted"
            + " AND NOT EXISTS (SELECT r2 FROM ReplyEntity r2 WHERE r2.item = r.item AND r2.state = :accepted"
            + " AND r2.id > r.id)";
    private static final String CLOSED = ALL + " AND i.status = :closed";
    private static final String DECIDED = " FROM ReplyEntity r JOIN r.item i WHERE r.reviewedAt IS NOT NULL";
    private static final String RETURNED = DECIDED + " AND (r.state <> :accepted OR r.submissions > 1)";
    /** The items counted: hosted, assigned in the window. */
    private static final String WINDOW = " AND i.hostUnit IS NOT NULL AND i.assignedAt >= :from AND i.assignedAt < :to";

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
            Function<String, Map<String, Long>> count = source -> grouped(em, "SELECT i.hostUnit.code,"
                    + " COUNT(DISTINCT i.id)" + source + WINDOW + filter + " GROUP BY i.hostUnit.code", from, to, kind,
                    today);
            Map<String, Long> assigned = count.apply(ALL);
            Map<String, Long> replied = count.apply(REPLIED);
            Map<String, Long> rated = count.apply(RATED);
            Map<String, Long> met = new HashMap<>(count.apply(MET_BEFORE_REPLY));
            Map<String, Long> faceOnly = count.apply(FACE);
            count.apply(FACE_REPLIED).forEach((unit, n) -> faceOnly.merge(unit, -n, Long::sum));
            faceOnly.forEach((unit, n) -> met.merge(unit, n, Long::sum));
            numerators.put(Metric.HANDLED_COUNT, assigned);
            numerators.put(Metric.REPLY_RATE, replied);
            denominators.put(Metric.REPLY_RATE, assigned);
            numerators.put(Metric.ON_TIME_RATE, count.apply(ON_TIME));
            denominators.put(Metric.ON_TIME_RATE, assigned);
            numerators.put(Metric.MEETING_RATE, met);
            denominators.put(Metric.MEETING_RATE, assigned);
            numerators.put(Metric.SATISFACTION_RATE, count.apply(String.format(SATISFIED_AT, ">")));
            denominators.put(Metric.SATISFACTION_RATE, rated);
            numerators.put(Metric.FIRST_SATISFACTION_RATE, count.apply(String.format(SATISFIED_AT, "<")));
            denominators.put(Metric.FIRST_SATISFACTION_RATE, rated);
            numerators.put(Metric.COMPLETION_RATE, count.apply(CLOSED));
            denominators.put(Metric.COMPLETION_RATE, assigned);
            numerators.put(Metric.EFFECT, count.apply(LATEST_ACCEPTED + " AND r.replyClass = :classA"));
            denominators.put(Metric.EFFECT, replied);
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
        String jpql = "SELECT r.replyClass, COUNT(DISTINCT i.id)" + LATEST_ACCEPTED + WINDOW
                + (kind == null ? "" : " AND i.kind = :kind") + " GROUP BY r.replyClass";
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
        String jpql = "SELECT COUNT(i)" + ALL + WINDOW + (kind == null ? "" : " AND i.kind = :kind") + " AND i.round >= 2";
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
            Function<String, Set<Long>> ids = source -> {
                String jpql = "SELECT DISTINCT i.id" + source + WINDOW + filter;
                TypedQuery<Long> query = em.createQuery(jpql, Long.class);
                bindAll(query, jpql, from, to, kind, today);
                bind(query, jpql, "unit", unitCode);
                return new HashSet<>(query.getResultList());
            };
            Set<Long> replied = ids.apply(REPLIED);
            Set<Long> onTime = ids.apply(ON_TIME);
            Set<Long> met = ids.apply(FACE);
            met.removeAll(ids.apply(FACE_REPLIED));
            met.addAll(ids.apply(MET_BEFORE_REPLY));
            Set<Long> firstTime = ids.apply(DECIDED);
            firstTime.removeAll(ids.apply(RETURNED));
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
                    + " i.hostUnit.code" + ALL + WINDOW + filter
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
