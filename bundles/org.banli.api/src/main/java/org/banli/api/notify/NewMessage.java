package org.banli.api.notify;

import java.util.Map;

/** A message the workflow queues with a step, to be delivered after the step has committed. */
public record NewMessage(
        String channel, String recipient, String event, String subject, String body, Map<String, String> data) {

    public NewMessage {
        data = Map.copyOf(data);
    }
}
