package org.banli.rules.peritem.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.banli.api.assessment.AssessmentFixtures;
import org.banli.api.assessment.UnitMetrics;
import org.banli.api.assessment.UnitScore;
import org.junit.jupiter.api.Test;

/** The per-item scheme over the hand-counted county: E1 100, E2 0+30+20, E3 0; T1 70, T2 20, T3 20. */
class PerItemRuleTest {

    @Test
    void eachItemOutOfAHundredAveragedPerUnit() {
        List<UnitScore> scores = new PerItemRule().score(AssessmentFixtures.county());

        UnitScore edu = scores.get(0);
        assertThat(edu.score()).isEqualByComparingTo("50.01");
        assertThat(edu.explanation())
                .extracting(l -> l.points().toPlainString())
                .containsExactly("6.67", "26.67", "16.67");
        assertThat(edu.explanation().get(0).reason()).isEqualTo("办理速度：3件共20分，平均6.67分（满分20），2件未得满分");
        assertThat(edu.explanation().get(0).itemIds()).containsExactly(2L, 3L);
        assertThat(edu.explanation().get(1).itemIds()).containsExactly(2L, 3L);
        UnitScore tra = scores.get(1);
        assertThat(tra.score()).isEqualByComparingTo("36.67");
    }

    @Test
    void aUnitThatHostedNothingIsNotScored() {
        UnitMetrics wat = new UnitMetrics(
                "wat",
                "县水利局",
                2026,
                AssessmentFixtures.metrics(new long[20]),
                AssessmentFixtures.metrics(new long[20]),
                2);
        assertThat(new PerItemRule().score(AssessmentFixtures.county(List.of(wat), Map.of(), Map.of())))
                .isEmpty();
    }
}
