package org.banli.store.spi;

import java.util.Collection;
import java.util.Map;

/**
 * What a similarity engine made of items' texts (a model's vectors), kept with the items so that a start does not
 * make them again. Derived data: not archived, made again after a restore.
 */
public interface RepresentationStore {

    /** The representations of this name that the items have, by item. */
    Map<Long, byte[]> find(String name, Collection<Long> itemIds);

    /** Keeps representations of this name; one an item has already (another node made it) is left as it is. */
    void keep(String name, Map<Long, byte[]> representations);
}
