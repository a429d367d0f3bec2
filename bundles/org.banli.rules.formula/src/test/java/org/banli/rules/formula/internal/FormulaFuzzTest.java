package org.banli.rules.formula.internal;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Map;

/**
 * Whatever a county writes as a formula, the rule compiles it or refuses it with a reason naming the
 * part (IllegalArgumentException, which keeps the previous formulas in force); nothing else may come
 * out of the parser, which reads etc/ at every change. Every build replays the seeds in
 * {@code FormulaFuzzTestInputs/}; {@code JAZZER_FUZZ=1} searches for more.
 */
class FormulaFuzzTest {

    @FuzzTest(maxDuration = "2m")
    void aFormulaCompilesOrIsRefusedWithAReason(FuzzedDataProvider data) {
        String source = data.consumeRemainingAsString();
        try {
            FormulaRule.compile(Map.of("part.reply", source));
        } catch (IllegalArgumentException refused) {
            if (refused.getMessage() == null || !refused.getMessage().contains("part.reply")) {
                throw new AssertionError("a refusal must name the part: " + refused.getMessage(), refused);
            }
        }
    }
}
