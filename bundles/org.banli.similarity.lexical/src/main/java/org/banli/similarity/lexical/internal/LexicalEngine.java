package org.banli.similarity.lexical.internal;

import org.banli.api.similarity.SimilarityEngine;
import org.banli.api.similarity.SimilarityIndex;
import org.osgi.service.component.annotations.Component;

/** The built-in engine: the words items share, weighed by how rare they are. */
@Component(property = SimilarityEngine.ENGINE_PROPERTY + "=" + LexicalEngine.ID)
public class LexicalEngine implements SimilarityEngine {

    static final String ID = "lexical";
    /**
     * Chosen once on benchmarks/similarity/labelled-set.tsv (README, Benchmarks): the best balance of
     * precision and recall there (0.40 and 0.53), where 0.15 finds 84% of the duplicates at a precision of 0.31.
     * Words alone cannot tell a duplicate from a look-alike on the same road well: that is the semantic engine's.
     */
    static final double MERGE_THRESHOLD = 0.20;
    /** Chosen the same way for items of other years on one matter (README, Benchmarks). */
    static final double RELATED_THRESHOLD = 0.20;

    /** The words' share of the score, the bigrams' the rest: the first candidate right for 95.3% of the labelled set. */
    static final double WORD_SHARE = 0.3;

    /** How many times a title counts against its body's once. */
    static final int TITLE_WEIGHT = 1;

    private final Terms terms;
    private final double wordShare;

    public LexicalEngine() {
        this(WORD_SHARE, TITLE_WEIGHT);
    }

    /** An engine weighed otherwise, for measuring the choice on the labelled set. */
    public LexicalEngine(double wordShare, int titleWeight) {
        this.wordShare = wordShare;
        this.terms = new Terms(titleWeight);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public double mergeThreshold() {
        return MERGE_THRESHOLD;
    }

    @Override
    public double relatedThreshold() {
        return RELATED_THRESHOLD;
    }

    @Override
    public SimilarityIndex newIndex() {
        return new LexicalIndex(terms, wordShare);
    }
}
