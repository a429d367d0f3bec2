package org.banli.api.notify;

import java.util.Map;
import org.banli.api.Actor;
import org.banli.api.Page;

/** The inbox of each user, and the outbox for administrators. */
public interface NotificationService {

    /** The actor's inbox, newest first. */
    Page<Message> inbox(Actor actor, int page, int size);

    long unread(Actor actor);

    /** Marks one of the actor's inbox messages read; "not found" for anyone else's. */
    Message markRead(Actor actor, long id);

    /** Marks every message of the actor's inbox read; how many were unread. */
    int markAllRead(Actor actor);

    /** The channels the actor chose besides the inbox, which is always on. */
    java.util.Set<String> channels(Actor actor);

    /**
     * Chooses the actor's channels besides the inbox, from those installed now.
     *
     * @return the channels chosen
     */
    java.util.Set<String> chooseChannels(Actor actor, java.util.Set<String> channels);

    /** Messages per channel and status (administrators). */
    Map<String, Map<Message.Status, Long>> outbox(Actor actor);

    /** Messages given up on, newest first (administrators). */
    Page<Message> failed(Actor actor, int page, int size);

    /** Queues a failed message again, as if new (administrators). */
    Message resend(Actor actor, long id);

    /** Queues a test message to one account through one channel (administrators). */
    Message test(Actor actor, String channel, String username);
}
