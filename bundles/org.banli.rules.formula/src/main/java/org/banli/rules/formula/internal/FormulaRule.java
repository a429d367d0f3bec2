package org.banli.rules.formula.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.commons.jexl3.JexlBuilder;
import org.apache.commons.jexl3.JexlEngine;
import org.apache.commons.jexl3.JexlException;
import org.apache.commons.jexl3.JexlFeatures;
import org.apache.commons.jexl3.JexlInfo;
import org.apache.commons.jexl3.JexlScript;
import org.apache.commons.jexl3.MapContext;
import org.apache.commons.jexl3.introspection.JexlPermissions;
import org.banli.api.assessment.AssessmentInput;
import org.banli.api.assessment.AssessmentRule;
import org.banli.api.assessment.Metric;
import org.banli.api.assessment.Ratio;
import org.banli.api.assessment.UnitMetrics;
import org.banli.api.assessment.UnitScore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A county's own scoring, written as formulas in etc/org.banli.rules.formula.cfg: each
 * {@code part.<key> = <formula>} is one line of the explanation (named by {@code label.<key>}),
 * the score is their sum. Formulas are JEXL expressions over the variables of {@link Variables}
 * only: no classes, no methods, no loops, no assignments, no functions, so each one takes time in
 * proportion to its length. A file with a bad formula is refused with the line and column of the
 * error, and the formulas read before stay in force.
 */
@Component(
        configurationPid = FormulaRule.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE,
        property = AssessmentRule.RULE_PROPERTY + "=" + FormulaRule.ID)
public class FormulaRule implements AssessmentRule {

    static final String ID = "formula";
    static final String PID = "org.banli.rules.formula";
    static final int MAX_LENGTH = 2000;
    /** Deeper than any score needs, far below what the parser's recursion survives. */
    static final int MAX_NESTING = 32;

    private static final Logger LOG = LoggerFactory.getLogger(FormulaRule.class);

    /** One expression: no statements, loops, functions, assignments, variables of its own, methods or classes. */
    private static final JexlFeatures FEATURES = new JexlFeatures()
            .script(false)
            .loops(false)
            .lambda(false)
            .thinArrow(false)
            .fatArrow(false)
            .methodCall(false)
            .newInstance(false)
            .structuredLiteral(false)
            .sideEffect(false)
            .sideEffectGlobal(false)
            .annotation(false)
            .pragma(false)
            .importPragma(false)
            .namespacePragma(false)
            .localVar(false)
            .register(false)
            .arrayReferenceExpr(false);

    private static final JexlEngine JEXL = new JexlBuilder()
            .features(FEATURES)
            .permissions(JexlPermissions.NONE)
            .strict(true)
            .safe(false)
            .silent(false)
            .cache(0)
            .stackOverflow(64)
            .create();

    /** One compiled line of the score. */
    private record Part(String key, String label, String source, JexlScript expression) {}

    private record Formulas(String name, List<Part> parts) {}

    private volatile Formulas formulas;
    private volatile List<String> problems = List.of();

    @Activate
    public FormulaRule(Map<String, Object> properties) {
        formulas = compile(properties);
        LOG.info(
                "Formula rule {} with {} parts",
                formulas.name(),
                formulas.parts().size());
    }

    @Modified
    void modified(Map<String, Object> properties) {
        try {
            formulas = compile(properties);
            problems = List.of();
            LOG.info("Formula rule re-read: {} parts", formulas.parts().size());
        } catch (IllegalArgumentException e) {
            problems = List.of(e.getMessage());
            LOG.error(
                    "Formula rule: the new formulas are refused and the previous ones stay in force: {}",
                    e.getMessage());
        }
    }

    /** Reads and checks every formula; any error refuses them all, naming the part, line and column. */
    static Formulas compile(Map<String, Object> properties) {
        Map<String, String> sources = new TreeMap<>();
        properties.forEach((key, value) -> {
            if (key.startsWith("part.") && value != null) {
                sources.put(key.substring("part.".length()), value.toString().strip());
            }
        });
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("没有公式：请写 part.<名称> = <公式> (no formulas: write part.<key> = <formula>)");
        }
        List<Part> parts = new ArrayList<>();
        for (Map.Entry<String, String> entry : sources.entrySet()) {
            String key = entry.getKey();
            String source = entry.getValue();
            if (source.isEmpty() || source.length() > MAX_LENGTH) {
                throw new IllegalArgumentException(
                        "part." + key + " 应有1–" + MAX_LENGTH + "个字符 (must have 1–" + MAX_LENGTH + " characters)");
            }
            if (source.chars().anyMatch(c -> c == '{' || c == '}' || c == '[' || c == ']')) {
                // No formula needs them, and the parser's look-ahead over nested ones takes exponential time.
                throw new IllegalArgumentException("part." + key + " 不能含有 { } [ ]：公式只用数字、变量、运算符和圆括号"
                        + " (formulas use numbers, variables, operators and round brackets only)");
            }
            if (nesting(source) > MAX_NESTING) {
                // The parser recurses per level: a deep formula would overflow its stack, not fail.
                throw new IllegalArgumentException("part." + key + " 括号嵌套超过" + MAX_NESTING + "层 (brackets nested more"
                        + " than " + MAX_NESTING + " levels deep)");
            }
            JexlScript expression;
            try {
                expression = JEXL.createScript(FEATURES, new JexlInfo("part." + key, 1, 1), source);
            } catch (JexlException e) {
                JexlInfo info = e.getInfo();
                throw new IllegalArgumentException(
                        "part." + key + " 第" + (info == null ? 1 : info.getLine()) + "行第"
                                + (info == null ? 1 : info.getColumn()) + "列有误 (error at line "
                                + (info == null ? 1 : info.getLine())
                                + ", column " + (info == null ? 1 : info.getColumn()) + "): " + e.getMessage(),
                        e);
            }
            for (List<String> variable : expression.getVariables()) {
                String name = String.join(".", variable);
                if (!Variables.NAMES.contains(name)) {
                    throw new IllegalArgumentException("part." + key + " 用了未知变量 " + name + " (unknown variable); 可用 "
                            + "(known): " + Variables.NAMES);
                }
            }
            Object label = properties.get("label." + key);
            parts.add(new Part(key, label == null ? key : label.toString(), source, expression));
        }
        Object name = properties.get("name");
        return new Formulas(name == null ? "公式评分" : name.toString(), parts);
    }

    /** The deepest nesting of round brackets, and of signs before a number (each a level of the parser too). */
    private static int nesting(String source) {
        int depth = 0;
        int deepest = 0;
        int signs = 0;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '(') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == ')') {
                depth--;
            }
            signs = c == '-' || c == '+' || c == '!' || c == '~' ? signs + 1 : Character.isWhitespace(c) ? signs : 0;
            deepest = Math.max(deepest, depth + signs);
        }
        return deepest;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return formulas.name();
    }

    @Override
    public List<String> problems() {
        return problems;
    }

    @Override
    public List<UnitScore> score(AssessmentInput input) {
        Formulas current = formulas;
        long mostHosted = input.units().stream()
                .mapToLong(u -> u.all().get(Metric.HANDLED_COUNT).numerator())
                .max()
                .orElse(0);
        List<UnitScore> scores = new ArrayList<>();
        for (UnitMetrics unit : input.units()) {
            Map<String, Object> values =
                    Variables.of(unit, mostHosted, input.units().size());
            List<UnitScore.ScoreLine> lines = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (Part part : current.parts()) {
                Object result;
                try {
                    result = part.expression().execute(new MapContext(new LinkedHashMap<>(values)));
                } catch (JexlException e) {
                    throw new IllegalStateException(
                            part.label() + "（part." + part.key() + "）计算出错 (failed): " + e.getMessage(), e);
                }
                if (!(result instanceof Number number)) {
                    throw new IllegalStateException(
                            part.label() + "（part." + part.key() + "）的结果不是数 (is not a number): " + result);
                }
                BigDecimal points = new BigDecimal(number.toString()).setScale(2, RoundingMode.HALF_UP);
                total = total.add(points);
                String used = part.expression().getVariables().stream()
                        .map(v -> String.join(".", v))
                        .distinct()
                        .map(v -> v + "=" + values.get(v))
                        .collect(Collectors.joining("，"));
                lines.add(new UnitScore.ScoreLine(
                        points,
                        part.label() + "：" + part.source() + (used.isEmpty() ? "" : "（" + used + "）"),
                        List.of()));
            }
            scores.add(new UnitScore(unit.unitCode(), total, lines));
        }
        return scores;
    }

    /** What formulas may use. */
    static final class Variables {

        private static final Map<Metric, String> RATES = Map.of(
                Metric.REPLY_RATE,
                "replyRate",
                Metric.ON_TIME_RATE,
                "onTimeRate",
                Metric.MEETING_RATE,
                "meetingRate",
                Metric.SATISFACTION_RATE,
                "satisfactionRate",
                Metric.FIRST_SATISFACTION_RATE,
                "firstSatisfactionRate",
                Metric.COMPLETION_RATE,
                "completionRate",
                Metric.EFFECT,
                "effect",
                Metric.STANDARDIZATION,
                "standardization",
                Metric.COMMITMENTS_KEPT,
                "commitmentsKept");
        static final java.util.Set<String> NAMES;

        static {
            java.util.Set<String> names = new java.util.TreeSet<>(List.of(
                    "hosted",
                    "coHandled",
                    "keyItems",
                    "mostHosted",
                    "units",
                    "rated",
                    "replied",
                    "onTime",
                    "met",
                    "satisfied",
                    "firstSatisfied",
                    "closed",
                    "classA",
                    "decidedReplies",
                    "firstTimeReplies",
                    "commitmentsDue",
                    "commitmentsKeptCount"));
            RATES.values().forEach(rate -> {
                names.add(rate);
                names.add("key" + Character.toUpperCase(rate.charAt(0)) + rate.substring(1));
            });
            NAMES = java.util.Collections.unmodifiableSet(names);
        }

        private Variables() {}

        static Map<String, Object> of(UnitMetrics unit, long mostHosted, int units) {
            Map<String, Object> values = new TreeMap<>();
            Map<Metric, Ratio> all = unit.all();
            RATES.forEach((metric, name) -> {
                values.put(name, all.get(metric).value());
                values.put(
                        "key" + Character.toUpperCase(name.charAt(0)) + name.substring(1),
                        unit.keyItems().get(metric).value());
            });
            values.put("hosted", all.get(Metric.HANDLED_COUNT).numerator());
            values.put("coHandled", unit.coHandled());
            values.put("keyItems", unit.keyItems().get(Metric.HANDLED_COUNT).numerator());
            values.put("mostHosted", mostHosted);
            values.put("units", (long) units);
            values.put("rated", all.get(Metric.SATISFACTION_RATE).denominator());
            values.put("replied", all.get(Metric.REPLY_RATE).numerator());
            values.put("onTime", all.get(Metric.ON_TIME_RATE).numerator());
            values.put("met", all.get(Metric.MEETING_RATE).numerator());
            values.put("satisfied", all.get(Metric.SATISFACTION_RATE).numerator());
            values.put("firstSatisfied", all.get(Metric.FIRST_SATISFACTION_RATE).numerator());
            values.put("closed", all.get(Metric.COMPLETION_RATE).numerator());
            values.put("classA", all.get(Metric.EFFECT).numerator());
            values.put("decidedReplies", all.get(Metric.STANDARDIZATION).denominator());
            values.put("firstTimeReplies", all.get(Metric.STANDARDIZATION).numerator());
            values.put("commitmentsDue", all.get(Metric.COMMITMENTS_KEPT).denominator());
            values.put("commitmentsKeptCount", all.get(Metric.COMMITMENTS_KEPT).numerator());
            return values;
        }
    }
}
