package org.banli.rules.standard.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.banli.api.assessment.AssessmentFixtures.metrics;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.banli.api.assessment.AssessmentFixtures;
import org.banli.api.assessment.AssessmentInput;
import org.banli.api.assessment.UnitMetrics;
import org.banli.api.assessment.UnitScore;
import org.junit.jupiter.api.Test;

/** The standard rule over the hand-counted county, its scores worked out by hand. */
class StandardRuleTest {

    @Test
    void eachUnitsScoreIsItsWeightedRatesWithPartsItHasNothingForLeftOut() {
        List<UnitScore> scores = rule(defaults())
                .score(AssessmentFixtures.county(
                        List.of(
                                AssessmentFixtures.EDU,
                                AssessmentFixtures.TRA,
                                new UnitMetrics("wat", "县水利局", 2026, metrics(new long[20]), metrics(new long[20]), 2)),
                        Map.of("edu", AssessmentFixtures.EDU_ITEMS),
                        Map.of()));

        assertThat(scores)
                .extracting(UnitScore::unitCode)
                .as("a unit that only co-handles is not scored")
                .containsExactly("edu", "tra");
        // edu: 25 + 15/3 + 15 + 5 + 10 + 3 × 6.67 (two thirds of 10)
        assertThat(scores.get(0).score()).isEqualByComparingTo("80.01");
        assertThat(scores.get(0).explanation())
                .extracting(UnitScore.ScoreLine::points)
                .extracting(BigDecimal::toPlainString)
                .containsExactly("25.00", "5.00", "15.00", "5.00", "10.00", "6.67", "6.67", "6.67");
        assertThat(scores.get(0).explanation().get(1).reason()).isEqualTo("办结率 33.3%（1/3）× 15.00");
        assertThat(scores.get(0).explanation().get(1).itemIds())
                .as("the items not closed")
                .containsExactly(2L, 3L);
        assertThat(scores.get(0).explanation().get(5).itemIds())
                .as("not replied")
                .containsExactly(3L);
        assertThat(scores.get(0).explanation().get(6).itemIds()).as("not met").containsExactly(2L);
        // tra has no rated and no key item: the other 65 points scale to 100 (× 100/65)
        assertThat(scores.get(1).score()).isEqualByComparingTo("28.20");
        assertThat(scores.get(1).explanation())
                .extracting(UnitScore.ScoreLine::reason)
                .first()
                .asString()
                .startsWith("办结率 0.0%（0/3）× 23.08");
    }

    @Test
    void satisfactionBelowTheFloorScoresNothingAndWeightsAreReadAgain() {
        UnitMetrics poor = new UnitMetrics(
                "poor",
                "县某局",
                2026,
                metrics(1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 1, 1, 1, 1, 1, 0, 0),
                metrics(new long[20]),
                0);
        StandardRule rule = rule(defaults());
        UnitScore score = rule.score(alone(poor)).get(0);
        assertThat(score.explanation().get(0).points()).isEqualByComparingTo("0");
        assertThat(score.explanation().get(0).reason()).contains("低于底线80.0%");

        rule.modified(weights(50, 0.4));
        UnitScore again = rule.score(alone(poor)).get(0);
        assertThat(again.explanation().get(0).points())
                .as("a county that weighs satisfaction more, floor lower")
                .isPositive();

        rule.modified(weights(-1, 0.8));
        assertThat(rule.problems()).singleElement().asString().contains("负");
        assertThat(rule.score(alone(poor)).get(0))
                .as("the weights read before stay in force")
                .isEqualTo(again);
        rule.modified(weights(50, 0.4));
        assertThat(rule.problems()).isEmpty();
    }

    @Test
    void wrongWeightsAtTheStartRankWithTheDefaultsAndSaySo() {
        UnitMetrics poor = new UnitMetrics(
                "poor",
                "县某局",
                2026,
                metrics(1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 1, 2, 1, 1, 1, 1, 1, 1, 0, 0),
                metrics(new long[20]),
                0);
        StandardRule wrong = rule(weights(25, 1.5));
        assertThat(wrong.problems()).singleElement().asString().contains("satisfactionFloor");
        assertThat(wrong.score(alone(poor)))
                .isEqualTo(rule(StandardRule.defaults()).score(alone(poor)));
    }

    private static AssessmentInput alone(UnitMetrics unit) {
        return AssessmentFixtures.county(List.of(unit), Map.of(), Map.of());
    }

    private static StandardRule rule(StandardWeights weights) {
        return new StandardRule(weights);
    }

    private static StandardWeights defaults() {
        return weights(25, 0.8);
    }

    private static StandardWeights weights(double satisfaction, double floor) {
        return new StandardWeights() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return StandardWeights.class;
            }

            @Override
            public double satisfaction() {
                return satisfaction;
            }

            @Override
            public double completion() {
                return 15;
            }

            @Override
            public double effect() {
                return 15;
            }

            @Override
            public double quantity() {
                return 5;
            }

            @Override
            public double keyItems() {
                return 10;
            }

            @Override
            public double replyRate() {
                return 10;
            }

            @Override
            public double meetingRate() {
                return 10;
            }

            @Override
            public double standardization() {
                return 10;
            }

            @Override
            public double satisfactionFloor() {
                return floor;
            }
        };
    }
}
