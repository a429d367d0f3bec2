package org.banli.rules.formula.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.banli.api.assessment.AssessmentFixtures;
import org.banli.api.assessment.AssessmentInput;
import org.banli.api.assessment.UnitScore;
import org.junit.jupiter.api.Test;

/** A county's formulas: scored exactly, and refused with the place of the error when wrong. */
class FormulaRuleTest {

    private static final AssessmentInput COUNTY = AssessmentFixtures.county();

    private static final Map<String, Object> COUNTY_FORMULAS = Map.of(
            "name", "某县公式评分",
            "part.a", "60 * satisfactionRate + 20 * onTimeRate",
            "label.a", "满意与按期",
            "part.b", "hosted == mostHosted ? 10 : 10 * hosted / mostHosted",
            "part.c", "-2 * (hosted - onTime) + (keyItems > 0 ? 5 * keySatisfactionRate : 0)");

    @Test
    void theScoreIsTheSumOfThePartsEachExplained() {
        List<UnitScore> scores = new FormulaRule(COUNTY_FORMULAS).score(COUNTY);

        // edu: 60×1 + 20×(1/3) = 66.67; 10; −2×(3−1) + 5×1 = 1 → 77.67
        assertThat(scores.get(0).score()).isEqualByComparingTo("77.67");
        assertThat(scores.get(0).explanation())
                .extracting(UnitScore.ScoreLine::points)
                .extracting(Object::toString)
                .containsExactly("66.67", "10.00", "1.00");
        assertThat(scores.get(0).explanation().get(0).reason())
                .isEqualTo(
                        "满意与按期：60 * satisfactionRate + 20 * onTimeRate（satisfactionRate=1.0，onTimeRate=0.3333333333333333）");
        // tra: nothing rated counts 0; 20×(1/3) = 6.67; 10; −2×(3−1) = −4 → 12.67
        assertThat(scores.get(1).score()).isEqualByComparingTo("12.67");
        assertThat(new FormulaRule(COUNTY_FORMULAS).displayName()).isEqualTo("某县公式评分");
    }

    @Test
    void aWrongFormulaIsRefusedWithItsPlaceAndThePreviousOnesStayInForce() {
        assertThatThrownBy(() -> new FormulaRule(Map.of("part.a", "60 * (satisfactionRate +")))
                .hasMessageContaining("part.a")
                .hasMessageContaining("第1行");
        assertThatThrownBy(() -> new FormulaRule(Map.of("part.a", "60 * satisfaction")))
                .hasMessageContaining("未知变量 satisfaction")
                .hasMessageContaining("satisfactionRate");
        assertThatThrownBy(() -> new FormulaRule(Map.of()).score(COUNTY)).hasMessageContaining("没有公式");

        FormulaRule rule = new FormulaRule(COUNTY_FORMULAS);
        rule.modified(Map.of("part.a", "100 * replyRate +"));
        assertThat(rule.problems()).singleElement().asString().contains("part.a");
        assertThat(rule.score(COUNTY).get(0).score())
                .as("the previous formulas still score")
                .isEqualByComparingTo("77.67");
        rule.modified(Map.of("part.a", "100 * replyRate"));
        assertThat(rule.problems()).isEmpty();
        assertThat(rule.score(COUNTY).get(0).score()).isEqualByComparingTo("66.67");
    }

    @Test
    void formulasThatWouldOverflowOrStallTheParserAreRefusedBeforeIt() {
        // Found by FormulaFuzzTest: 999 brackets overflowed the parser's stack, 14 unclosed { took 25 s.
        for (String stalling : List.of("{".repeat(14) + "1", "x[".repeat(24) + "1", "hosted[0]")) {
            assertThatThrownBy(() -> FormulaRule.compile(Map.of("part.a", stalling)))
                    .hasMessageContaining("part.a")
                    .hasMessageContaining("{ } [ ]");
        }
        for (String deep : List.of("(".repeat(33) + "1" + ")".repeat(33), "-".repeat(40) + "1")) {
            assertThatThrownBy(() -> FormulaRule.compile(Map.of("part.a", deep)))
                    .hasMessageContaining("part.a")
                    .hasMessageContaining("嵌套超过32层");
        }
        assertThat(new FormulaRule(Map.of("part.a", "(".repeat(32) + "replyRate" + ")".repeat(32))).problems())
                .isEmpty();
    }

    @Test
    void formulasReachNoClassMethodLoopOrAssignment() {
        for (String escape : List.of(
                "''.getClass().forName('java.lang.Runtime')",
                "hosted.toString()",
                "new('java.io.File', '/etc/passwd')",
                "while (true) { 1 }",
                "hosted = 5",
                "x -> 1",
                "var x = 1; x",
                "java.lang.System.exit(0)")) {
            assertThatThrownBy(() -> new FormulaRule(Map.of("part.a", escape)))
                    .as(escape)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
