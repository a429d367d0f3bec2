package org.banli.store.jpa.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.persistence.EntityManager;

/**
 * Unit codes and usernames by their rows' keys and back, remembered once read. Both are set when
 * the row is created and never changed or deleted, so what is remembered stays true on every node;
 * a key not yet seen is read with the others a page needs, in one query. A unit or account asked
 * for by code or name is then found by its key, which a transaction that has read it already
 * answers without asking the database again.
 */
final class NaturalKeys {

    private final Map<Long, String> unitCodes = new ConcurrentHashMap<>();
    private final Map<Long, String> usernames = new ConcurrentHashMap<>();
    private final Map<String, Long> unitIds = new ConcurrentHashMap<>();
    private final Map<String, Long> userIds = new ConcurrentHashMap<>();

    /** Forgets every key: the rows they named may be gone (after a restore). */
    void forget() {
        unitCodes.clear();
        usernames.clear();
        unitIds.clear();
        userIds.clear();
    }

    Optional<UnitEntity> unit(EntityManager em, String code) {
        return byName(
                em,
                UnitEntity.class,
                code,
                "SELECT u FROM UnitEntity u WHERE u.code = :name",
                unitIds,
                unitCodes,
                u -> u.id);
    }

    Optional<UserEntity> user(EntityManager em, String username) {
        return byName(
                em,
                UserEntity.class,
                username,
                "SELECT u FROM UserEntity u WHERE u.username = :name",
                userIds,
                usernames,
                u -> u.id);
    }

    /** The key of the unit with this code, for a filter; -1 (matching nothing) when there is none. */
    long unitId(EntityManager em, String code) {
        return id(em, code, "SELECT u.id FROM UnitEntity u WHERE u.code = :name", unitIds, unitCodes);
    }

    long userId(EntityManager em, String username) {
        return id(em, username, "SELECT u.id FROM UserEntity u WHERE u.username = :name", userIds, usernames);
    }

    private static long id(
            EntityManager em, String name, String query, Map<String, Long> ids, Map<Long, String> names) {
        Long known = ids.get(name);
        if (known != null) {
            return known;
        }
        Optional<Long> read = em.createQuery(query, Long.class)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
        read.ifPresent(id -> {
            ids.put(name, id);
            names.put(id, name);
        });
        return read.orElse(-1L);
    }

    private static <E> Optional<E> byName(
            EntityManager em,
            Class<E> type,
            String name,
            String query,
            Map<String, Long> ids,
            Map<Long, String> names,
            Function<E, Long> idOf) {
        Long id = name == null ? null : ids.get(name);
        if (id != null) {
            E found = em.find(type, id);
            if (found != null) {
                return Optional.of(found);
            }
        }
        Optional<E> read = em.createQuery(query, type)
                .setParameter("name", name)
                .getResultStream()
                .findFirst();
        read.ifPresent(entity -> {
            ids.put(name, idOf.apply(entity));
            names.put(idOf.apply(entity), name);
        });
        return read;
    }

    /** The codes of these units; every key must exist. */
    Map<Long, String> unitCodes(EntityManager em, Collection<Long> ids) {
        return known(em, ids, unitCodes, unitIds, "SELECT u.id, u.code FROM UnitEntity u WHERE u.id IN :ids");
    }

    Map<Long, String> usernames(EntityManager em, Collection<Long> ids) {
        return known(em, ids, usernames, userIds, "SELECT u.id, u.username FROM UserEntity u WHERE u.id IN :ids");
    }

    private static Map<Long, String> known(
            EntityManager em,
            Collection<Long> ids,
            Map<Long, String> remembered,
            Map<String, Long> reverse,
            String query) {
        List<Long> missing = ids.stream()
                .filter(id -> id != null && !remembered.containsKey(id))
                .distinct()
                .toList();
        if (!missing.isEmpty()) {
            em.createQuery(query, Object[].class)
                    .setParameter("ids", missing)
                    .getResultStream()
                    .forEach(row -> {
                        remembered.put((Long) row[0], (String) row[1]);
                        reverse.put((String) row[1], (Long) row[0]);
                    });
        }
        return remembered;
    }
}
