package org.banli.store.jpa.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.banli.api.user.LoginSession;
import org.banli.store.spi.LoginStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = LoginStore.class)
public class JpaLoginStore implements LoginStore {

    private final Database database;

    @Activate
    public JpaLoginStore(@Reference Database database) {
        this.database = database;
    }

    @Override
    public void save(LoginSession login) {
        database.inTransaction(em -> {
            LoginEntity entity = new LoginEntity();
            entity.digest = login.id();
            entity.username = login.username();
            entity.csrfToken = login.csrfToken();
            entity.startedAt = login.started();
            entity.lastSeenAt = login.lastSeen();
            em.persist(entity);
            return null;
        });
    }

    @Override
    public Optional<LoginSession> find(String digest) {
        return database.read(
                em -> Optional.ofNullable(em.find(LoginEntity.class, digest)).map(LoginEntity::toLogin));
    }

    @Override
    public void seen(String digest, Instant at) {
        database.inTransaction(
                em -> em.createQuery("UPDATE LoginEntity l SET l.lastSeenAt = :at WHERE l.digest = :digest")
                        .setParameter("at", at)
                        .setParameter("digest", digest)
                        .executeUpdate());
    }

    @Override
    public void delete(String digest) {
        database.inTransaction(em -> em.createQuery("DELETE FROM LoginEntity l WHERE l.digest = :digest")
                .setParameter("digest", digest)
                .executeUpdate());
    }

    @Override
    public List<LoginSession> of(String username) {
        return database.read(em -> em.createQuery(
                        "SELECT l FROM LoginEntity l WHERE l.username = :username ORDER BY l.lastSeenAt, l.digest",
                        LoginEntity.class)
                .setParameter("username", username)
                .getResultStream()
                .map(LoginEntity::toLogin)
                .toList());
    }

    @Override
    public void deleteAll(String username, String keep) {
        database.inTransaction(
                em -> em.createQuery("DELETE FROM LoginEntity l WHERE l.username = :username AND l.digest <> :keep")
                        .setParameter("username", username)
                        .setParameter("keep", keep == null ? "" : keep)
                        .executeUpdate());
    }

    @Override
    public void deleteExpired(Instant idleBefore, Instant startedBefore) {
        database.inTransaction(
                em -> em.createQuery("DELETE FROM LoginEntity l WHERE l.lastSeenAt < :idle OR l.startedAt < :started")
                        .setParameter("idle", idleBefore)
                        .setParameter("started", startedBefore)
                        .executeUpdate());
    }
}
