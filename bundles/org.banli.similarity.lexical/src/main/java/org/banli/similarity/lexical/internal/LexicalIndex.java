package org.banli.similarity.lexical.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.banli.api.similarity.SimilarMatch;
import org.banli.api.similarity.SimilarityIndex;

/**
 * Items' terms in memory with an inverted list per term: comparing one item touches only the items
 * that share a term with it. Weights are TF-IDF ({@code (1 + ln tf) · ln(1 + N / df)}); the score
 * blends the cosine of the words and the cosine of the bigrams. An item's norms are taken when it is
 * put, and all are taken again when the index has grown by a fifth since, so weights follow the corpus.
 */
final class LexicalIndex implements SimilarityIndex {

    /** The share of the score that the words give; the bigrams give the rest. */
    private final double wordShare;

    private final Terms terms;
    private final Map<Long, Map<String, Integer>> counts = new HashMap<>();
    private final Map<Long, double[]> norms = new HashMap<>();
    private final Map<String, Set<Long>> postings = new HashMap<>();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private int sizeAtNorms;

    LexicalIndex(Terms terms, double wordShare) {
        this.terms = terms;
        this.wordShare = wordShare;
    }

    @Override
    public void put(long id, String title, String body) {
        Map<String, Integer> counted = terms.of(title, body);
        lock.writeLock().lock();
        try {
            removeLocked(id);
            counts.put(id, counted);
            counted.keySet()
                    .forEach(term ->
                            postings.computeIfAbsent(term, t -> new HashSet<>()).add(id));
            if (counts.size() > sizeAtNorms * 1.2 + 10) {
                counts.keySet().forEach(doc -> norms.put(doc, norms(counts.get(doc))));
                sizeAtNorms = counts.size();
            } else {
                norms.put(id, norms(counted));
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void remove(long id) {
        lock.writeLock().lock();
        try {
            removeLocked(id);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void removeLocked(long id) {
        Map<String, Integer> old = counts.remove(id);
        norms.remove(id);
        if (old != null) {
            for (String term : old.keySet()) {
                Set<Long> docs = postings.get(term);
                docs.remove(id);
                if (docs.isEmpty()) {
                    postings.remove(term);
                }
            }
        }
    }

    @Override
    public int size() {
        lock.readLock().lock();
        try {
            return counts.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<SimilarMatch> like(long id, int max) {
        lock.readLock().lock();
        try {
            Map<String, Integer> query = counts.get(id);
            if (query == null) {
                return List.of();
            }
            double[] queryNorms = norms(query);
            Map<Long, double[]> dots = new HashMap<>();
            for (Map.Entry<String, Integer> term : query.entrySet()) {
                Set<Long> docs = postings.get(term.getKey());
                double idf = idf(docs.size());
                double weight = (1 + Math.log(term.getValue())) * idf;
                int channel = Terms.isBigram(term.getKey()) ? 1 : 0;
                for (long doc : docs) {
                    if (doc != id) {
                        double other = (1 + Math.log(counts.get(doc).get(term.getKey()))) * idf;
                        dots.computeIfAbsent(doc, d -> new double[2])[channel] += weight * other;
                    }
                }
            }
            List<SimilarMatch> found = new ArrayList<>(dots.size());
            for (Map.Entry<Long, double[]> dot : dots.entrySet()) {
                double[] docNorms = norms.get(dot.getKey());
                double words = cosine(dot.getValue()[0], queryNorms[0], docNorms[0]);
                double bigrams = cosine(dot.getValue()[1], queryNorms[1], docNorms[1]);
                found.add(new SimilarMatch(dot.getKey(), wordShare * words + (1 - wordShare) * bigrams, List.of()));
            }
            found.sort(Comparator.comparingDouble(SimilarMatch::score).reversed());
            List<SimilarMatch> best = found.subList(0, Math.min(max, found.size()));
            return best.stream()
                    .map(m -> new SimilarMatch(m.id(), Math.min(1, m.score()), shared(query, counts.get(m.id()))))
                    .toList();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The words both texts have, heaviest first: what a person reads to see why they are alike. */
    private List<String> shared(Map<String, Integer> a, Map<String, Integer> b) {
        return a.keySet().stream()
                .filter(term -> !Terms.isBigram(term) && b.containsKey(term))
                .sorted(Comparator.comparingDouble(
                                (String term) -> idf(postings.get(term).size()))
                        .reversed())
                .limit(5)
                .toList();
    }

    private static double cosine(double dot, double a, double b) {
        return a == 0 || b == 0 ? 0 : dot / (a * b);
    }

    /** The lengths of a text's word vector and bigram vector under the current weights. */
    private double[] norms(Map<String, Integer> counted) {
        double[] squares = new double[2];
        for (Map.Entry<String, Integer> term : counted.entrySet()) {
            Set<Long> docs = postings.get(term.getKey());
            double weight = (1 + Math.log(term.getValue())) * idf(docs == null ? 1 : docs.size());
            squares[Terms.isBigram(term.getKey()) ? 1 : 0] += weight * weight;
        }
        return new double[] {Math.sqrt(squares[0]), Math.sqrt(squares[1])};
    }

    private double idf(int documentFrequency) {
        return Math.log(1 + (double) Math.max(1, counts.size()) / Math.max(1, documentFrequency));
    }
}
