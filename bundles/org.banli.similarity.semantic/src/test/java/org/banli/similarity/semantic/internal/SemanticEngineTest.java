package org.banli.similarity.semantic.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.banli.api.similarity.SimilarMatch;
import org.banli.api.similarity.SimilarityIndex;
import org.junit.jupiter.api.Test;

/** The model itself, on a few items of a county: the same matter in other words first, another matter far below. */
class SemanticEngineTest {

    private final SemanticEngine engine = new SemanticEngine();

    @Test
    void theSameMatterInOtherWordsIsLikelyADuplicateAndAnotherMatterIsNot() {
        SimilarityIndex index = engine.newIndex();
        index.put(1, "关于治理龙溪河上游非法采砂的建议", "龙溪河上游非法采砂屡禁不止，河床下切，堤岸垮塌，建议联合执法，严厉打击非法采砂。");
        index.put(2, "关于严厉打击龙溪河盗采河砂行为的建议", "龙溪河上游盗采河砂猖獗，堤岸垮塌，希望有关部门联合执法，打击非法采砂。");
        index.put(3, "关于改善农村学校学生午餐质量的建议", "部分农村学校午餐菜品单一，营养搭配不合理。建议提高营养餐补助标准，加强食堂管理。");

        List<SimilarMatch> like = index.like(1, 2);

        assertThat(like).extracting(SimilarMatch::id).containsExactly(2L, 3L);
        assertThat(like.get(0).score()).isGreaterThanOrEqualTo(engine.mergeThreshold());
        assertThat(like.get(1).score()).isLessThan(engine.relatedThreshold());
        assertThat(index.like("关于整治龙溪河非法采砂问题的建议", "龙溪河非法采砂严重，建议联合执法打击。", 2))
                .as("a sheet's row, not in the index: both of the matter, not the lunch")
                .extracting(SimilarMatch::id)
                .containsExactlyInAnyOrder(1L, 2L);
    }
}
