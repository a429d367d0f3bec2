package org.banli.similarity.semantic.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.banli.api.similarity.SimilarMatch;
import org.banli.api.similarity.SimilarityIndex;

/**
 * Items' vectors in memory, one flat array of unit-length vectors: comparing one item with all is a dot product with
 * each (a province's 100,000 items are 200 MB of floats; brute force, measured in the benchmark, is fast enough).
 * The text is embedded outside the lock, so readers never wait for the model.
 */
final class VectorIndex implements SimilarityIndex {

    private final Function<String, float[]> embedding;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<Long, Integer> slots = new HashMap<>();
    private final List<Integer> freeSlots = new ArrayList<>();
    private final BitSet live = new BitSet();
    private long[] ids = new long[256];
    private float[] vectors;
    private int dimension;
    private int usedSlots;

    VectorIndex(Function<String, float[]> embedding) {
        this.embedding = embedding;
    }

    static String text(String title, String body) {
        return (title == null ? "" : title) + "\n" + (body == null ? "" : body);
    }

    /** A text's vector, of unit length. */
    float[] unit(String title, String body) {
        float[] vector = embedding.apply(text(title, body));
        double length = 0;
        for (float v : vector) {
            length += v * v;
        }
        float scale = length == 0 ? 0 : (float) (1 / Math.sqrt(length));
        for (int i = 0; i < vector.length; i++) {
            vector[i] *= scale;
        }
        return vector;
    }

    /** A vector as it is kept with the item: its floats, little-endian. */
    static byte[] bytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    @Override
    public void put(long id, String title, String body) {
        put(id, unit(title, body));
    }

    @Override
    public void put(long id, String title, String body, byte[] representation) {
        float[] vector = new float[representation.length / Float.BYTES];
        ByteBuffer.wrap(representation)
                .order(ByteOrder.LITTLE_ENDIAN)
                .asFloatBuffer()
                .get(vector);
        put(id, vector);
    }

    private void put(long id, float[] vector) {
        lock.writeLock().lock();
        try {
            if (vectors == null) {
                dimension = vector.length;
                vectors = new float[ids.length * dimension];
            }
            Integer slot = slots.get(id);
            if (slot == null) {
                slot = freeSlots.isEmpty() ? usedSlots++ : freeSlots.remove(freeSlots.size() - 1);
                if (slot == ids.length) {
                    ids = Arrays.copyOf(ids, slot * 2);
                    vectors = Arrays.copyOf(vectors, slot * 2 * dimension);
                }
                slots.put(id, slot);
            }
            ids[slot] = id;
            live.set(slot);
            System.arraycopy(vector, 0, vectors, slot * dimension, dimension);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public void remove(long id) {
        lock.writeLock().lock();
        try {
            Integer slot = slots.remove(id);
            if (slot != null) {
                live.clear(slot);
                freeSlots.add(slot);
            }
        } finally {
            lock.writeLock().unlock();
        }
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
            Integer slot = slots.get(id);
            if (slot == null) {
                return List.of();
            }
            return likest(Arrays.copyOfRange(vectors, slot * dimension, (slot + 1) * dimension), id, max);
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<SimilarMatch> like(String title, String body, int max) {
        float[] vector = unit(title, body);
        lock.readLock().lock();
        try {
            return vectors == null ? List.of() : likest(vector, null, max);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The best {@code max} by cosine (the vectors are of unit length), but {@code self}; under the read lock. */
    private List<SimilarMatch> likest(float[] query, Long self, int max) {
        PriorityQueue<SimilarMatch> best =
                new PriorityQueue<>(Math.max(1, max), java.util.Comparator.comparingDouble(SimilarMatch::score));
        for (int slot = live.nextSetBit(0); slot >= 0; slot = live.nextSetBit(slot + 1)) {
            if (self != null && ids[slot] == self) {
                continue;
            }
            int offset = slot * dimension;
            float dot = 0;
            for (int i = 0; i < dimension; i++) {
                dot += query[i] * vectors[offset + i];
            }
            if (best.size() < max) {
                best.add(new SimilarMatch(ids[slot], Math.max(0, Math.min(1, dot)), List.of()));
            } else if (max > 0 && dot > best.peek().score()) {
                best.poll();
                best.add(new SimilarMatch(ids[slot], Math.max(0, Math.min(1, dot)), List.of()));
            }
        }
        List<SimilarMatch> found = new ArrayList<>(best);
        found.sort(java.util.Comparator.comparingDouble(SimilarMatch::score).reversed());
        return found;
    }
}
