package org.banli.similarity.semantic.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.banli.api.similarity.SimilarMatch;
import org.junit.jupiter.api.Test;

/** The index's own bookkeeping, with vectors given by hand instead of the model's. */
class VectorIndexTest {

    private static final Map<String, float[]> VECTORS = Map.of(
            VectorIndex.text("东", null), new float[] {1, 0, 0},
            VectorIndex.text("东北", null), new float[] {3, 3, 0},
            VectorIndex.text("北", null), new float[] {0, 2, 0},
            VectorIndex.text("上", null), new float[] {0, 0, 5});

    private final VectorIndex index = new VectorIndex(text -> VECTORS.get(text).clone());

    @Test
    void itemsAreComparedByTheCosineOfTheirVectors() {
        index.put(1, "东", null);
        index.put(2, "东北", null);
        index.put(3, "上", null);

        List<SimilarMatch> like = index.like(1, 5);

        assertThat(like).extracting(SimilarMatch::id).containsExactly(2L, 3L);
        assertThat(like.get(0).score()).isCloseTo(Math.sqrt(0.5), within(1e-6));
        assertThat(like.get(1).score()).isZero();
        assertThat(index.like(1, 1)).extracting(SimilarMatch::id).containsExactly(2L);
        assertThat(index.like("北", null, 1)).extracting(SimilarMatch::id).containsExactly(2L);
    }

    @Test
    void aVectorKeptAsBytesComesBackTheSame() {
        index.put(1, "东", null);
        index.put(2, "not read again", null, VectorIndex.bytes(index.unit("东北", null)));

        assertThat(index.like(1, 1).get(0).id()).isEqualTo(2L);
        assertThat(index.like(1, 1).get(0).score()).isCloseTo(Math.sqrt(0.5), within(1e-6));
    }

    @Test
    void anItemPutAgainReplacesItsVectorAndARemovedOneIsNotFound() {
        index.put(1, "东", null);
        index.put(2, "北", null);
        index.put(2, "东北", null);
        assertThat(index.size()).isEqualTo(2);
        assertThat(index.like(1, 1).get(0).score()).isCloseTo(Math.sqrt(0.5), within(1e-6));

        index.remove(2);
        index.put(3, "上", null);

        assertThat(index.size()).isEqualTo(2);
        assertThat(index.like(2, 5)).isEmpty();
        assertThat(index.like(1, 5)).extracting(SimilarMatch::id).containsExactly(3L);
    }
}
