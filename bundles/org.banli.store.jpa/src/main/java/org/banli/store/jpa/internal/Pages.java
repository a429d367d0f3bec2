package org.banli.store.jpa.internal;

import java.util.Map;
import java.util.function.Function;

import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;

import org.banli.api.Page;

/** One page of a query and the total over all pages, with the same conditions for both. */
final class Pages {

    private Pages() {
    }

    /**
     * @param entity  the entity class, e.g. {@code ItemEntity}, queried as {@code e}
     * @param where   conditions on {@code e}, starting with " WHERE", or empty
     * @param orderBy the order of the page, e.g. {@code e.id DESC}
     */
    static <E, T> Page<T> of(EntityManager em, Class<E> entity, String where, Map<String, Object> params,
            String orderBy, Function<E, T> toDomain, int page, int size) {
        String from = " FROM " + entity.getSimpleName() + " e" + where;
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + from, Long.class);
        TypedQuery<E> rows = em.createQuery("SELECT e" + from + " ORDER BY " + orderBy, entity);
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        long total = count.getSingleResult();
        return new Page<>(rows.setFirstResult(page * size).setMaxResults(size).getResultStream().map(toDomain)
                .toList(), page, size, total);
    }
}
