package org.banli.core.internal.assessment;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.banli.api.Actor;
import org.banli.api.assessment.Assessment;
import org.banli.api.assessment.AssessmentRule;
import org.banli.api.user.Role;
import org.banli.rules.standard.internal.StandardRule;
import org.banli.store.jpa.internal.BenchmarkCounty;

/**
 * A year of 100,000 items across 200 units on embedded Derby: Banli's full assessment (every
 * metric of every unit and of their key items by GROUP BY, the item facts the standard rule
 * names, the ranking) against one hand-written SQL aggregation of the same items, in one JVM.
 */
public final class AssessmentBenchmark {

    private static final int ROUNDS = 3;

    private AssessmentBenchmark() {}

    static final Actor OFFICE = new Actor("office", Set.of(Role.OFFICE), null);

    /** The county's metrics in the county's time zone, on a fixed day late in the year. */
    static MetricsServiceImpl metrics(BenchmarkCounty county) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-27T02:00:00Z"), ZoneOffset.UTC);
        return new MetricsServiceImpl(county.metrics(), county.units(), ZoneId.of("Asia/Shanghai"), clock);
    }

    /** The assessment as Karaf wires it, with the standard rule at its default weights. */
    static AssessmentServiceImpl assessments(MetricsServiceImpl metrics) {
        AssessmentServiceImpl assessments = new AssessmentServiceImpl(metrics);
        assessments.addRule(
                new StandardRule(StandardRule.defaults()), Map.of(AssessmentRule.RULE_PROPERTY, "standard"));
        return assessments;
    }

    public static void main(String[] args) throws IOException, SQLException {
        int units = Integer.getInteger("banli.benchmark.units", 200);
        int items = Integer.getInteger("banli.benchmark.items", 100_000);
        PrintStream report = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Path folder = Path.of("target", "benchmark-county").toAbsolutePath();
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
        try (BenchmarkCounty county = new BenchmarkCounty(folder.toString())) {
            long filling = System.nanoTime();
            county.fill(units, items);
            report.printf(
                    "Assessment of %,d items across %d units (Derby, filled in %,d s)%n",
                    items, units, (System.nanoTime() - filling) / 1_000_000_000);
            AssessmentServiceImpl assessments = assessments(metrics(county));
            assessments.assess(OFFICE, 2026, "standard");
            county.rawAggregation();
            long[] banli = new long[ROUNDS];
            long[] raw = new long[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                long start = System.nanoTime();
                Assessment assessment = assessments.assess(OFFICE, 2026, "standard");
                banli[round] = System.nanoTime() - start;
                start = System.nanoTime();
                Map<String, long[]> rows = county.rawAggregation();
                raw[round] = System.nanoTime() - start;
                report.printf(
                        "round %d: Banli %,d ms (%d units ranked), one SQL aggregation %,d ms (%d rows)%n",
                        round + 1,
                        banli[round] / 1_000_000,
                        assessment.ranking().size(),
                        raw[round] / 1_000_000,
                        rows.size());
            }
            Arrays.sort(banli);
            Arrays.sort(raw);
            report.printf(
                    "median: Banli %,d ms, one SQL aggregation %,d ms, ratio %.1f%n",
                    banli[ROUNDS / 2] / 1_000_000,
                    raw[ROUNDS / 2] / 1_000_000,
                    (double) banli[ROUNDS / 2] / raw[ROUNDS / 2]);
        }
    }
}
