package org.banli.api.assessment;

import java.math.BigDecimal;
import java.util.List;

/**
 * The units of one year ranked under one rule, best first; units with equal scores share a rank.
 *
 * @param year     the assessment year
 * @param rule     the rule's name, e.g. {@code standard}
 * @param ruleName its Chinese name
 * @param ranking  the units, best first
 */
public record Assessment(int year, String rule, String ruleName, List<Ranked> ranking) {

    public Assessment {
        ranking = List.copyOf(ranking);
    }

    /**
     * One unit's place.
     *
     * @param rank        1 for the best; equal scores share a rank
     * @param unitCode    the unit
     * @param unitName    its name
     * @param score       its score under the rule
     * @param explanation every deduction and bonus with its reason and items
     * @param metrics     the figures the score came from
     */
    public record Ranked(
            int rank,
            String unitCode,
            String unitName,
            BigDecimal score,
            List<UnitScore.ScoreLine> explanation,
            UnitMetrics metrics) {

        public Ranked {
            explanation = List.copyOf(explanation);
        }
    }
}
