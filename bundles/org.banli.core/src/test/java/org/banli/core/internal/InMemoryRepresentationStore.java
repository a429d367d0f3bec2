package org.banli.core.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.banli.store.spi.RepresentationStore;

/** Representations in a map, for the tests of the similar items. */
public class InMemoryRepresentationStore implements RepresentationStore {

    private final Map<String, Map<Long, byte[]>> byName = new HashMap<>();

    @Override
    public synchronized Map<Long, byte[]> find(String name, Collection<Long> itemIds) {
        Map<Long, byte[]> kept = byName.getOrDefault(name, Map.of());
        Map<Long, byte[]> found = new HashMap<>();
        itemIds.stream().filter(kept::containsKey).forEach(id -> found.put(id, kept.get(id)));
        return found;
    }

    @Override
    public synchronized void keep(String name, Map<Long, byte[]> representations) {
        representations.forEach(
                (id, data) -> byName.computeIfAbsent(name, n -> new HashMap<>()).putIfAbsent(id, data));
    }

    public synchronized int size(String name) {
        return byName.getOrDefault(name, Map.of()).size();
    }
}
