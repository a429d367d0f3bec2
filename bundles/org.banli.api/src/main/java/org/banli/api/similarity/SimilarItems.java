package org.banli.api.similarity;

import java.util.List;

/**
 * The items like one item (or like a text not registered yet).
 *
 * @param engine     the engine that found them, or {@code null} when none is installed
 * @param complete   whether every registered item was compared; {@code false} while the index is still
 *                   being built after a start
 * @param duplicates items of the same kind and year scoring at least the engine's merge threshold: likely
 *                   duplicates, candidates for a merge (并案), best first
 * @param otherYears items of other years on the same matter (at least the engine's related threshold), best
 *                   first: a matter that comes back
 */
public record SimilarItems(
        String engine, boolean complete, List<SimilarItem> duplicates, List<SimilarItem> otherYears) {

    public SimilarItems {
        duplicates = List.copyOf(duplicates);
        otherYears = List.copyOf(otherYears);
    }

    /** What is found when no engine is installed. */
    public static SimilarItems none() {
        return new SimilarItems(null, false, List.of(), List.of());
    }
}
