package org.banli.api.assessment;

import java.math.BigDecimal;
import java.util.List;

/** A unit's score under one rule, with every line that made it. */
public record UnitScore(String unitCode, BigDecimal score, List<ScoreLine> explanation) {

    public UnitScore {
        explanation = List.copyOf(explanation);
    }

    /**
     * One deduction or bonus, e.g. "-3: 2 replies late".
     *
     * @param points  signed points
     * @param reason  the reason in Chinese
     * @param itemIds the items behind it
     */
    public record ScoreLine(BigDecimal points, String reason, List<Long> itemIds) {

        public ScoreLine {
            itemIds = List.copyOf(itemIds);
        }
    }
}
