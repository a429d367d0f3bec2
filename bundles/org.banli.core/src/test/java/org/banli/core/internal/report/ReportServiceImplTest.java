package org.banli.core.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.banli.api.BanliException;
import org.banli.api.RuleViolationException;
import org.banli.api.assessment.AssessmentInput;
import org.banli.api.assessment.AssessmentRule;
import org.banli.api.assessment.Metric;
import org.banli.api.assessment.UnitScore;
import org.banli.api.item.Item;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ReplyClass;
import org.banli.api.item.Satisfaction;
import org.banli.api.item.Step;
import org.banli.api.report.ReportModel;
import org.banli.api.report.ReportParameters;
import org.banli.api.report.ReportTable;
import org.banli.core.internal.TwoUnitFigures;
import org.banli.core.internal.WorkflowFixture;
import org.banli.core.internal.assessment.AssessmentServiceImpl;
import org.banli.core.internal.assessment.MetricsServiceImpl;
import org.banli.store.spi.MetricsStore;
import org.junit.jupiter.api.Test;

/** The reports' models over the workflow's own data: what each row says, and who sees which rows. */
class ReportServiceImplTest extends WorkflowFixture {

    private final MetricsStore figures = new TwoUnitFigures();

    private ReportServiceImpl reports() {
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        MetricsServiceImpl metrics = new MetricsServiceImpl(figures, directory.unitStore, zone, clock);
        AssessmentServiceImpl assessments = new AssessmentServiceImpl(metrics);
        assessments.addRule(
                new AssessmentRule() {
                    @Override
                    public String id() {
                        return "standard";
                    }

                    @Override
                    public String displayName() {
                        return "按满意率";
                    }

                    @Override
                    public List<UnitScore> score(AssessmentInput input) {
                        return input.units().stream()
                                .map(u -> new UnitScore(
                                        u.unitCode(),
                                        BigDecimal.valueOf(u.all()
                                                        .get(Metric.SATISFACTION_RATE)
                                                        .value()
                                                * 100),
                                        List.of(new UnitScore.ScoreLine(BigDecimal.TEN, "满意率", List.of()))))
                                .toList();
                    }
                },
                Map.of(AssessmentRule.RULE_PROPERTY, "standard"));
        return new ReportServiceImpl(
                service,
                metrics,
                assessments,
                figures,
                items,
                directory.unitStore,
                directory.userStore,
                zone,
                15,
                clock);
    }

    private static List<List<Object>> rows(ReportTable table) {
        List<List<Object>> rows = new ArrayList<>();
        try {
            table.rows().forEachRow(rows::add);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return rows;
    }

    private static ReportParameters year(int year) {
        return new ReportParameters(year, null, null, null, null, null);
    }

    @Test
    void theRegisterHasARowPerItemWithItsUnitStateClassAndRating() {
        Item rated = replied(ReplyClass.A);
        step(DEPUTY, rated, new Step.Rate(Satisfaction.SATISFIED, null, null, "满意"));
        Item waiting = assigned();
        Item other = registered(ItemKind.SUGGESTION, "deputy2", false);
        step(OFFICE, other, new Step.Assign("tra", List.of(), null));

        ReportModel model = reports().build(OFFICE, "register", year(2026));

        assertThat(model.title()).isEqualTo("2026年建议提案台账");
        ReportTable table = model.tables().get(0);
        assertThat(table.columns())
                .extracting(ReportTable.Column::key)
                .containsExactly(
                        "label",
                        "title",
                        "submitter",
                        "category",
                        "keyItem",
                        "hostUnit",
                        "status",
                        "registered",
                        "deadline",
                        "replyClass",
                        "satisfaction");
        List<List<Object>> rows = rows(table);
        assertThat(rows).hasSize(3);
        List<Object> first = rows.stream()
                .filter(r -> r.get(0).equals(rated.label()))
                .findFirst()
                .orElseThrow();
        assertThat(first.get(2)).isEqualTo("deputy");
        assertThat(first.get(5)).isEqualTo("县教育局");
        assertThat(first.get(7)).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(first.subList(9, 11)).containsExactly("A", "满意");
        List<Object> open = rows.stream()
                .filter(r -> r.get(0).equals(waiting.label()))
                .findFirst()
                .orElseThrow();
        assertThat(open.get(6)).isEqualTo("已交办");
        assertThat(open.subList(9, 11)).containsExactly(null, null);

        assertThat(rows(reports().build(EDU, "register", year(2026)).tables().get(0)))
                .as("a unit's staff get only their unit's rows")
                .hasSize(2)
                .allSatisfy(row -> assertThat(row.get(5)).isEqualTo("县教育局"));
        assertThat(rows(reports()
                        .build(OFFICE, "register", new ReportParameters(2026, null, "tra", null, null, null))
                        .tables()
                        .get(0)))
                .hasSize(1);
        assertThat(rows(reports()
                        .build(
                                OFFICE,
                                "register",
                                new ReportParameters(2026, null, null, LocalDate.of(2026, 3, 3), null, null))
                        .tables()
                        .get(0)))
                .as("registered before the range")
                .isEmpty();
    }

    @Test
    void theOverdueListSeparatesMissedDeadlinesFromThoseComingUp() {
        Item late = assigned();
        clock.advance(Duration.ofDays(50));
        Item soon = assigned();
        clock.advance(Duration.ofDays(50)); // 06-10: late's deadline 06-02 passed; soon's (07-21) is 41 days away
        assertThat(rows(reports()
                        .build(SUPERVISOR, "overdue", ReportParameters.none())
                        .tables()
                        .get(1)))
                .isEmpty();
        clock.advance(Duration.ofDays(29)); // 07-09

        ReportModel model = reports().build(SUPERVISOR, "overdue", ReportParameters.none());

        assertThat(model.figures()).extracting(ReportModel.Figure::value).containsExactly("1", "1");
        List<List<Object>> overdue = rows(model.tables().get(0));
        assertThat(overdue).hasSize(1);
        assertThat(overdue.get(0).get(0)).isEqualTo(late.label());
        assertThat((Long) overdue.get(0).get(5)).isNegative();
        List<List<Object>> atRisk = rows(model.tables().get(1));
        assertThat(atRisk).extracting(r -> r.get(0)).containsExactly(soon.label());
        assertThat(atRisk.get(0).get(5)).isEqualTo(12L);
    }

    @Test
    void theReplyLetterCarriesClassAddresseeBodyPromisesSignerAndContact() {
        Item item = approved(accepted(), draft(ReplyClass.B, promise("2027年春季学期前完成食堂改造", date(2027, 2, 28))));

        ReportModel letter =
                reports().build(EDU, "reply-letter", new ReportParameters(null, null, null, null, null, item.id()));

        assertThat(letter.title()).isEqualTo("县教育局关于" + item.label() + "的答复");
        assertThat(letter.figures())
                .extracting(ReportModel.Figure::value)
                .containsExactly("B（正在解决或列入计划）", item.label(), "王局长");
        assertThat(letter.paragraphs())
                .first()
                .isEqualTo(new ReportModel.Paragraph("deputy代表：", ReportModel.Paragraph.Style.PLAIN));
        assertThat(letter.paragraphs())
                .extracting(ReportModel.Paragraph::text)
                .contains(TEXT, "承诺事项1：2027年春季学期前完成食堂改造（2027年2月28日前完成）", "县教育局")
                .anySatisfy(p -> assertThat(p).startsWith("联系人："));
        assertThat(letter.paragraphs())
                .contains(new ReportModel.Paragraph("县教育局", ReportModel.Paragraph.Style.SIGNATURE));

        assertThatThrownBy(() -> reports()
                        .build(
                                EDU,
                                "reply-letter",
                                new ReportParameters(
                                        null, null, null, null, null, assigned().id())))
                .isInstanceOf(BanliException.class)
                .hasMessageContaining("尚无");
        assertThatThrownBy(() -> reports()
                        .build(TRA, "reply-letter", new ReportParameters(null, null, null, null, null, item.id())))
                .isInstanceOf(BanliException.class)
                .extracting(e -> ((BanliException) e).problem())
                .isEqualTo(BanliException.Problem.NOT_FOUND);
        assertThatThrownBy(() -> reports().build(EDU, "reply-letter", ReportParameters.none()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("item");
    }

    @Test
    void theAnnualSummarySaysTheCountysFiguresInWordsAndByUnit() {
        replied(ReplyClass.A);
        ReportModel summary = reports().build(SUPERVISOR, "annual-summary", year(2026));

        assertThat(summary.title()).isEqualTo("2026年度建议提案办理情况");
        assertThat(summary.figures())
                .extracting(f -> f.label() + "=" + f.value())
                .contains("人大代表建议=1件", "承办单位=2个", "办复率=50.0%（4/8）", "重新办理=1件");
        assertThat(summary.paragraphs().get(0).text())
                .startsWith("2026年，全县共收到人大代表建议1件、政协委员提案0件，交由2个单位承办4件")
                .contains("办复率50.0%（4/8）", "答复中A类3件、C类1件。", "因不满意重新办理1件。");
        List<List<Object>> byClass = rows(summary.tables().get(0));
        assertThat(byClass.get(0)).containsExactly("A", "已解决或采纳", 3L, 0.75);
        List<List<Object>> byUnit = rows(summary.tables().get(1));
        assertThat(byUnit).extracting(r -> r.get(0)).containsExactly("县教育局", "县交通运输局", "县水利局");
        assertThat(byUnit.get(0).subList(1, 5)).containsExactly(3L, 0L, 1L, 0.75);
        assertThat(byUnit.get(2).subList(1, 5))
                .as("a unit that only co-handles")
                .containsExactly(0L, 2L, 0L, null);

        assertThatThrownBy(() -> reports().build(EDU, "annual-summary", year(2026)))
                .isInstanceOf(BanliException.class)
                .hasMessageContaining("无权");
        assertThat(rows(reports()
                        .build(EDU, "unit-statistics", year(2026))
                        .tables()
                        .get(0)))
                .as("a unit's staff get their own row")
                .extracting(r -> r.get(0))
                .containsExactly("县教育局");
        assertThatThrownBy(() -> reports().build(DEPUTY, "unit-statistics", year(2026)))
                .isInstanceOf(BanliException.class);
        assertThat(rows(reports()
                        .build(NPC, "unit-statistics", year(2026))
                        .tables()
                        .get(0)))
                .hasSize(3);
    }

    @Test
    void everyReportIsWordedInChineseAloneAsOfficialDocumentsAre() {
        Item item = approved(accepted(), draft(ReplyClass.B, promise("2027年春季学期前完成食堂改造", date(2027, 2, 28))));
        List<ReportModel> models = List.of(
                reports().build(OFFICE, "register", year(2026)),
                reports().build(SUPERVISOR, "overdue", ReportParameters.none()),
                reports().build(SUPERVISOR, "annual-summary", year(2026)),
                reports().build(OFFICE, "assessment", year(2026)),
                reports().build(EDU, "reply-letter", new ReportParameters(null, null, null, null, null, item.id())));
        List<String> words = new java.util.ArrayList<>();
        for (ReportModel model : models) {
            words.add(model.title());
            model.figures().forEach(f -> words.add(f.label()));
            for (ReportTable table : model.tables()) {
                words.add(table.title());
                table.columns().forEach(c -> words.add(c.label()));
            }
        }
        assertThat(words).hasSizeGreaterThan(40).noneMatch(w -> w.matches(".*[A-Za-z]{2,}.*"));
    }

    @Test
    void theAssessmentReportRanksUnitsUnderThePrimaryRule() {
        ReportModel assessment = reports().build(OFFICE, "assessment", year(2026));
        assertThat(assessment.title()).isEqualTo("2026年度承办单位绩效考评（按满意率）");
        List<List<Object>> rows = rows(assessment.tables().get(0));
        assertThat(rows).extracting(r -> r.get(0) + " " + r.get(1)).containsExactly("1 县教育局", "2 县交通运输局", "3 县水利局");
        assertThat(rows.get(0).get(6)).isEqualTo("10 满意率");
    }

    @Test
    void anUnknownReportIsNotFoundWithTheListOfReports() {
        assertThatThrownBy(() -> reports().build(OFFICE, "nope", ReportParameters.none()))
                .hasMessageContaining("register")
                .hasMessageContaining("reply-letter");
        assertThat(reports().reports()).extracting(r -> r.id()).contains("register", "overdue", "reply-letter");
    }
}
