package org.banli.similarity.lexical.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.banli.api.similarity.SimilarMatch;
import org.banli.api.similarity.SimilarityIndex;

/**
 * Items' terms in memory, compactly (a province's 100,000 items): every term once in a dictionary,
 * each item as arrays of term numbers and counts, an inverted list of item slots (with their counts) per term, so that
 * comparing one item touches only the items that share a term with it. Weights are TF-IDF
 * ({@code (1 + ln tf) · ln(1 + N / df)}); the score blends the cosine of the words and the cosine of
 * the bigrams. Norms are taken when an item is put, and all again once the index has grown by a
 * fifth since, so that weights follow the corpus.
 */
final class LexicalIndex implements SimilarityIndex {

    /** {@code 1 + ln count} for the counts a posting holds. */
    private static final double[] LOG_COUNT = new double[256];

    static {
        for (int count = 1; count < LOG_COUNT.length; count++) {
            LOG_COUNT[count] = 1 + Math.log(count);
        }
    }

    /** The share of the score that the words give; the bigrams give the rest. */
    private final double wordShare;

    private final Terms terms;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    private final Map<String, Integer> termNumbers = new HashMap<>();
    private final List<String> termTexts = new ArrayList<>();
    /** Per term: the slots of the items that have it, each one's count of it (to 255), and how many items. */
    private int[][] postings = new int[1024][];

    private byte[][] postingCounts = new byte[1024][];

    private int[] postingSizes = new int[1024];

    private final Map<Long, Integer> slots = new HashMap<>();
    private long[] ids = new long[1024];
    private int[][] itemTerms = new int[1024][];
    private int[][] itemCounts = new int[1024][];
    private float[][] itemNorms = new float[1024][];
    private final List<Integer> freeSlots = new ArrayList<>();
    private int usedSlots;
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
            int slot = freeSlots.isEmpty() ? usedSlots++ : freeSlots.remove(freeSlots.size() - 1);
            ensureSlot(slot);
            // Term numbers ascending, so that what two items share is found by binary search.
            long[] pairs = new long[counted.size()];
            int i = 0;
            for (Map.Entry<String, Integer> term : counted.entrySet()) {
                pairs[i++] = ((long) number(term.getKey()) << 32) | term.getValue();
            }
            Arrays.sort(pairs);
            int[] numbers = new int[pairs.length];
            int[] counts = new int[pairs.length];
            for (i = 0; i < pairs.length; i++) {
                numbers[i] = (int) (pairs[i] >>> 32);
                counts[i] = (int) pairs[i];
            }
            ids[slot] = id;
            itemTerms[slot] = numbers;
            itemCounts[slot] = counts;
            slots.put(id, slot);
            for (int t = 0; t < numbers.length; t++) {
                addPosting(numbers[t], slot, counts[t]);
            }
            if (slots.size() > sizeAtNorms * 1.2 + 10) {
                slots.values().forEach(s -> itemNorms[s] = norms(s));
                sizeAtNorms = slots.size();
            } else {
                itemNorms[slot] = norms(slot);
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
        Integer slot = slots.remove(id);
        if (slot == null) {
            return;
        }
        for (int term : itemTerms[slot]) {
            int[] list = postings[term];
            byte[] listCounts = postingCounts[term];
            int size = postingSizes[term];
            for (int p = 0; p < size; p++) {
                if (list[p] == slot) {
                    list[p] = list[size - 1];
                    listCounts[p] = listCounts[size - 1];
                    postingSizes[term] = size - 1;
                    break;
                }
            }
        }
        itemTerms[slot] = null;
        itemCounts[slot] = null;
        itemNorms[slot] = null;
        freeSlots.add(slot);
    }

    @Override
    public int size() {
        lock.readLock().lock();
        try {
            return slots.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<SimilarMatch> like(long id, int max) {
        lock.readLock().lock();
        try {
            Integer query = slots.get(id);
            if (query == null) {
                return List.of();
            }
            // Under the weights of now; the others' norms since they were taken.
            return likest(itemTerms[query], itemCounts[query], norms(query), query, max);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<SimilarMatch> like(String title, String body, int max) {
        Map<String, Integer> counted = terms.of(title, body);
        lock.readLock().lock();
        try {
            // Terms no item has score nothing but lengthen the text, as they would once it is put.
            int[] numbers = new int[counted.size()];
            int[] counts = new int[counted.size()];
            double[] squares = new double[2];
            int i = 0;
            for (Map.Entry<String, Integer> term : counted.entrySet()) {
                Integer known = termNumbers.get(term.getKey());
                numbers[i] = known == null ? -1 : known;
                counts[i] = term.getValue();
                double weight = (1 + Math.log(counts[i])) * idf(known == null ? 0 : postingSizes[known]);
                squares[Terms.isBigram(term.getKey()) ? 1 : 0] += weight * weight;
                i++;
            }
            float[] norms = {(float) Math.sqrt(squares[0]), (float) Math.sqrt(squares[1])};
            return likest(numbers, counts, norms, -1, max);
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * The items likest a text given as term numbers ({@code -1} for a term no item has) and counts, but for
     * the slot {@code self}; under the read lock.
     */
    private List<SimilarMatch> likest(int[] numbers, int[] counts, float[] queryNorms, int self, int max) {
        double[] wordDots = new double[usedSlots];
        double[] bigramDots = new double[usedSlots];
        boolean[] touched = new boolean[usedSlots];
        int[] candidates = new int[Math.min(usedSlots, 1024)];
        int found = 0;
        for (int t = 0; t < numbers.length; t++) {
            int term = numbers[t];
            if (term < 0) {
                continue;
            }
            double idf = idf(postingSizes[term]);
            double weight = (1 + Math.log(counts[t])) * idf;
            boolean bigram = Terms.isBigram(termTexts.get(term));
            int[] list = postings[term];
            byte[] listCounts = postingCounts[term];
            for (int p = 0; p < postingSizes[term]; p++) {
                int slot = list[p];
                if (slot == self) {
                    continue;
                }
                double other = LOG_COUNT[listCounts[p] & 0xFF] * idf;
                (bigram ? bigramDots : wordDots)[slot] += weight * other;
                if (!touched[slot]) {
                    touched[slot] = true;
                    if (found == candidates.length) {
                        candidates = Arrays.copyOf(candidates, Math.min(usedSlots, found * 2));
                    }
                    candidates[found++] = slot;
                }
            }
        }
        List<SimilarMatch> scored = new ArrayList<>(found);
        for (int c = 0; c < found; c++) {
            int slot = candidates[c];
            float[] norms = itemNorms[slot];
            double words = cosine(wordDots[slot], queryNorms[0], norms[0]);
            double bigrams = cosine(bigramDots[slot], queryNorms[1], norms[1]);
            scored.add(new SimilarMatch(ids[slot], wordShare * words + (1 - wordShare) * bigrams, List.of()));
        }
        scored.sort(Comparator.comparingDouble(SimilarMatch::score).reversed());
        return scored.subList(0, Math.min(max, scored.size())).stream()
                .map(m -> new SimilarMatch(m.id(), Math.min(1, m.score()), shared(numbers, slots.get(m.id()))))
                .toList();
    }

    /** The words both items have, rarest first: what a person reads to see why they are alike. */
    private List<String> shared(int[] numbers, int b) {
        int[] theirs = itemTerms[b];
        return Arrays.stream(numbers)
                .filter(term -> term >= 0 && !Terms.isBigram(termTexts.get(term)) && contains(theirs, term))
                .boxed()
                .sorted(Comparator.comparingInt((Integer term) -> postingSizes[term]))
                .limit(5)
                .map(termTexts::get)
                .toList();
    }

    private static boolean contains(int[] numbers, int term) {
        return Arrays.binarySearch(numbers, term) >= 0;
    }

    private static double cosine(double dot, double a, double b) {
        return a == 0 || b == 0 ? 0 : dot / (a * b);
    }

    /** The lengths of an item's word vector and bigram vector under the current weights. */
    private float[] norms(int slot) {
        double[] squares = new double[2];
        int[] numbers = itemTerms[slot];
        for (int i = 0; i < numbers.length; i++) {
            double weight = (1 + Math.log(itemCounts[slot][i])) * idf(postingSizes[numbers[i]]);
            squares[Terms.isBigram(termTexts.get(numbers[i])) ? 1 : 0] += weight * weight;
        }
        return new float[] {(float) Math.sqrt(squares[0]), (float) Math.sqrt(squares[1])};
    }

    private double idf(int documentFrequency) {
        return Math.log(1 + (double) Math.max(1, slots.size()) / Math.max(1, documentFrequency));
    }

    private int number(String term) {
        Integer known = termNumbers.get(term);
        if (known != null) {
            return known;
        }
        int number = termTexts.size();
        termTexts.add(term);
        termNumbers.put(term, number);
        if (number == postings.length) {
            postings = Arrays.copyOf(postings, number * 2);
            postingCounts = Arrays.copyOf(postingCounts, number * 2);
            postingSizes = Arrays.copyOf(postingSizes, number * 2);
        }
        return number;
    }

    private void addPosting(int term, int slot, int count) {
        int[] list = postings[term];
        byte[] listCounts = postingCounts[term];
        if (list == null) {
            list = new int[2];
            listCounts = new byte[2];
        } else if (postingSizes[term] == list.length) {
            list = Arrays.copyOf(list, list.length * 2);
            listCounts = Arrays.copyOf(listCounts, list.length);
        }
        listCounts[postingSizes[term]] = (byte) Math.min(255, count);
        list[postingSizes[term]++] = slot;
        postings[term] = list;
        postingCounts[term] = listCounts;
    }

    private void ensureSlot(int slot) {
        if (slot == ids.length) {
            ids = Arrays.copyOf(ids, slot * 2);
            itemTerms = Arrays.copyOf(itemTerms, slot * 2);
            itemCounts = Arrays.copyOf(itemCounts, slot * 2);
            itemNorms = Arrays.copyOf(itemNorms, slot * 2);
        }
    }
}
