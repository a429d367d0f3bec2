package org.banli.rules.peritem.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
import org.banli.api.assessment.AssessmentInput;
import org.banli.api.assessment.AssessmentRule;
import org.banli.api.assessment.ItemFacts;
import org.banli.api.assessment.UnitMetrics;
import org.banli.api.assessment.UnitScore;
import org.banli.api.item.Satisfaction;
import org.osgi.service.component.annotations.Component;

/**
 * A county example: every hosted item out of 100 — speed 20 (late is 0), reply quality 50
 * (accepted at first submission 50, after being returned 30, no reply yet 0), result 30 (satisfied
 * 30, basically satisfied 20, unsatisfied or not yet rated 0) — and the unit's score is the average.
 * The explanation has one line per part: its share of the average and the items that lost points.
 */
@Component(property = AssessmentRule.RULE_PROPERTY + "=" + PerItemRule.ID)
public class PerItemRule implements AssessmentRule {

    static final String ID = "per-item";

    /** One part of an item's 100 points. */
    private record Part(String name, int full, ToIntFunction<ItemFacts> points) {}

    private static final List<Part> PARTS = List.of(
            new Part("办理速度", 20, f -> f.late() ? 0 : 20),
            new Part("答复质量", 50, f -> !f.replied() ? 0 : f.acceptedFirstTime() ? 50 : 30),
            new Part(
                    "办理结果",
                    30,
                    f -> f.satisfaction() == Satisfaction.SATISFIED
                            ? 30
                            : f.satisfaction() == Satisfaction.BASICALLY_SATISFIED ? 20 : 0));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "逐件百分制";
    }

    @Override
    public List<UnitScore> score(AssessmentInput input) {
        List<UnitScore> scores = new ArrayList<>();
        for (UnitMetrics unit : input.units()) {
            List<ItemFacts> items = input.hostedItems(unit.unitCode());
            if (items.isEmpty()) {
                continue;
            }
            List<UnitScore.ScoreLine> lines = new ArrayList<>();
            BigDecimal total = BigDecimal.ZERO;
            for (Part part : PARTS) {
                long sum = items.stream().mapToLong(part.points()::applyAsInt).sum();
                List<ItemFacts> shortOf = items.stream()
                        .filter(f -> part.points().applyAsInt(f) < part.full())
                        .toList();
                BigDecimal points =
                        BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(items.size()), 2, RoundingMode.HALF_UP);
                total = total.add(points);
                lines.add(new UnitScore.ScoreLine(
                        points,
                        part.name() + "：" + items.size() + "件共" + sum + "分，平均"
                                + points + "分（满分" + part.full() + "）"
                                + (shortOf.isEmpty() ? "" : "，" + shortOf.size() + "件未得满分"),
                        shortOf.stream().map(ItemFacts::itemId).toList()));
            }
            scores.add(new UnitScore(unit.unitCode(), total, lines));
        }
        return scores;
    }
}
