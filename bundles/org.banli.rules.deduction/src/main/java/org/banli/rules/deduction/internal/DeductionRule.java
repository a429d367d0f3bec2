package org.banli.rules.deduction.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.banli.api.assessment.AssessmentInput;
import org.banli.api.assessment.AssessmentRule;
import org.banli.api.assessment.CoHandlingFacts;
import org.banli.api.assessment.ItemFacts;
import org.banli.api.assessment.Metric;
import org.banli.api.assessment.Ratio;
import org.banli.api.assessment.UnitMetrics;
import org.banli.api.assessment.UnitScore;
import org.osgi.service.component.annotations.Component;

/**
 * A county example modelled on deduction schemes: 2 points in all, each part losing points for
 * what fell short and never going below nothing.
 * <ul>
 * <li>Leadership 0.4: −0.1 for each key item without a face-to-face meeting.</li>
 * <li>Timeliness 0.4: −0.1 for each item replied late or past its deadline without a reply.</li>
 * <li>Quality 0.6: −0.3 when the satisfaction rate is under 98%, −0.3 when the meeting rate is under 100%.</li>
 * <li>Coordination 0.4: −0.1 for each co-handled item whose opinion came less than 20 days before the
 * host's deadline (or has not come with less than 20 days left).</li>
 * </ul>
 */
@Component(property = AssessmentRule.RULE_PROPERTY + "=" + DeductionRule.ID)
public class DeductionRule implements AssessmentRule {

    static final String ID = "deduction";
    static final int OPINION_LEAD_DAYS = 20;
    private static final BigDecimal TENTH = new BigDecimal("0.1");
    private static final BigDecimal THREE_TENTHS = new BigDecimal("0.3");
    private static final Ratio SATISFACTION_THRESHOLD = new Ratio(98, 100);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "扣分制考评（满分2分）";
    }

    @Override
    public List<UnitScore> score(AssessmentInput input) {
        List<UnitScore> scores = new ArrayList<>();
        for (UnitMetrics unit : input.units()) {
            List<ItemFacts> hosted = input.hostedItems(unit.unitCode());
            List<CoHandlingFacts> coHandled = input.coHandledItems(unit.unitCode());
            List<UnitScore.ScoreLine> lines = new ArrayList<>();
            List<ItemFacts> keyNotMet =
                    hosted.stream().filter(f -> f.keyItem() && !f.met()).toList();
            lines.add(perItem(
                    "组织领导",
                    "0.4",
                    keyNotMet.size(),
                    "件重点件未见面",
                    keyNotMet.stream().map(ItemFacts::itemId).toList()));
            List<ItemFacts> late = hosted.stream().filter(ItemFacts::late).toList();
            lines.add(perItem(
                    "办理时效",
                    "0.4",
                    late.size(),
                    "件未按期答复",
                    late.stream().map(ItemFacts::itemId).toList()));
            Ratio satisfaction = unit.all().get(Metric.SATISFACTION_RATE);
            Ratio meeting = unit.all().get(Metric.MEETING_RATE);
            boolean unsatisfied = satisfaction.denominator() > 0
                    && satisfaction.numerator() * SATISFACTION_THRESHOLD.denominator()
                            < SATISFACTION_THRESHOLD.numerator() * satisfaction.denominator();
            boolean notAllMet = meeting.denominator() > 0 && meeting.numerator() < meeting.denominator();
            BigDecimal quality = new BigDecimal("0.6")
                    .subtract(unsatisfied ? THREE_TENTHS : BigDecimal.ZERO)
                    .subtract(notAllMet ? THREE_TENTHS : BigDecimal.ZERO);
            lines.add(new UnitScore.ScoreLine(
                    quality,
                    "办理质量（0.6）：满意率" + satisfaction.numerator() + "/"
                            + satisfaction.denominator() + (unsatisfied ? "低于98%扣0.3" : "不扣分") + "；见面率"
                            + meeting.numerator()
                            + "/" + meeting.denominator() + (notAllMet ? "未达100%扣0.3" : "不扣分"),
                    hosted.stream()
                            .filter(f -> (unsatisfied && f.satisfaction() != null && !f.satisfied())
                                    || (notAllMet && !f.met()))
                            .map(ItemFacts::itemId)
                            .toList()));
            List<CoHandlingFacts> slow = coHandled.stream()
                    .filter(c -> c.opinionLeadDays() != null
                            ? c.opinionLeadDays() < OPINION_LEAD_DAYS
                            : c.daysToDeadline() < OPINION_LEAD_DAYS)
                    .toList();
            lines.add(perItem(
                    "协同配合",
                    "0.4",
                    slow.size(),
                    "件协办意见未在答复期限前20天送达",
                    slow.stream().map(CoHandlingFacts::itemId).toList()));
            scores.add(new UnitScore(
                    unit.unitCode(),
                    lines.stream().map(UnitScore.ScoreLine::points).reduce(BigDecimal.ZERO, BigDecimal::add),
                    lines));
        }
        return scores;
    }

    /** A part of {@code full} points losing 0.1 per item, never below nothing. */
    private static UnitScore.ScoreLine perItem(String part, String full, int count, String what, List<Long> items) {
        BigDecimal points = new BigDecimal(full)
                .subtract(TENTH.multiply(BigDecimal.valueOf(count)))
                .max(BigDecimal.ZERO)
                .setScale(1);
        return new UnitScore.ScoreLine(
                points, part + "（" + full + "）：" + (count == 0 ? "不扣分" : count + what + "，每件扣0.1"), items);
    }
}
