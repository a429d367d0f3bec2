package org.banli.api.similarity;

import java.util.List;

/** The texts of items, kept to be compared; safe for one writer and many readers at once. */
public interface SimilarityIndex {

    /** Adds an item's text, or replaces what it had. */
    void put(long id, String title, String body);

    /**
     * Adds an item with what its engine made of its text before ({@link SimilarityEngine#represent}), so that the
     * index need not make it again.
     */
    default void put(long id, String title, String body, byte[] representation) {
        put(id, title, body);
    }

    void remove(long id);

    int size();

    /** The items most like the item {@code id} (not itself), best first; none if it is not indexed. */
    List<SimilarMatch> like(long id, int max);

    /** The items most like a text that is not in the index (a sheet's row before it is imported), best first. */
    List<SimilarMatch> like(String title, String body, int max);
}
