package org.banli.api.similarity;

import java.util.List;

/**
 * An item like another.
 *
 * @param id          the item
 * @param score       how alike, from 0 (nothing shared) to 1 (the same text)
 * @param sharedTerms the words they share that weigh most, heaviest first: why they are alike, in words
 */
public record SimilarMatch(long id, double score, List<String> sharedTerms) {

    public SimilarMatch {
        sharedTerms = List.copyOf(sharedTerms);
    }
}
