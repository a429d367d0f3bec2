package org.banli.core.internal.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.banli.api.assessment.Metric;
import org.banli.api.assessment.UnitMetrics;
import org.banli.store.jpa.internal.BenchmarkCounty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark at a small size, so that the build notices when it no longer runs, and a check that
 * what it times agrees: Banli's figures from the items' kept facts are the baseline's counts over
 * the raw reply and rating rows.
 */
class AssessmentBenchmarkTest {

    @Test
    void banlisFiguresAreTheBaselinesCountsOfTheSameRows(@TempDir Path folder) throws SQLException {
        try (BenchmarkCounty county =
                new BenchmarkCounty(folder.resolve("county").toString())) {
            county.fill(12, 1_500);
            Map<String, long[]> raw = county.rawAggregation();
            MetricsServiceImpl metrics = AssessmentBenchmark.metrics(county);
            List<UnitMetrics> units = metrics.metrics(AssessmentBenchmark.OFFICE, 2026, null);

            assertThat(units).hasSize(12);
            assertThat(raw).hasSize(12);
            for (UnitMetrics unit : units) {
                long[] counted = raw.get(unit.unitCode());
                assertThat(unit.all().get(Metric.REPLY_RATE).denominator())
                        .as(unit.unitCode())
                        .isEqualTo(counted[0]);
                assertThat(unit.all().get(Metric.REPLY_RATE).numerator())
                        .as(unit.unitCode())
                        .isEqualTo(counted[1]);
                assertThat(unit.all().get(Metric.COMPLETION_RATE).numerator())
                        .as(unit.unitCode())
                        .isEqualTo(counted[2]);
                // The county rates only 满意 or 不满意, so the satisfied are the baseline's.
                assertThat(unit.all().get(Metric.SATISFACTION_RATE).numerator())
                        .as(unit.unitCode())
                        .isEqualTo(counted[3]);
            }
            assertThat(AssessmentBenchmark.assessments(metrics)
                            .assess(AssessmentBenchmark.OFFICE, 2026, "standard")
                            .ranking())
                    .hasSize(12);
        }
    }
}
