package org.banli.similarity.semantic.internal;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.util.function.Function;
import org.banli.api.similarity.SimilarityEngine;
import org.banli.api.similarity.SimilarityIndex;
import org.osgi.service.component.annotations.Component;

/**
 * Items compared by their meaning: each text becomes a vector of the BAAI bge-small-zh v1.5 model (quantized, 512
 * dimensions) run in this process by ONNX Runtime, and two items are as alike as the cosine of their vectors.
 */
@Component(property = SimilarityEngine.ENGINE_PROPERTY + "=" + SemanticEngine.ID)
public class SemanticEngine implements SimilarityEngine {

    static final String ID = "semantic";

    /**
     * Chosen once on benchmarks/similarity/labelled-set.tsv (README, Benchmarks), the best balance of precision and
     * recall there: merge candidates 0.72 and 0.68 (the words' engine 0.40 and 0.53).
     */
    static final double MERGE_THRESHOLD = 0.80;

    /** The same for items of other years on one matter: 0.96 and 0.82 (the words' engine 0.79 and 0.77). */
    static final double RELATED_THRESHOLD = 0.80;

    private volatile EmbeddingModel model;

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
        return new VectorIndex(embedding());
    }

    /** The model, its version and quantization: vectors of another model are made again. */
    @Override
    public String representation() {
        return "bge-small-zh-v1.5-q";
    }

    /** 512 floats (2 KB): some 10 ms of one core to make, nothing to read back. */
    @Override
    public byte[] represent(String title, String body) {
        return VectorIndex.bytes(new VectorIndex(embedding()).unit(title, body));
    }

    /** An item's text as its vector. */
    Function<String, float[]> embedding() {
        return text -> model().embed(text).content().vector();
    }

    /**
     * The model, read from this bundle on first use: ONNX Runtime and DJL's tokenizer find their resources through
     * the context class loader, which inside Karaf is not the bundle's unless it is made so. No executor of its own:
     * each text is embedded on the thread that asks.
     */
    private EmbeddingModel model() {
        EmbeddingModel loaded = model;
        if (loaded == null) {
            synchronized (this) {
                loaded = model;
                if (loaded == null) {
                    Thread thread = Thread.currentThread();
                    ClassLoader before = thread.getContextClassLoader();
                    thread.setContextClassLoader(SemanticEngine.class.getClassLoader());
                    try {
                        loaded = new BgeSmallZhV15QuantizedEmbeddingModel(Runnable::run);
                        model = loaded;
                    } finally {
                        thread.setContextClassLoader(before);
                    }
                }
            }
        }
        return loaded;
    }
}
