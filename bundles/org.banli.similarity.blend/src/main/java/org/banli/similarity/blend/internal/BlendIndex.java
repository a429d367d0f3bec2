package org.banli.similarity.blend.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.banli.api.similarity.SimilarMatch;
import org.banli.api.similarity.SimilarityIndex;

/**
 * Both engines' indexes side by side. An item's likest are taken from the likest of each (several times as many as
 * asked), scored by both; an item one of them does not list scores nothing there, which is what it would nearly
 * score. The words they share are the lexical index's.
 */
final class BlendIndex implements SimilarityIndex {

    /** How many of each engine's likest are read for every one asked. */
    private static final int WIDER = 5;

    private static final int AT_LEAST = 50;

    private final SimilarityIndex words;
    private final SimilarityIndex meaning;
    private final double wordShare;

    BlendIndex(SimilarityIndex words, SimilarityIndex meaning, double wordShare) {
        this.words = words;
        this.meaning = meaning;
        this.wordShare = wordShare;
    }

    @Override
    public void put(long id, String title, String body) {
        words.put(id, title, body);
        meaning.put(id, title, body);
    }

    @Override
    public void put(long id, String title, String body, byte[] representation) {
        words.put(id, title, body);
        meaning.put(id, title, body, representation);
    }

    @Override
    public void remove(long id) {
        words.remove(id);
        meaning.remove(id);
    }

    @Override
    public int size() {
        return meaning.size();
    }

    @Override
    public List<SimilarMatch> like(long id, int max) {
        return blend(wider -> words.like(id, wider), wider -> meaning.like(id, wider), max);
    }

    @Override
    public List<SimilarMatch> like(String title, String body, int max) {
        return blend(wider -> words.like(title, body, wider), wider -> meaning.like(title, body, wider), max);
    }

    private List<SimilarMatch> blend(
            Function<Integer, List<SimilarMatch>> byWords, Function<Integer, List<SimilarMatch>> byMeaning, int max) {
        int wider = Math.max(AT_LEAST, max * WIDER);
        Map<Long, SimilarMatch> lexical = new HashMap<>();
        byWords.apply(wider).forEach(m -> lexical.put(m.id(), m));
        Map<Long, Double> scores = new HashMap<>();
        lexical.values().forEach(m -> scores.put(m.id(), wordShare * m.score()));
        byMeaning.apply(wider).forEach(m -> scores.merge(m.id(), (1 - wordShare) * m.score(), Double::sum));
        List<SimilarMatch> blended = new ArrayList<>();
        scores.forEach((id, score) -> blended.add(new SimilarMatch(
                id, score, lexical.containsKey(id) ? lexical.get(id).sharedTerms() : List.of())));
        blended.sort(Comparator.comparingDouble(SimilarMatch::score).reversed());
        return blended.subList(0, Math.min(max, blended.size()));
    }
}
