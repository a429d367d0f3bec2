package org.banli.store.jpa.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.persistence.EntityManager;

/**
 * Unit codes and usernames by their rows' keys, remembered once read. Both are set when the row
 * is created and never changed or deleted, so what is remembered stays true on every node; a key
 * not yet seen is read with the others a page needs, in one query.
 */
final class NaturalKeys {

    private final Map<Long, String> unitCodes = new ConcurrentHashMap<>();
    private final Map<Long, String> usernames = new ConcurrentHashMap<>();

    /** The codes of these units; every key must exist. */
    Map<Long, String> unitCodes(EntityManager em, Collection<Long> ids) {
        return known(em, ids, unitCodes, "SELECT u.id, u.code FROM UnitEntity u WHERE u.id IN :ids");
    }

    Map<Long, String> usernames(EntityManager em, Collection<Long> ids) {
        return known(em, ids, usernames, "SELECT u.id, u.username FROM UserEntity u WHERE u.id IN :ids");
    }

    private static Map<Long, String> known(EntityManager em, Collection<Long> ids, Map<Long, String> remembered,
            String query) {
        List<Long> missing = ids.stream().filter(id -> id != null && !remembered.containsKey(id)).distinct().toList();
        if (!missing.isEmpty()) {
            em.createQuery(query, Object[].class).setParameter("ids", missing).getResultStream()
                    .forEach(row -> remembered.put((Long) row[0], (String) row[1]));
        }
        return remembered;
    }
}
