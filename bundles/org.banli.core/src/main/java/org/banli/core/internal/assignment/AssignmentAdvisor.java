package org.banli.core.internal.assignment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.banli.api.Text;
import org.banli.api.assignment.SuggestedUnit;

/**
 * Who should handle an item, from what suggests it: the unit the office's sheet proposed; else the host of most of the
 * other years' items on the same matter, the category table's unit counting as half an item (it breaks a tie and
 * decides alone when there are none), a remaining tie going to the likest item's host. Items count alike whatever
 * their scores, which mean different things from engine to engine. Co-units are the sheet's, those that helped with
 * at least half of the similar items, and the category's when its host is the one suggested.
 */
public final class AssignmentAdvisor {

    /** What the category table's unit counts for beside each similar item's one (measured: AssignmentBenchmark). */
    public static final double CATEGORY_WEIGHT = 0.5;

    /** The most co-units suggested. */
    static final int MAX_CO_UNITS = 4;

    /** An item of another year like the one to assign, and who handled it. */
    public record HandledItem(int year, String host, List<String> coUnits) {

        public HandledItem {
            coUnits = List.copyOf(coUnits);
        }
    }

    /** What the office's sheet proposed, by unit codes; none when it came without. */
    public record SheetProposal(String host, List<String> coUnits) {

        public static final SheetProposal NONE = new SheetProposal(null, List.of());

        public SheetProposal {
            coUnits = List.copyOf(coUnits);
        }
    }

    /** The suggested host, or {@code null}, and the co-units. */
    public record Advice(SuggestedUnit host, List<SuggestedUnit> coUnits) {

        public Advice {
            coUnits = List.copyOf(coUnits);
        }
    }

    private AssignmentAdvisor() {}

    /**
     * @param category the item's category
     * @param sheet    what the sheet proposed
     * @param similar  other years' items like it that were assigned, likest first (a tie goes to the likest)
     * @param table    the county's category table
     * @param unitName a unit's name by its code
     */
    public static Advice advise(
            String category,
            SheetProposal sheet,
            List<HandledItem> similar,
            CategoryUnits table,
            Function<String, String> unitName) {
        Optional<CategoryUnits.Units> byCategory = table.of(category);
        Map<String, Double> weight = new LinkedHashMap<>();
        similar.forEach(past -> weight.merge(past.host(), 1.0, Double::sum));
        byCategory.ifPresent(units -> weight.merge(units.host(), CATEGORY_WEIGHT, Double::sum));
        String host = sheet.host() != null
                ? sheet.host()
                : weight.entrySet().stream()
                        .max(Map.Entry.comparingByValue())
                        .map(Map.Entry::getKey)
                        .orElse(null);
        if (host == null) {
            return new Advice(null, List.of());
        }
        String years = similar.stream()
                .map(HandledItem::year)
                .distinct()
                .sorted()
                .map(String::valueOf)
                .collect(Collectors.joining("、"));
        Reasons hostReasons = new Reasons(unitName);
        if (host.equals(sheet.host())) {
            hostReasons.add(host, Text.Code.ASSIGNMENT_BY_SHEET);
        }
        long hosted = similar.stream().filter(p -> p.host().equals(host)).count();
        if (hosted > 0) {
            hostReasons.add(
                    host, Text.Code.ASSIGNMENT_BY_SIMILAR, "years", years, "similar", similar.size(), "hosted", hosted);
        }
        if (byCategory.isPresent() && byCategory.get().host().equals(host)) {
            hostReasons.add(host, Text.Code.ASSIGNMENT_BY_CATEGORY, "category", category.strip());
        }
        Reasons coUnits = new Reasons(unitName);
        sheet.coUnits().forEach(unit -> coUnits.add(unit, Text.Code.ASSIGNMENT_CO_UNIT_BY_SHEET));
        Map<String, Long> helped = similar.stream()
                .flatMap(p -> p.coUnits().stream())
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
        helped.entrySet().stream()
                .filter(e -> 2 * e.getValue() >= similar.size())
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .forEach(e -> coUnits.add(
                        e.getKey(),
                        Text.Code.ASSIGNMENT_CO_UNIT_BY_SIMILAR,
                        "years",
                        years,
                        "similar",
                        similar.size(),
                        "helped",
                        e.getValue()));
        byCategory
                .filter(units -> units.host().equals(host))
                .ifPresent(units -> units.coUnits()
                        .forEach(unit -> coUnits.add(
                                unit, Text.Code.ASSIGNMENT_CO_UNIT_BY_CATEGORY, "category", category.strip())));
        coUnits.remove(host);
        return new Advice(
                hostReasons.units().get(0),
                coUnits.units().stream().limit(MAX_CO_UNITS).toList());
    }

    /** Units in the order first given, each with every reason given for it. */
    private static final class Reasons {
        private final Function<String, String> unitName;
        private final Map<String, List<Text>> byUnit = new LinkedHashMap<>();

        Reasons(Function<String, String> unitName) {
            this.unitName = unitName;
        }

        void add(String unit, Text.Code code, Object... namesAndValues) {
            Object[] values = new Object[namesAndValues.length + 2];
            values[0] = "unit";
            values[1] = unitName.apply(unit);
            System.arraycopy(namesAndValues, 0, values, 2, namesAndValues.length);
            byUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(Text.of(code, values));
        }

        void remove(String unit) {
            byUnit.remove(unit);
        }

        List<SuggestedUnit> units() {
            return byUnit.entrySet().stream()
                    .map(e -> new SuggestedUnit(e.getKey(), unitName.apply(e.getKey()), e.getValue()))
                    .toList();
        }
    }
}
