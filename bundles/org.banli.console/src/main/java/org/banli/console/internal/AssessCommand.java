package org.banli.console.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.banli.api.assessment.Assessment;
import org.banli.api.assessment.AssessmentService;
import org.banli.api.assessment.UnitScore;

@Command(scope = "banli", name = "assess", description = "年度绩效考评排名 (rank the units of a year under a rule)")
@Service
public class AssessCommand extends BanliCommand {

    @Argument(index = 0, name = "year", required = true, description = "年度 (year)")
    int year;

    @Argument(index = 1, name = "rule", required = false, description = "考评规则，缺省为主规则 (rule; the primary when left out)")
    @Completion(RuleCompleter.class)
    String rule;

    @Option(name = "--explain", description = "列出每个单位的得分说明 (print each unit's explanation)")
    boolean explain;

    @Reference
    AssessmentService assessments;

    @Override
    public Object execute() {
        Assessment assessment = assessments.assess(actor(), year, rule);
        out().println(assessment.year() + "年度考评：" + assessment.ruleName() + " (" + assessment.rule() + ")");
        ConsoleTable table = new ConsoleTable()
                .numbers("名次 Rank")
                .column("单位 Unit")
                .numbers("得分 Score")
                .numbers("承办 Hosted");
        for (Assessment.Ranked unit : assessment.ranking()) {
            table.row(
                    unit.rank(),
                    unit.unitName(),
                    unit.score(),
                    unit.metrics()
                            .all()
                            .get(org.banli.api.assessment.Metric.HANDLED_COUNT)
                            .numerator());
        }
        table.print(out());
        if (explain) {
            for (Assessment.Ranked unit : assessment.ranking()) {
                out().println(unit.rank() + ". " + unit.unitName() + " " + unit.score());
                for (UnitScore.ScoreLine line : unit.explanation()) {
                    out().println("    " + line.points() + "  " + line.reason()
                            + (line.itemIds().isEmpty() ? "" : "  件 " + line.itemIds()));
                }
            }
        }
        return null;
    }
}
