package org.banli.store.jpa.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.banli.api.Page;

/** One page of a query and the total over all pages, with the same conditions for both. */
final class Pages {

    private Pages() {}

    /**
     * @param entity  the entity class, e.g. {@code ItemEntity}, queried as {@code e}
     * @param where   conditions on {@code e}, starting with " WHERE", or empty
     * @param orderBy the order of the page, e.g. {@code e.id DESC}
     */
    static <E, T> Page<T> of(
            EntityManager em,
            PreparedPages prepared,
            Class<E> entity,
            String where,
            Map<String, Object> params,
            String orderBy,
            Function<E, T> toDomain,
            int page,
            int size) {
        String from = " FROM " + entity.getSimpleName() + " e" + where;
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + from, Long.class);
        params.forEach(count::setParameter);
        long total = count.getSingleResult();
        List<T> rows =
                prepared
                        .rows(em, "SELECT e" + from + " ORDER BY " + orderBy, entity, params, page * size, size)
                        .stream()
                        .map(toDomain)
                        .toList();
        return new Page<>(rows, page, size, total);
    }

    /**
     * A page of selected columns rather than whole entities, in one statement ordered by an index
     * of the entity's own table (conditions and order on {@code e} alone), and its total in
     * another when asked for. {@code toDomain} gets the page's rows at once, so that whatever they
     * refer to is looked up in one more statement, not one per row.
     *
     * @param select  the select list over {@code e}
     * @param counted whether to count the total; otherwise one row more is read to tell whether there is a next page
     */
    static <T> Page<T> ofColumns(
            EntityManager em,
            PreparedPages prepared,
            Class<?> entity,
            String select,
            String where,
            Map<String, Object> params,
            String orderBy,
            Function<List<Object[]>, List<T>> toDomain,
            int page,
            int size,
            boolean counted) {
        String from = " FROM " + entity.getSimpleName() + " e" + where;
        List<Object[]> read = prepared.rows(
                em,
                "SELECT " + select + from + " ORDER BY " + orderBy,
                Object[].class,
                params,
                page * size,
                counted ? size : size + 1);
        boolean more = read.size() > size;
        List<T> items = toDomain.apply(more ? read.subList(0, size) : read);
        if (!counted) {
            return Page.uncounted(items, page, size, more);
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e)" + from, Long.class);
        params.forEach(count::setParameter);
        return new Page<>(items, page, size, count.getSingleResult());
    }
}
