package org.banli.store.jpa.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import javax.persistence.LockModeType;
import org.banli.api.BanliException;
import org.banli.store.spi.LoginFailureStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = LoginFailureStore.class)
public class JpaLoginFailureStore implements LoginFailureStore {

    private final Database database;

    @Activate
    public JpaLoginFailureStore(@Reference Database database) {
        this.database = database;
    }

    @Override
    public Failures change(String key, UnaryOperator<Failures> change) {
        try {
            return changeOnce(key, change);
        } catch (BanliException e) {
            if (e.problem() != BanliException.Problem.CONFLICT) {
                throw e;
            }
            // Another node counted the key's first failure at the same moment: the row exists now, and locks.
            return changeOnce(key, change);
        }
    }

    /** Under a lock on the key's row (SELECT … FOR UPDATE); a key without a row is inserted, and two inserts collide. */
    private Failures changeOnce(String key, UnaryOperator<Failures> change) {
        return database.inTransaction(em -> {
            LoginFailureEntity row = em.find(LoginFailureEntity.class, key, LockModeType.PESSIMISTIC_WRITE);
            Failures before = row == null ? Failures.NONE : row.failures();
            Failures after = change.apply(before);
            if (after.equals(before)) {
                return before;
            }
            if (after.count() <= 0) {
                if (row != null) {
                    em.remove(row);
                }
                return Failures.NONE;
            }
            if (row == null) {
                row = new LoginFailureEntity();
                row.key = key;
                em.persist(row);
            }
            row.count = after.count();
            row.last = after.last();
            em.flush();
            return after;
        });
    }

    @Override
    public Map<String, Failures> find(Collection<String> keys) {
        return database.read(em -> em.createQuery(
                        "SELECT f FROM LoginFailureEntity f WHERE f.key IN :keys", LoginFailureEntity.class)
                .setParameter("keys", keys)
                .getResultStream()
                .collect(Collectors.toMap(f -> f.key, LoginFailureEntity::failures)));
    }

    @Override
    public void forgetBefore(Instant last) {
        database.inTransaction(em -> em.createQuery("DELETE FROM LoginFailureEntity f WHERE f.last < :last")
                .setParameter("last", last)
                .executeUpdate());
    }
}
