package org.banli.api.assessment;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.banli.api.item.ReplyClass;
import org.banli.api.item.Satisfaction;

/**
 * The small county whose every figure was counted by hand (JpaMetricsStoreTest builds it in a
 * real database and asserts these same numbers), for the tests of rule plugins.
 * <ul>
 * <li>edu hosts E1 (key item; replied first time on time; visited; satisfied; closed), E2 (replied
 * late after a return, B then A; met only after the reply; basically satisfied; two promises due,
 * one kept) and E3 (no reply, its deadline passed; met on site), and co-handles T1, opinion 42 days
 * before the deadline.</li>
 * <li>tra hosts T1 (class C, on time, first time), T2 (reply awaiting review) and T3 (a proposal,
 * nothing done).</li>
 * </ul>
 */
public final class AssessmentFixtures {

    public static final UnitMetrics EDU = new UnitMetrics(
            "edu",
            "县教育局",
            2026,
            metrics(3, 6, 2, 3, 1, 3, 2, 3, 2, 2, 1, 2, 1, 3, 2, 2, 2, 3, 1, 2),
            metrics(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0),
            1);
    public static final UnitMetrics TRA = new UnitMetrics(
            "tra",
            "县交通运输局",
            2026,
            metrics(3, 6, 1, 3, 1, 3, 0, 3, 0, 0, 0, 0, 0, 3, 0, 1, 1, 1, 0, 0),
            metrics(new long[20]),
            0);

    public static final List<ItemFacts> EDU_ITEMS = List.of(
            new ItemFacts(
                    1,
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
                    0),
            new ItemFacts(
                    2,
                    "2026年建议第2号",
                    false,
                    true,
                    false,
                    true,
                    false,
                    false,
                    ReplyClass.A,
                    Satisfaction.BASICALLY_SATISFIED,
                    false,
                    2,
                    1),
            new ItemFacts(3, "2026年建议第3号", false, false, false, true, true, false, null, null, false, 0, 0));
    public static final List<ItemFacts> TRA_ITEMS = List.of(
            new ItemFacts(4, "2026年建议第4号", false, true, true, false, false, true, ReplyClass.C, null, false, 0, 0),
            new ItemFacts(5, "2026年建议第5号", false, false, false, false, false, false, null, null, false, 0, 0),
            new ItemFacts(6, "2026年提案第1号", false, false, false, false, false, false, null, null, false, 0, 0));
    public static final List<CoHandlingFacts> EDU_CO_HANDLED =
            List.of(new CoHandlingFacts(4, "2026年建议第4号", "tra", 42L, -118L));

    private AssessmentFixtures() {}

    /** Numerator and denominator of each metric in {@link Metric}'s order. */
    public static Map<Metric, Ratio> metrics(long... parts) {
        Map<Metric, Ratio> map = new EnumMap<>(Metric.class);
        Metric[] order = Metric.values();
        for (int i = 0; i < order.length; i++) {
            map.put(order[i], new Ratio(parts[2 * i], parts[2 * i + 1]));
        }
        return map;
    }

    /** The county as a rule sees it. */
    public static AssessmentInput county(
            List<UnitMetrics> units,
            Map<String, List<ItemFacts>> hosted,
            Map<String, List<CoHandlingFacts>> coHandled) {
        return new AssessmentInput() {
            @Override
            public int year() {
                return 2026;
            }

            @Override
            public List<UnitMetrics> units() {
                return units;
            }

            @Override
            public List<ItemFacts> hostedItems(String unitCode) {
                return hosted.getOrDefault(unitCode, List.of());
            }

            @Override
            public List<CoHandlingFacts> coHandledItems(String unitCode) {
                return coHandled.getOrDefault(unitCode, List.of());
            }
        };
    }

    /** edu and tra with their items. */
    public static AssessmentInput county() {
        return county(List.of(EDU, TRA), Map.of("edu", EDU_ITEMS, "tra", TRA_ITEMS), Map.of("edu", EDU_CO_HANDLED));
    }
}
