package org.banli.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.banli.api.similarity.SimilarityEngine;
import org.banli.api.similarity.SimilarityIndex;
import org.banli.similarity.blend.internal.BlendEngine;
import org.banli.similarity.lexical.internal.LexicalEngine;
import org.banli.similarity.semantic.internal.SemanticEngine;

/**
 * How well an engine tells items of one matter, on the labelled set (benchmarks/similarity): the share
 * of items with a partner whose first candidate is of their matter; precision and recall of the merge
 * candidates (two items of one year scoring at least the engine's shipped threshold) against the
 * same-year pairs of one matter, with the same at other thresholds for comparison; then the latency of
 * finding an item's ten likest at 100,000 items, beside reading one item's terms (the baseline), as a ratio.
 */
public final class SimilarityBenchmark {

    record Labelled(long id, int year, String matter, String lookalike, String title, String body) {}

    private SimilarityBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path set = Path.of(System.getProperty("banli.benchmark.set", "similarity/labelled-set.tsv"));
        List<Labelled> items = read(set);
        System.out.printf(Locale.ROOT, "Similarity on %s: %d items%n", set, items.size());
        SimilarityEngine engine = engine();
        evaluate(
                "engine " + engine.id(),
                items,
                scores(engine, items),
                engine.mergeThreshold(),
                engine.relatedThreshold());
        latency(engine, items, Integer.getInteger("banli.benchmark.items", 100_000));
    }

    /** The engine -Dengine names: lexical (the default), semantic, or blend (with -DwordShare). */
    static SimilarityEngine engine() {
        String chosen = System.getProperty("banli.benchmark.engine", "lexical");
        return switch (chosen) {
            case "lexical" -> new LexicalEngine();
            case "semantic" -> new SemanticEngine();
            case "blend" ->
                new BlendEngine(
                        new LexicalEngine(),
                        new SemanticEngine(),
                        Double.parseDouble(System.getProperty("banli.benchmark.wordShare", "0.3")));
            default -> throw new IllegalArgumentException("no engine " + chosen + ": lexical, semantic or blend");
        };
    }

    /** Every item's score with every other it shares anything with, by one engine. */
    private static Map<Long, Map<Long, Double>> scores(SimilarityEngine engine, List<Labelled> items) {
        SimilarityIndex index = engine.newIndex();
        items.forEach(item -> index.put(item.id(), item.title(), item.body()));
        Map<Long, Map<Long, Double>> scores = new HashMap<>();
        for (Labelled a : items) {
            Map<Long, Double> row = new HashMap<>();
            index.like(a.id(), items.size()).forEach(m -> row.put(m.id(), m.score()));
            scores.put(a.id(), row);
        }
        return scores;
    }

    /** The first candidates and the pairs found at each threshold, from every item's scores. */
    private static void evaluate(
            String what, List<Labelled> items, Map<Long, Map<Long, Double>> scores, double merge, double related) {
        int withPartner = 0;
        int firstRight = 0;
        int lookalikeFirst = 0;
        for (Labelled item : items) {
            if (items.stream().noneMatch(o -> o != item && o.matter().equals(item.matter()))) {
                continue;
            }
            withPartner++;
            Labelled found = scores.get(item.id()).entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .map(e -> byId(items, e.getKey()))
                    .orElse(null);
            if (found != null && found.matter().equals(item.matter())) {
                firstRight++;
            } else if (found != null
                    && !item.lookalike().isEmpty()
                    && item.lookalike().equals(found.lookalike())) {
                lookalikeFirst++;
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%s: first candidate of its matter for %d of %d with a partner (%.1f%%; goal >= 95%%); a look-alike"
                        + " first: %d%n",
                what,
                firstRight,
                withPartner,
                100.0 * firstRight / withPartner,
                lookalikeFirst);
        pairs("merge candidates (same year)", items, scores, true, merge);
        pairs("related (other years)", items, scores, false, related);
    }

    /**
     * Precision and recall of the pairs an engine finds at each threshold, against the pairs of one matter:
     * of one year (merge candidates) or of different years (a matter come back).
     */
    private static void pairs(
            String what, List<Labelled> items, Map<Long, Map<Long, Double>> scores, boolean sameYear, double shipped) {
        System.out.println("| threshold | " + what + " | precision | recall |");
        System.out.println("|---|---|---|---|");
        java.util.SortedSet<Double> thresholds = new java.util.TreeSet<>();
        for (int step = 2; step <= 19; step++) {
            thresholds.add(step * 5 / 100.0);
        }
        if (!Double.isNaN(shipped)) {
            thresholds.add(shipped);
        }
        for (double threshold : thresholds) {
            int truePairs = 0;
            int predicted = 0;
            int right = 0;
            for (Labelled a : items) {
                for (Labelled b : items) {
                    if (a.id() >= b.id() || (a.year() == b.year()) != sameYear) {
                        continue;
                    }
                    boolean same = a.matter().equals(b.matter());
                    truePairs += same ? 1 : 0;
                    double score = scores.get(a.id()).getOrDefault(b.id(), 0.0);
                    if (score >= threshold) {
                        predicted++;
                        right += same ? 1 : 0;
                    }
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "| %.2f%s | %d | %.3f | %.3f |%n",
                    threshold,
                    threshold == shipped ? " (shipped)" : "",
                    predicted,
                    predicted == 0 ? 0 : (double) right / predicted,
                    truePairs == 0 ? 0 : (double) right / truePairs);
        }
    }

    /** A province's year: the labelled texts again with other places and numbers, then the same queries. */
    private static void latency(SimilarityEngine engine, List<Labelled> items, int size) {
        String[] places = {"城关", "河西", "龙山", "石门", "高山", "东街", "新华", "城东", "滨江", "云顶", "龙溪", "青石", "白沙", "双河", "桃源"};
        Random random = new Random(42);
        SimilarityIndex index = engine.newIndex();
        long started = System.nanoTime();
        for (int n = 0; n < size; n++) {
            Labelled item = items.get(random.nextInt(items.size()));
            String place = places[random.nextInt(places.length)] + (n % 97);
            index.put(n, item.title().replace("城关", place), item.body().replace("城关", place) + "（" + n + "）");
        }
        double indexSeconds = (System.nanoTime() - started) / 1e9;
        int queries = 200;
        for (int q = 0; q < 50; q++) {
            index.like(random.nextInt(size), 10); // warm-up
        }
        long t0 = System.nanoTime();
        for (int q = 0; q < queries; q++) {
            index.like(random.nextInt(size), 10);
        }
        double likeMs = (System.nanoTime() - t0) / 1e6 / queries;
        SimilarityIndex one = engine.newIndex();
        long t1 = System.nanoTime();
        for (int q = 0; q < queries; q++) {
            Labelled item = items.get(q % items.size());
            one.put(q, item.title(), item.body());
        }
        double analysisMs = (System.nanoTime() - t1) / 1e6 / queries;
        System.out.printf(
                Locale.ROOT,
                "%d items indexed in %.1f s; the ten likest of one: %.2f ms, reading one item's terms (baseline): %.2f ms,"
                        + " ratio %.1f%n",
                size,
                indexSeconds,
                likeMs,
                analysisMs,
                likeMs / analysisMs);
    }

    private static Labelled byId(List<Labelled> items, long id) {
        return items.stream().filter(i -> i.id() == id).findFirst().orElse(null);
    }

    static List<Labelled> read(Path set) throws IOException {
        List<Labelled> items = new ArrayList<>();
        List<String> lines = Files.readAllLines(set, StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            items.add(new Labelled(Long.parseLong(f[0]), Integer.parseInt(f[1]), f[3], f[4], f[5], f[6]));
        }
        return items;
    }
}
