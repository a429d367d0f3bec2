package org.banli.api.item;

import java.time.Instant;

/**
 * A submitter's rating of a reply, with what is needed to detect coerced ratings (被满意).
 *
 * @param satisfaction the verdict
 * @param comment      the submitter's words, may be {@code null}
 * @param enteredBy    the account that entered it
 * @param enteredFrom  the network address it came from
 * @param at           when it was entered
 */
public record Rating(long itemId, Satisfaction satisfaction, String comment, String enteredBy, String enteredFrom,
        Instant at) {
}
