package org.banli.rules.deduction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.banli.api.assessment.AssessmentFixtures;
import org.banli.api.assessment.CoHandlingFacts;
import org.banli.api.assessment.UnitScore;
import org.junit.jupiter.api.Test;

/** The deduction scheme over the hand-counted county, each deduction worked out by hand. */
class DeductionRuleTest {

    @Test
    void eachPartLosesWhatFellShort() {
        List<UnitScore> scores = new DeductionRule().score(AssessmentFixtures.county());

        UnitScore edu = scores.get(0);
        assertThat(edu.explanation())
                .extracting(l -> l.points().toPlainString())
                .containsExactly("0.4", "0.2", "0.3", "0.4");
        assertThat(edu.score()).isEqualByComparingTo("1.3");
        assertThat(edu.explanation().get(1).reason()).isEqualTo("办理时效（0.4）：2件未按期答复，每件扣0.1");
        assertThat(edu.explanation().get(1).itemIds())
                .as("E2 replied late, E3 past its deadline")
                .containsExactly(2L, 3L);
        assertThat(edu.explanation().get(2).reason())
                .contains("见面率2/3未达100%扣0.3")
                .contains("满意率2/2不扣分");
        assertThat(edu.explanation().get(2).itemIds()).as("the item not met").containsExactly(2L);
        assertThat(edu.explanation().get(3).reason())
                .as("T1's opinion came 42 days ahead")
                .endsWith("不扣分");

        UnitScore tra = scores.get(1);
        assertThat(tra.explanation())
                .extracting(l -> l.points().toPlainString())
                .containsExactly("0.4", "0.4", "0.3", "0.4");
        assertThat(tra.score()).isEqualByComparingTo("1.5");
    }

    @Test
    void aCoUnitOpinionStillMissingTwentyDaysBeforeTheDeadlineCosts() {
        UnitScore tra = new DeductionRule()
                .score(AssessmentFixtures.county(
                        List.of(AssessmentFixtures.TRA),
                        Map.of("tra", AssessmentFixtures.TRA_ITEMS),
                        Map.of(
                                "tra",
                                List.of(
                                        new CoHandlingFacts(9, "2026年建议第9号", "wat", null, 10L),
                                        new CoHandlingFacts(10, "2026年建议第10号", "wat", null, 30L)))))
                .get(0);
        assertThat(tra.explanation().get(3).points()).isEqualByComparingTo("0.3");
        assertThat(tra.explanation().get(3).itemIds())
                .as("10 days left, none yet; 30 days left is not late yet")
                .containsExactly(9L);
    }
}
