package org.banli.store.spi;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.banli.api.assessment.CoHandlingFacts;
import org.banli.api.assessment.ItemFacts;
import org.banli.api.assessment.Metric;
import org.banli.api.assessment.Ratio;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ReplyClass;

/** The assessment figures of DESIGN.md §4, aggregated by the database per host unit. */
public interface MetricsStore {

    /**
     * Every metric per host unit over the items assigned in {@code [from, to)}.
     *
     * @param kind     only suggestions or proposals; {@code null} for both
     * @param keyItems only key items
     * @param today    commitments due on or before it count as due
     * @return per unit code, each metric's numerator and denominator; units with nothing assigned are absent
     */
    Map<String, Map<Metric, Ratio>> unitMetrics(
            Instant from, Instant to, ItemKind kind, boolean keyItems, LocalDate today);

    /** Items each unit co-handles (协办) among those assigned in {@code [from, to)}, counted apart from hosting. */
    Map<String, Long> coHandled(Instant from, Instant to, ItemKind kind);

    /** Items assigned in {@code [from, to)} by the class of their latest accepted reply. */
    Map<ReplyClass, Long> replyClasses(Instant from, Instant to, ItemKind kind);

    /** Items assigned in {@code [from, to)} that were handled again after an unsatisfied rating. */
    long rehandled(Instant from, Instant to, ItemKind kind);

    /**
     * The facts of each item assigned in {@code [from, to)}, by host unit, in number order.
     *
     * @param unitCode one unit; {@code null} for every unit at once
     */
    Map<String, List<ItemFacts>> hostedItems(Instant from, Instant to, ItemKind kind, String unitCode, LocalDate today);

    /** The unit's part in each item it co-handles among those assigned in {@code [from, to)}. */
    List<CoHandlingFacts> coHandledItems(
            Instant from, Instant to, ItemKind kind, String unitCode, ZoneId zone, LocalDate today);
}
