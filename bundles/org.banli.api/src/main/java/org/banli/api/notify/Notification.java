package org.banli.api.notify;

import java.time.Instant;
import java.util.Map;

/**
 * One message, already rendered from its template.
 *
 * @param id      the outbox identifier, stable across retries (for idempotent receivers)
 * @param event   what happened, e.g. {@code item.assigned}
 * @param subject short Chinese subject line
 * @param body    the text
 * @param data    machine-readable facts of the event (item id, number, unit, …)
 * @param createdAt when the causing step committed
 */
public record Notification(
        long id, String event, String subject, String body, Map<String, String> data, Instant createdAt) {

    public Notification {
        data = Map.copyOf(data);
    }
}
