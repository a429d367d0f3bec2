package org.banli.api.assessment;

import java.util.List;

/** What a rule scores: each unit's metrics, and on request the facts behind them, item by item. */
public interface AssessmentInput {

    int year();

    /** Every unit that hosted or co-handled items in the year. */
    List<UnitMetrics> units();

    /** The items the unit hosted in the year, read when a rule first asks. */
    List<ItemFacts> hostedItems(String unitCode);

    /** The items the unit co-handled in the year, read when a rule first asks. */
    List<CoHandlingFacts> coHandledItems(String unitCode);
}
