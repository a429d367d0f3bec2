package org.banli.store.jpa.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.banli.api.BanliException;
import org.banli.store.spi.ScheduleStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ScheduleStore.class)
public class JpaScheduleStore implements ScheduleStore {

    /** Claimed runs are kept this long (for whoever wonders which node did one), then deleted. */
    static final Duration KEPT = Duration.ofDays(30);

    private final Database database;
    private final Clock clock;

    @Activate
    public JpaScheduleStore(@Reference Database database) {
        this(database, Clock.systemUTC());
    }

    JpaScheduleStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public boolean claimRun(String job, Instant due, String node) {
        Instant now = clock.instant();
        try {
            database.inTransaction(em -> {
                JobRunEntity run = new JobRunEntity();
                run.run = job + "@" + due;
                run.node = node;
                run.claimedAt = now;
                em.persist(run);
                em.flush();
                return null;
            });
        } catch (BanliException e) {
            if (e.problem() == BanliException.Problem.CONFLICT) {
                return false; // another node claimed it first
            }
            throw e;
        }
        database.inTransaction(em -> em.createQuery("DELETE FROM JobRunEntity r WHERE r.claimedAt < :before")
                .setParameter("before", now.minus(KEPT))
                .executeUpdate());
        return true;
    }
}
