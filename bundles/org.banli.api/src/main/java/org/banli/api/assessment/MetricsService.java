package org.banli.api.assessment;

import java.util.List;
import java.util.Map;
import org.banli.api.Actor;
import org.banli.api.item.ItemKind;

/** The assessment figures of DESIGN.md §4 per unit, each with its numerator and denominator. */
public interface MetricsService {

    /**
     * Every unit that hosted or co-handled items assigned in the county's calendar year, by unit
     * code. The office, supervisors, leaders and administrators get every unit; a unit's staff
     * their own; a liaison committee its own kind.
     *
     * @param kind suggestions or proposals only; {@code null} for both
     */
    List<UnitMetrics> metrics(Actor actor, int year, ItemKind kind);

    /** The facts behind a unit's metrics, item by item, for whoever may see that unit's figures. */
    List<ItemFacts> hostedItems(Actor actor, int year, String unitCode);

    /** The facts behind every unit's metrics, by unit, read at once (the office, supervisors, leaders, admins). */
    Map<String, List<ItemFacts>> hostedItems(Actor actor, int year);

    /** The unit's part in each item it co-handled in the year, for whoever may see that unit's figures. */
    List<CoHandlingFacts> coHandledItems(Actor actor, int year, String unitCode);
}
