package org.banli.api.item;

import java.time.Instant;

/**
 * A submitter's rating of a reply, with what is needed to detect coerced ratings (被满意).
 *
 * @param round        the handling round it rates
 * @param satisfaction the overall verdict
 * @param process      the verdict on the handling (办理过程), where the county rates on two axes
 * @param result       the verdict on the result (办理结果), where the county rates on two axes
 * @param comment      the submitter's words, may be {@code null}
 * @param enteredBy    the account that entered it
 * @param enteredFrom  the network address it came from
 * @param at           when it was entered
 * @param flag         why supervisors should look at it, {@code null} when nothing is suspicious
 */
public record Rating(
        Long id,
        int round,
        Satisfaction satisfaction,
        Satisfaction process,
        Satisfaction result,
        String comment,
        String enteredBy,
        String enteredFrom,
        Instant at,
        String flag)
        implements ItemRecord {

    /** The rating as those who may not see who entered it from where see it. */
    public Rating withoutOrigin() {
        return new Rating(id, round, satisfaction, process, result, comment, null, null, at, null);
    }
}
