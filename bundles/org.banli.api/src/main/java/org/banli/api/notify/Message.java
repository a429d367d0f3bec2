package org.banli.api.notify;

import java.time.Instant;
import java.util.Map;

/**
 * A message in the outbox: queued with the step that caused it, then delivered through its
 * channel. Messages of the {@code inbox} channel are also the user's inbox.
 *
 * @param recipient     the username it is for
 * @param event         what happened, e.g. {@code item.assigned}
 * @param attempts      delivery attempts so far
 * @param nextAttemptAt when the dispatcher tries next (pending messages)
 * @param lastError     why the last attempt failed, if it did
 * @param readAt        when the recipient marked it read (inbox)
 */
public record Message(
        long id,
        String channel,
        String recipient,
        String event,
        String subject,
        String body,
        Map<String, String> data,
        Instant createdAt,
        Status status,
        int attempts,
        Instant nextAttemptAt,
        String lastError,
        Instant deliveredAt,
        Instant readAt) {

    public Message {
        data = Map.copyOf(data);
    }

    public enum Status {
        /** Waiting for its (next) delivery attempt, or for its channel to be installed. */
        PENDING,
        DELIVERED,
        /** Given up after the configured attempts, or refused for good by the channel; an admin may resend. */
        FAILED
    }

    /** The message as the channel plugin receives it. */
    public Notification notification() {
        return new Notification(id, event, subject, body, data, createdAt);
    }
}
