package org.banli.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.banli.api.similarity.SimilarityEngine;
import org.banli.api.similarity.SimilarityIndex;
import org.banli.api.unit.Unit;
import org.banli.benchmarks.SimilarityBenchmark.Labelled;
import org.banli.core.internal.assignment.AssignmentAdvisor;
import org.banli.core.internal.assignment.CategoryUnits;

/**
 * How often the suggested host is the one the office chose, on a year whose assignments are known: the labelled
 * set's 2026 items, hosted as benchmarks/assignment/known-assignments.tsv says each matter was (earlier years' items
 * by the unit that hosted them then), with the county's category table (category-units.txt). Each 2026 item is
 * advised as the service advises it: the other years' items the engine finds at its related threshold (the ten
 * likest, as the similar items' answer shows them) with their hosts and co-units, and the table. Printed beside
 * the table alone (the baseline: what the office had without Banli) and the similar items alone.
 */
public final class AssignmentBenchmark {

    /** A matter's known handling: the host and co-units of the measured year, and an earlier host if it moved. */
    record Handling(String category, String host, List<String> coUnits, String earlierHost) {}

    private static final int YEAR = 2026;

    private AssignmentBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(System.getProperty("banli.benchmark.assignments", "assignment"));
        List<Labelled> items = SimilarityBenchmark.read(Path.of("similarity/labelled-set.tsv"));
        Map<String, Handling> known = known(folder.resolve("known-assignments.tsv"));
        Set<String> unitNames = new LinkedHashSet<>();
        known.values().forEach(h -> {
            unitNames.add(h.host());
            unitNames.addAll(h.coUnits());
        });
        // Units are named by themselves here: the advice names units by code, and the codes are the names.
        List<Unit> units = unitNames.stream().map(name -> new Unit(name, name)).toList();
        CategoryUnits table = CategoryUnits.parse(
                Files.readAllLines(folder.resolve("category-units.txt"), StandardCharsets.UTF_8), units);
        if (!table.problems().isEmpty()) {
            throw new IllegalStateException("category table: " + table.problems());
        }
        SimilarityEngine engine = SimilarityBenchmark.engine();
        SimilarityIndex index = engine.newIndex();
        items.forEach(item -> index.put(item.id(), item.title(), item.body()));
        Map<Long, Labelled> byId = new HashMap<>();
        items.forEach(item -> byId.put(item.id(), item));

        int measured = 0;
        int withSimilar = 0;
        int banliRight = 0;
        int tableRight = 0;
        int similarRight = 0;
        int coUnitsRight = 0;
        for (Labelled item : items) {
            if (item.year() != YEAR) {
                continue;
            }
            measured++;
            Handling actual = known.get(item.matter());
            List<AssignmentAdvisor.HandledItem> similar = index.like(item.id(), 60).stream()
                    .filter(m -> byId.get(m.id()).year() != YEAR && m.score() >= engine.relatedThreshold())
                    .limit(10)
                    .map(m -> {
                        Labelled past = byId.get(m.id());
                        Handling then = known.get(past.matter());
                        return new AssignmentAdvisor.HandledItem(
                                past.year(),
                                then.earlierHost() != null ? then.earlierHost() : then.host(),
                                then.coUnits());
                    })
                    .toList();
            String category = actual.category();
            AssignmentAdvisor.Advice banli = AssignmentAdvisor.advise(
                    category, AssignmentAdvisor.SheetProposal.NONE, similar, table, name -> name);
            AssignmentAdvisor.Advice tableAlone = AssignmentAdvisor.advise(
                    category, AssignmentAdvisor.SheetProposal.NONE, List.of(), table, name -> name);
            AssignmentAdvisor.Advice similarAlone = AssignmentAdvisor.advise(
                    category, AssignmentAdvisor.SheetProposal.NONE, similar, CategoryUnits.none(), name -> name);
            withSimilar += similar.isEmpty() ? 0 : 1;
            banliRight += hosts(banli, actual) ? 1 : 0;
            tableRight += hosts(tableAlone, actual) ? 1 : 0;
            similarRight += hosts(similarAlone, actual) ? 1 : 0;
            if (hosts(banli, actual)
                    && Set.copyOf(banli.coUnits().stream()
                                    .map(u -> u.unitCode())
                                    .toList())
                            .equals(Set.copyOf(actual.coUnits()))) {
                coUnitsRight++;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "Assignment suggestions, engine %s, on the %d items of %d (%d with a similar item of another year):%n",
                engine.id(),
                measured,
                YEAR,
                withSimilar);
        System.out.printf(
                Locale.ROOT,
                "  actual host suggested first: Banli %d (%.1f%%; goal >= 70%%); the category table alone (baseline)"
                        + " %d (%.1f%%), ratio %.2f; similar items alone %d (%.1f%%)%n",
                banliRight,
                100.0 * banliRight / measured,
                tableRight,
                100.0 * tableRight / measured,
                (double) banliRight / tableRight,
                similarRight,
                100.0 * similarRight / measured);
        System.out.printf(
                Locale.ROOT,
                "  host and co-units both as the office chose: %d (%.1f%%)%n",
                coUnitsRight,
                100.0 * coUnitsRight / measured);
    }

    private static boolean hosts(AssignmentAdvisor.Advice advice, Handling actual) {
        return advice.host() != null && advice.host().unitCode().equals(actual.host());
    }

    private static Map<String, Handling> known(Path file) throws IOException {
        Map<String, Handling> known = new HashMap<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            known.put(
                    f[0],
                    new Handling(
                            f[1],
                            f[2],
                            f[3].isEmpty() ? List.of() : List.of(f[3].split("、")),
                            f[4].isEmpty() ? null : f[4]));
        }
        return known;
    }
}
