package org.banli.api.similarity;

/**
 * A way of telling which items are about the same matter, as a plugin: the lexical engine is built
 * in; others (an embedding model) may be installed beside it. An engine makes indexes; an index
 * holds the texts of items and finds, for one of them, the others most like it.
 */
public interface SimilarityEngine {

    /** The service property that names an engine, as {@link #id()} does. */
    String ENGINE_PROPERTY = "banli.similarity";

    /** Its short name, such as {@code lexical}. */
    String id();

    /**
     * The score at or above which two items of one year are taken for duplicates (merge candidates):
     * chosen once, on the labelled set under {@code benchmarks/similarity}, and shipped with the engine.
     */
    double mergeThreshold();

    /**
     * The score at or above which an item of another year is taken for the same matter come back (a
     * suggestion repeated from last year), chosen and shipped the same way.
     */
    double relatedThreshold();

    /** A new, empty index. */
    SimilarityIndex newIndex();

    /**
     * What names the representations this engine makes of items' texts, when they are worth keeping with the
     * items because making them is slow (a model's vectors): the model's name and version, so that another model
     * makes every item's again. {@code null} (the default) when the engine keeps nothing and reads texts anew.
     */
    default String representation() {
        return null;
    }

    /** What the engine makes of an item's text, kept with the item and given back to {@link SimilarityIndex#put(long, String, String, byte[])}. */
    default byte[] represent(String title, String body) {
        throw new UnsupportedOperationException(id() + " keeps no representations");
    }
}
