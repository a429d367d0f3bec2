package org.banli.core.internal.assignment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.banli.api.unit.Unit;

/**
 * The county's table of which unit hosts the items of a category and which help ({@code etc/banli-category-units.txt}):
 * one line per category, {@code 交通 = 县交通运输局、县公安局}, the host first; units by name, with or without the 县 in
 * front. A line that names no known unit is left out, and said so.
 */
public final class CategoryUnits {

    /** The units of one category, by their codes. */
    public record Units(String host, List<String> coUnits) {

        public Units {
            coUnits = List.copyOf(coUnits);
        }
    }

    private final Map<String, Units> byCategory;
    private final List<String> problems;

    private CategoryUnits(Map<String, Units> byCategory, List<String> problems) {
        this.byCategory = Map.copyOf(byCategory);
        this.problems = List.copyOf(problems);
    }

    public static CategoryUnits none() {
        return new CategoryUnits(Map.of(), List.of());
    }

    /** The table in these lines, the county's units matched by name. */
    public static CategoryUnits parse(List<String> lines, List<Unit> units) {
        Map<String, String> codes = new HashMap<>();
        units.forEach(unit -> unit.names().forEach(name -> codes.putIfAbsent(name, unit.code())));
        Map<String, Units> byCategory = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            String category = equals < 0 ? "" : line.substring(0, equals).strip();
            if (category.isEmpty()) {
                problems.add("第" + n + "行应为“类别 = 主办单位、协办单位” (line " + n + " is not category = units): " + line);
                continue;
            }
            List<String> named = new ArrayList<>();
            for (String name : line.substring(equals + 1).split("[、，,;；\\s]+")) {
                if (name.isEmpty()) {
                    continue;
                }
                String code = codes.get(name);
                if (code == null) {
                    problems.add("第" + n + "行：没有名为 " + name + " 的单位 (line " + n + ": no unit is called " + name + ")");
                } else if (!named.contains(code)) {
                    named.add(code);
                }
            }
            if (named.isEmpty()) {
                continue;
            }
            if (byCategory.containsKey(category)) {
                problems.add(
                        "第" + n + "行：类别 " + category + " 已在前面列出 (line " + n + ": " + category + " is listed before)");
                continue;
            }
            byCategory.put(category, new Units(named.get(0), named.subList(1, named.size())));
        }
        return new CategoryUnits(byCategory, problems);
    }

    /** The units of a category, if the table names them. */
    public Optional<Units> of(String category) {
        return category == null ? Optional.empty() : Optional.ofNullable(byCategory.get(category.strip()));
    }

    /** What was wrong with the lines, each naming its line, in Chinese and English. */
    public List<String> problems() {
        return problems;
    }
}
