package org.banli.api.notify;

/**
 * The outcome of one delivery attempt.
 *
 * @param outcome what happened
 * @param detail  why, for the outbox's attempt log; may be {@code null} on success
 */
public record Delivery(Outcome outcome, String detail) {

    public enum Outcome {
        DELIVERED,
        /** Try again later (timeouts, 5xx, connection refused). */
        RETRYABLE_FAILURE,
        /** Retrying will not help (no address, rejected recipient). */
        PERMANENT_FAILURE
    }

    public static Delivery delivered() {
        return new Delivery(Outcome.DELIVERED, null);
    }

    public static Delivery retryLater(String detail) {
        return new Delivery(Outcome.RETRYABLE_FAILURE, detail);
    }

    public static Delivery failed(String detail) {
        return new Delivery(Outcome.PERMANENT_FAILURE, detail);
    }
}
