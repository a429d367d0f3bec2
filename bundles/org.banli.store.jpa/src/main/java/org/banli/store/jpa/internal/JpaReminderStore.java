package org.banli.store.jpa.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.banli.api.BanliException;
import org.banli.api.notify.NewMessage;
import org.banli.store.spi.ReminderStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ReminderStore.class)
public class JpaReminderStore implements ReminderStore {

    private final Database database;
    private final Clock clock;

    @Activate
    public JpaReminderStore(@Reference Database database) {
        this(database, Clock.systemUTC());
    }

    JpaReminderStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public boolean remindOnce(long itemId, String key, List<NewMessage> messages) {
        try {
            return database.inTransaction(em -> {
                boolean sent = em.createQuery(
                                        "SELECT COUNT(r) FROM ReminderEntity r WHERE r.itemId = :item AND"
                                                + " r.key = :key",
                                        Long.class)
                                .setParameter("item", itemId)
                                .setParameter("key", key)
                                .getSingleResult()
                        > 0;
                if (sent) {
                    return false;
                }
                Instant now = clock.instant();
                ReminderEntity reminder = new ReminderEntity();
                reminder.itemId = itemId;
                reminder.key = key;
                reminder.sentAt = now;
                em.persist(reminder);
                messages.forEach(message -> em.persist(MessageEntity.queued(message, now)));
                return true;
            });
        } catch (BanliException e) {
            if (e.problem() == BanliException.Problem.CONFLICT) {
                return false; // another node sent it a moment ago
            }
            throw e;
        }
    }
}
