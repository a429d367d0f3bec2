package org.banli.store.jpa.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.persistence.EntityManager;
import org.eclipse.persistence.jpa.JpaEntityManager;
import org.eclipse.persistence.jpa.JpaQuery;
import org.eclipse.persistence.queries.ReadQuery;
import org.eclipse.persistence.sessions.DatabaseRecord;
import org.eclipse.persistence.sessions.Session;

/**
 * Page queries prepared once and shared, as EclipseLink shares its named queries. A JPA query is
 * prepared again (its SQL generated from the JPQL) whenever its first row or size is set, which
 * was a fifth of a list request's time; the SQL itself binds both, so one prepared query serves
 * every request for the same page window.
 */
final class PreparedPages {

    /** Enough for every list a desk shows over its first pages; beyond it a page is prepared as JPA does. */
    static final int CAPACITY = 512;

    private final Map<Window, ReadQuery> prepared = new ConcurrentHashMap<>();

    /** The rows of {@code jpql} from {@code first}, at most {@code count}, with the named parameters. */
    <T> List<T> rows(EntityManager em, String jpql, Class<T> type, Map<String, Object> params, int first, int count) {
        Window window = new Window(jpql, first, count);
        ReadQuery query = prepared.get(window);
        if (query == null) {
            query = prepare(em, window, type);
            if (prepared.size() < CAPACITY) {
                prepared.putIfAbsent(window, query);
            }
        }
        List<Object> arguments = query.getArguments().stream().map(params::get).toList();
        @SuppressWarnings("unchecked")
        List<T> rows = (List<T>) session(em).executeQuery(query, arguments);
        return rows;
    }

    private static ReadQuery prepare(EntityManager em, Window window, Class<?> type) {
        ReadQuery query = (ReadQuery) em.createQuery(window.jpql, type)
                .unwrap(JpaQuery.class)
                .getDatabaseQuery()
                .clone();
        query.setFirstResult(window.first);
        query.setMaxRows(window.first + window.count); // EclipseLink counts the last row, not the rows
        query.prepareCall(session(em), new DatabaseRecord());
        return query;
    }

    private static Session session(EntityManager em) {
        return em.unwrap(JpaEntityManager.class).getActiveSession();
    }

    private record Window(String jpql, int first, int count) {}
}
