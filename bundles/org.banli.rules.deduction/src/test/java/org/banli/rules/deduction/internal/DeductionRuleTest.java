package org.banli.rules.deduction.internal;

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

/** The deduction scheme over the county of JpaMetricsStoreTest, each deduction worked out by hand. */
class DeductionRuleTest {

    static Map<Metric, Ratio> metrics(long... parts) {
        Map<Metric, Ratio> map = new EnumMap<>(Metric.class);
        Metric[] order = Metric.values();
        for (int i = 0; i < order.length; i++) {
            map.put(order[i], new Ratio(parts[2 * i], parts[2 * i + 1]));
        }
        return map;
    }

    static final UnitMetrics EDU = new UnitMetrics("edu", "县教育局", 2026,
            metrics(3, 6, 2, 3, 1, 3, 2, 3, 2, 2, 1, 2, 1, 3, 2, 2, 2, 3, 1, 2),
            metrics(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0), 1);
    static final UnitMetrics TRA = new UnitMetrics("tra", "县交通运输局", 2026,
            metrics(3, 6, 1, 3, 1, 3, 0, 3, 0, 0, 0, 0, 0, 3, 0, 1, 1, 1, 0, 0),
            metrics(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0), 1);

    static final AssessmentInput COUNTY = new AssessmentInput() {
        @Override
        public int year() {
            return 2026;
        }

        @Override
        public List<UnitMetrics> units() {
            return List.of(EDU, TRA);
        }

        @Override
        public List<ItemFacts> hostedItems(String unit) {
            return unit.equals("edu") ? List.of(
                    new ItemFacts(1, "2026年建议第1号", true, true, true, false, true, true, ReplyClass.A,
                            Satisfaction.SATISFIED, true, 0, 0),
                    new ItemFacts(2, "2026年建议第2号", false, true, false, true, false, false, ReplyClass.A,
                            Satisfaction.BASICALLY_SATISFIED, false, 2, 1),
                    new ItemFacts(3, "2026年建议第3号", false, false, false, false, true, false, null, null, false, 0, 0))
                    : List.of(new ItemFacts(4, "2026年建议第4号", false, true, true, false, false, true, ReplyClass.C, null,
                            false, 0, 0));
        }

        @Override
        public List<CoHandlingFacts> coHandledItems(String unit) {
            return unit.equals("edu") ? List.of(new CoHandlingFacts(4, "2026年建议第4号", "tra", 42L, -100L))
                    : List.of(new CoHandlingFacts(5, "2026年建议第5号", "wat", null, 10L));
        }
    };

    @Test
    void eachPartLosesWhatFellShort() {
        List<UnitScore> scores = new DeductionRule().score(COUNTY);

        UnitScore edu = scores.get(0);
        assertThat(edu.explanation()).extracting(l -> l.points().toPlainString())
                .containsExactly("0.4", "0.3", "0.3", "0.4");
        assertThat(edu.score()).isEqualByComparingTo("1.4");
        assertThat(edu.explanation().get(1).reason()).isEqualTo("办理时效（0.4）：1件未按期答复，每件扣0.1");
        assertThat(edu.explanation().get(1).itemIds()).containsExactly(2L);
        assertThat(edu.explanation().get(2).reason()).contains("见面率2/3未达100%扣0.3").contains("满意率2/2不扣分");
        assertThat(edu.explanation().get(2).itemIds()).as("the item not met").containsExactly(2L);

        UnitScore tra = scores.get(1);
        assertThat(tra.explanation()).extracting(l -> l.points().toPlainString())
                .containsExactly("0.4", "0.4", "0.3", "0.3");
        assertThat(tra.score()).isEqualByComparingTo("1.4");
        assertThat(tra.explanation().get(3).itemIds()).as("no opinion with 10 days left").containsExactly(5L);
    }
}
