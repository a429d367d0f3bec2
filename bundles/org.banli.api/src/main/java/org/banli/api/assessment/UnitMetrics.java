package org.banli.api.assessment;

import java.util.Map;

/**
 * One unit's figures for one year.
 *
 * @param unitCode  the unit
 * @param unitName  its Chinese name
 * @param year      the assessment year
 * @param all       every metric over the unit's hosted items
 * @param keyItems  the same, restricted to key items
 * @param coHandled number of items the unit co-handled (counted separately)
 */
public record UnitMetrics(
        String unitCode,
        String unitName,
        int year,
        Map<Metric, Ratio> all,
        Map<Metric, Ratio> keyItems,
        long coHandled) {

    public UnitMetrics {
        all = Map.copyOf(all);
        keyItems = Map.copyOf(keyItems);
    }
}
