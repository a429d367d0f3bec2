package org.banli.rules.standard.internal;

import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.banli.api.assessment.AssessmentInput;
import org.banli.api.assessment.AssessmentRule;
import org.banli.api.assessment.ItemFacts;
import org.banli.api.assessment.Metric;
import org.banli.api.assessment.Ratio;
import org.banli.api.assessment.UnitMetrics;
import org.banli.api.assessment.UnitScore;
import org.banli.api.assessment.UnitScore.ScoreLine;
import org.banli.api.item.ReplyClass;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A score out of 100: each part is its weight times the unit's rate, and the parts a unit has
 * nothing to count for (no rated item, no key item) are left out, the others scaled up to 100,
 * so no unit gains or loses by what it was never given. Each part is one explanation line naming
 * the items that fell short.
 */
@Component(configurationPid = StandardWeights.PID, property = AssessmentRule.RULE_PROPERTY + "=" + StandardRule.ID)
@Designate(ocd = StandardWeights.class)
public class StandardRule implements AssessmentRule {

    static final String ID = "standard";

    /** One weighted part: its metric, name, the items that count for it and those that met it. */
    private record Part(
            String name,
            double weight,
            Metric metric,
            boolean keyItems,
            Predicate<ItemFacts> counts,
            Predicate<ItemFacts> met) {}

    private static final Logger LOG = LoggerFactory.getLogger(StandardRule.class);

    /** The parts and the floor read from one configuration, checked together. */
    private record Weighting(List<Part> parts, double satisfactionFloor) {}

    private volatile Weighting weighting;
    private volatile List<String> problems = List.of();

    /** Wrong weights at the start leave the defaults in force (and say so); the rule is always there to rank. */
    @Activate
    public StandardRule(StandardWeights weights) {
        weighting = weighting(defaults());
        modified(weights);
    }

    /** Wrong weights are refused: the ones read before stay in force and {@link #problems()} says why. */
    @Modified
    void modified(StandardWeights weights) {
        try {
            weighting = weighting(weights);
            problems = List.of();
        } catch (IllegalArgumentException e) {
            problems = List.of(e.getMessage());
            LOG.error(
                    "Standard rule: the new weights are refused and the previous ones stay in force: {}",
                    e.getMessage());
        }
    }

    @Override
    public List<String> problems() {
        return problems;
    }

    /** The weights as {@code etc/} has them when it says nothing: the defaults of {@link StandardWeights}. */
    public static StandardWeights defaults() {
        return (StandardWeights) Proxy.newProxyInstance(
                StandardWeights.class.getClassLoader(),
                new Class<?>[] {StandardWeights.class},
                (proxy, method, arguments) -> method.getDefaultValue());
    }

    private static Weighting weighting(StandardWeights weights) {
        List<Part> next = List.of(
                new Part(
                        "满意率",
                        weights.satisfaction(),
                        Metric.SATISFACTION_RATE,
                        false,
                        f -> f.satisfaction() != null,
                        ItemFacts::satisfied),
                new Part("办结率", weights.completion(), Metric.COMPLETION_RATE, false, f -> true, ItemFacts::closed),
                new Part(
                        "办结效果（A类）",
                        weights.effect(),
                        Metric.EFFECT,
                        false,
                        ItemFacts::replied,
                        f -> f.replyClass() == ReplyClass.A),
                new Part("办理数量", weights.quantity(), Metric.HANDLED_COUNT, false, f -> false, f -> true),
                new Part(
                        "重点件满意率",
                        weights.keyItems(),
                        Metric.SATISFACTION_RATE,
                        true,
                        f -> f.keyItem() && f.satisfaction() != null,
                        ItemFacts::satisfied),
                new Part("办复率", weights.replyRate(), Metric.REPLY_RATE, false, f -> true, ItemFacts::replied),
                new Part("见面率", weights.meetingRate(), Metric.MEETING_RATE, false, f -> true, ItemFacts::met),
                new Part(
                        "规范化",
                        weights.standardization(),
                        Metric.STANDARDIZATION,
                        false,
                        ItemFacts::replied,
                        ItemFacts::acceptedFirstTime));
        if (next.stream().anyMatch(p -> p.weight() < 0 || Double.isNaN(p.weight()))
                || next.stream().mapToDouble(Part::weight).sum() <= 0) {
            throw new IllegalArgumentException("权重不能为负且不能全为零 (weights must not be negative nor all zero)");
        }
        if (weights.satisfactionFloor() < 0 || weights.satisfactionFloor() > 1) {
            throw new IllegalArgumentException(
                    "satisfactionFloor 应在 0–1 之间 (must be 0–1): " + weights.satisfactionFloor());
        }
        return new Weighting(next, weights.satisfactionFloor());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "标准加权评分";
    }

    @Override
    public List<UnitScore> score(AssessmentInput input) {
        Weighting current = weighting;
        List<Part> weighted = current.parts();
        double satisfactionFloor = current.satisfactionFloor();
        long most = input.units().stream()
                .mapToLong(u -> u.all().get(Metric.HANDLED_COUNT).numerator())
                .max()
                .orElse(0);
        List<UnitScore> scores = new ArrayList<>();
        for (UnitMetrics unit : input.units()) {
            if (unit.all().get(Metric.HANDLED_COUNT).numerator() == 0) {
                continue; // co-handling only: nothing hosted to score
            }
            List<Part> counted = new ArrayList<>();
            List<Ratio> rates = new ArrayList<>();
            for (Part part : weighted) {
                Ratio ratio = part.metric() == Metric.HANDLED_COUNT
                        ? new Ratio(unit.all().get(Metric.HANDLED_COUNT).numerator(), most)
                        : (part.keyItems() ? unit.keyItems() : unit.all()).get(part.metric());
                if (part.weight() > 0 && ratio.denominator() > 0) {
                    counted.add(part);
                    rates.add(ratio);
                }
            }
            double scale = 100 / counted.stream().mapToDouble(Part::weight).sum();
            List<ScoreLine> lines = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (int i = 0; i < counted.size(); i++) {
                Part part = counted.get(i);
                Ratio ratio = rates.get(i);
                boolean belowFloor = part.metric() == Metric.SATISFACTION_RATE
                        && !part.keyItems()
                        && ratio.value() < satisfactionFloor;
                BigDecimal points = BigDecimal.valueOf(belowFloor ? 0 : part.weight() * scale * ratio.value())
                        .setScale(2, RoundingMode.HALF_UP);
                total = total.add(points);
                String reason = part.name() + " " + percent(ratio) + "（" + ratio.numerator() + "/" + ratio.denominator()
                        + "）× " + BigDecimal.valueOf(part.weight() * scale).setScale(2, RoundingMode.HALF_UP)
                        + (belowFloor
                                ? "，低于底线" + percent(new Ratio(Math.round(satisfactionFloor * 1000), 1000)) + "，不得分"
                                : "");
                List<Long> shortfall = part.metric() == Metric.HANDLED_COUNT
                        ? List.of()
                        : input.hostedItems(unit.unitCode()).stream()
                                .filter(part.counts())
                                .filter(part.met().negate())
                                .map(ItemFacts::itemId)
                                .toList();
                lines.add(new ScoreLine(points, reason, shortfall));
            }
            scores.add(new UnitScore(unit.unitCode(), total, lines));
        }
        return scores;
    }

    private static String percent(Ratio ratio) {
        return BigDecimal.valueOf(ratio.value() * 100)
                        .setScale(1, RoundingMode.HALF_UP)
                        .toPlainString() + "%";
    }
}
