package org.banli.similarity.lexical.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.banli.api.similarity.SimilarMatch;
import org.banli.api.similarity.SimilarityIndex;
import org.junit.jupiter.api.Test;

/** The lexical engine on a few items of a county: the same matter first, a look-alike below, formulas count for nothing. */
class LexicalEngineTest {

    private final LexicalEngine engine = new LexicalEngine();

    private SimilarityIndex county() {
        SimilarityIndex index = engine.newIndex();
        index.put(1, "关于缓解G318线城关段上下班高峰交通拥堵的建议", "G318线城关段早晚高峰车辆排成长队，路口通行缓慢。建议增设左转专用道，优化信号灯配时。");
        index.put(2, "关于整治国道318城关路段交通拥堵问题的提案", "国道318城关路段上下班时间堵车严重，建议调整红绿灯时长，增派警力疏导，规划货车绕城线。");
        index.put(3, "关于完善G318线城关段路灯照明设施的建议", "G318线城关段部分路灯损坏多年未修，夜间路段漆黑，建议全面排查维修路灯。");
        index.put(4, "关于改善农村学校学生午餐质量的建议", "部分农村学校午餐菜品单一，营养搭配不合理。建议提高营养餐补助标准，加强食堂管理。");
        index.put(5, "关于进一步加强和完善有关工作的建议", "建议进一步加强领导，切实推进，尽快解决群众反映的问题。");
        index.put(6, "关于加快推进相关工作的提案", "希望有关部门进一步加大力度，积极推动，切实做好各项工作。");
        return index;
    }

    @Test
    void theSameMatterInOtherWordsComesBeforeALookAlikeOnTheSameRoad() {
        List<SimilarMatch> like = county().like(2, 3);
        assertThat(like).extracting(SimilarMatch::id).startsWith(1L, 3L);
        assertThat(like.get(0).score()).isGreaterThan(like.get(1).score());
        assertThat(like.get(0).score()).isGreaterThanOrEqualTo(engine.mergeThreshold());
        assertThat(like.get(1).score())
                .as("the street lights of the same road are not a duplicate")
                .isLessThan(engine.mergeThreshold());
        assertThat(like.get(0).sharedTerms()).as("in words").contains("拥堵");
    }

    @Test
    void itemsThatShareOnlyTheirFormulasAreNotAlike() {
        SimilarityIndex index = county();
        assertThat(index.like(5, 5)).extracting(SimilarMatch::id).doesNotContain(6L);
        assertThat(index.like(4, 5)).allMatch(m -> m.score() < engine.mergeThreshold());
    }

    @Test
    void anItemPutAgainReplacesItsTextAndARemovedOneIsNotFound() {
        SimilarityIndex index = county();
        index.put(3, "关于改善农村学校学生午餐营养的建议", "农村学校午餐菜品单一，建议提高营养餐补助标准。");
        assertThat(index.like(4, 1)).extracting(SimilarMatch::id).containsExactly(3L);
        index.remove(3);
        assertThat(index.size()).isEqualTo(5);
        assertThat(index.like(3, 5)).isEmpty();
        assertThat(index.like(4, 5)).extracting(SimilarMatch::id).doesNotContain(3L);
    }

    @Test
    void aTextNotInTheIndexScoresAsItWouldOncePut() {
        SimilarityIndex index = county();
        String title = "关于缓解国道318城关段交通拥堵的建议";
        String body = "国道318城关段上下班高峰堵车，建议优化红绿灯配时，增设左转车道。";

        List<SimilarMatch> before = index.like(title, body, 3);
        index.put(7, title, body);
        List<SimilarMatch> after = index.like(7, 3);

        assertThat(before).extracting(SimilarMatch::id).startsWith(1L, 2L);
        assertThat(before)
                .extracting(SimilarMatch::id)
                .containsExactlyElementsOf(after.stream().map(SimilarMatch::id).toList());
        assertThat(before.get(0).sharedTerms())
                .containsExactlyInAnyOrderElementsOf(after.get(0).sharedTerms());
        assertThat(before.get(0).score())
                .as("the text's own terms weigh in its length, as they do once it is put")
                .isCloseTo(after.get(0).score(), org.assertj.core.data.Offset.offset(0.05));
        assertThat(index.like("无关", "完全不同的内容：天气晴朗。", 3)).allMatch(m -> m.score() < engine.mergeThreshold());
    }
}
