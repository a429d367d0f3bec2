package org.banli.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.banli.api.assessment.CoHandlingFacts;
import org.banli.api.assessment.ItemFacts;
import org.banli.api.assessment.Metric;
import org.banli.api.assessment.Ratio;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ReplyClass;
import org.banli.api.item.Satisfaction;
import org.banli.store.spi.MetricsStore;

/**
 * The database's aggregation, as JpaMetricsStoreTest proves it, for a county of two host units
 * (edu, tra) and one that only co-handles (wat), in 2026 in Shanghai.
 */
public final class TwoUnitFigures implements MetricsStore {

    @Override
    public Map<String, Map<Metric, Ratio>> unitMetrics(
            Instant from, Instant to, ItemKind kind, boolean keyItems, LocalDate today) {
        assertThat(from).isEqualTo(Instant.parse("2025-12-31T16:00:00Z")); // 2026-01-01 in Shanghai
        assertThat(to).isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
        if (kind == ItemKind.PROPOSAL) { // the proposals alone: tra hosts the one there is
            return keyItems ? Map.of() : Map.of("tra", ratios(1, 1));
        }
        return keyItems ? Map.of("edu", ratios(1, 1)) : Map.of("edu", ratios(3, 4), "tra", ratios(1, 4));
    }

    /** Every metric numerator/denominator alike. */
    public static Map<Metric, Ratio> ratios(long numerator, long denominator) {
        Map<Metric, Ratio> map = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            map.put(metric, new Ratio(numerator, denominator));
        }
        return map;
    }

    @Override
    public Map<String, Long> coHandled(Instant from, Instant to, ItemKind kind) {
        return kind == ItemKind.PROPOSAL ? Map.of() : Map.of("wat", 2L);
    }

    @Override
    public Map<ReplyClass, Long> replyClasses(Instant from, Instant to, ItemKind kind) {
        return Map.of(ReplyClass.A, 3L, ReplyClass.C, 1L);
    }

    @Override
    public long rehandled(Instant from, Instant to, ItemKind kind) {
        return 1;
    }

    @Override
    public Map<String, List<ItemFacts>> hostedItems(
            Instant from, Instant to, ItemKind kind, String unitCode, LocalDate today) {
        if (kind == ItemKind.PROPOSAL) {
            return unitCode != null && !unitCode.equals("tra")
                    ? Map.of()
                    : Map.of(
                            "tra",
                            List.of(new ItemFacts(
                                    21,
                                    "2026年提案第1号",
                                    false,
                                    true,
                                    true,
                                    false,
                                    true,
                                    true,
                                    ReplyClass.B,
                                    Satisfaction.SATISFIED,
                                    true,
                                    0,
                                    0)));
        }
        return unitCode != null && !unitCode.equals("edu")
                ? Map.of()
                : Map.of(
                        "edu",
                        List.of(new ItemFacts(
                                11,
                                "2026年建议第1号",
                                true,
                                true,
                                true,
                                false,
                                true,
                                true,
                                ReplyClass.A,
                                Satisfaction.SATISFIED,
                                true,
                                0,
                                0)));
    }

    @Override
    public List<CoHandlingFacts> coHandledItems(
            Instant from, Instant to, ItemKind kind, String unitCode, ZoneId zone, LocalDate today) {
        return kind != ItemKind.PROPOSAL && unitCode.equals("wat")
                ? List.of(new CoHandlingFacts(12, "2026年建议第2号", "tra", 25L, 30L))
                : List.of();
    }
}
