package org.banli.store.spi;

import java.util.List;
import org.banli.api.notify.NewMessage;

/** Remembers which reminders went out, so that each goes out once however often the scheduler runs. */
public interface ReminderStore {

    /**
     * Queues the reminder's messages unless a reminder with this key was already sent for the
     * item, in one transaction; of two schedulers racing (several nodes) one wins.
     *
     * @param key what the reminder is about, including the deadline it counts to, e.g. {@code due-7:2026-12-27}
     * @return whether this call sent it
     */
    boolean remindOnce(long itemId, String key, List<NewMessage> messages);
}
