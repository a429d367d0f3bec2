package org.banli.similarity.blend.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.banli.api.similarity.SimilarMatch;
import org.banli.api.similarity.SimilarityEngine;
import org.banli.api.similarity.SimilarityIndex;
import org.banli.similarity.lexical.internal.LexicalEngine;
import org.banli.similarity.semantic.internal.SemanticEngine;
import org.junit.jupiter.api.Test;

/** The blend over the two real engines: the same matter first, a look-alike on the same river below the threshold. */
class BlendEngineTest {

    private final SimilarityEngine meaning = new SemanticEngine();
    private final BlendEngine engine = new BlendEngine(new LexicalEngine(), meaning);

    @Test
    void wordsAndMeaningTogetherTellTheSameMatterFromALookAlike() {
        SimilarityIndex index = engine.newIndex();
        String title = "关于治理龙溪河上游非法采砂的建议";
        String body = "龙溪河上游非法采砂屡禁不止，河床下切，堤岸垮塌，建议联合执法，严厉打击非法采砂。";
        index.put(1, title, body, engine.represent(title, body));
        index.put(2, "关于严厉打击龙溪河盗采河砂行为的建议", "龙溪河上游盗采河砂猖獗，堤岸垮塌，希望有关部门联合执法，打击非法采砂。");
        index.put(3, "关于修建龙溪河上游滨河步道的建议", "龙溪河上游两岸风景优美，建议修建滨河步道和休闲设施，方便群众散步健身。");

        List<SimilarMatch> like = index.like(1, 2);

        assertThat(like).extracting(SimilarMatch::id).containsExactly(2L, 3L);
        assertThat(like.get(0).score()).isGreaterThanOrEqualTo(engine.mergeThreshold());
        assertThat(like.get(0).sharedTerms())
                .as("the words, from the lexical engine")
                .contains("堤岸");
        assertThat(like.get(1).score()).as("the same river, another matter").isLessThan(engine.mergeThreshold());
        assertThat(index.like("关于整治龙溪河非法采砂问题的建议", "龙溪河非法采砂严重，堤岸垮塌，建议联合执法打击。", 1))
                .extracting(SimilarMatch::id)
                .containsAnyOf(1L, 2L);
        assertThat(engine.representation())
                .as("the model's vectors are what is kept")
                .isEqualTo(meaning.representation());
    }
}
