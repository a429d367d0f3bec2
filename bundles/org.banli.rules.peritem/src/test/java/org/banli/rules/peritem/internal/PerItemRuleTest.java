package org.banli.rules.peritem.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.banli.api.assessment.AssessmentInput;
import org.banli.api.assessment.CoHandlingFacts;
import org.banli.api.assessment.ItemFacts;
import org.banli.api.assessment.Metric;
import org.banli.api.assessment.Ratio;
import org.banli.api.assessment.UnitMetrics;
import org.banli.api.assessment.UnitScore;
import org.banli.api.item.ReplyClass;
import org.banli.api.item.Satisfaction;
import org.junit.jupiter.api.Test;

/** The per-item scheme: E1 100, E2 0+30+20, E3 20+0+0, averaged by hand. */
class PerItemRuleTest {

    private static UnitMetrics unit(String code) {
        Map<Metric, Ratio> none = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            none.put(metric, new Ratio(0, 0));
        }
        return new UnitMetrics(code, code, 2026, none, none, 0);
    }

    private static final AssessmentInput COUNTY = new AssessmentInput() {
        @Override
        public int year() {
            return 2026;
        }

        @Override
        public List<UnitMetrics> units() {
            return List.of(unit("edu"), unit("wat"));
        }

        @Override
        public List<ItemFacts> hostedItems(String unit) {
            return unit.equals("edu") ? List.of(
                    new ItemFacts(1, "2026年建议第1号", true, true, true, false, true, true, ReplyClass.A,
                            Satisfaction.SATISFIED, true, 0, 0),
                    new ItemFacts(2, "2026年建议第2号", false, true, false, true, false, false, ReplyClass.A,
                            Satisfaction.BASICALLY_SATISFIED, false, 2, 1),
                    new ItemFacts(3, "2026年建议第3号", false, false, false, false, true, false, null, null, false, 0, 0))
                    : List.of();
        }

        @Override
        public List<CoHandlingFacts> coHandledItems(String unit) {
            return List.of();
        }
    };

    @Test
    void eachItemOutOfAHundredAveragedPerUnit() {
        List<UnitScore> scores = new PerItemRule().score(COUNTY);

        assertThat(scores).as("a unit that hosted nothing is not scored").singleElement().satisfies(edu -> {
            assertThat(edu.score()).isEqualByComparingTo("56.67");
            assertThat(edu.explanation()).extracting(l -> l.points().toPlainString())
                    .containsExactly("13.33", "26.67", "16.67");
            assertThat(edu.explanation().get(0).reason()).isEqualTo("办理速度：3件共40分，平均13.33分（满分20），1件未得满分");
            assertThat(edu.explanation().get(0).itemIds()).containsExactly(2L);
            assertThat(edu.explanation().get(1).itemIds()).containsExactly(2L, 3L);
            assertThat(edu.explanation().get(2).itemIds()).containsExactly(2L, 3L);
        });
    }
}
