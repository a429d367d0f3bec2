package org.banli.api.assessment;

import org.banli.api.item.ReplyClass;
import org.banli.api.item.Satisfaction;

/**
 * What an assessment knows of one item a unit hosted, each fact decided exactly as the metric of
 * DESIGN.md §4 with the same name decides it.
 *
 * @param itemId            the item
 * @param label             e.g. 2026年建议第12号
 * @param keyItem           a key item (重点件)
 * @param replied           the office accepted a reply
 * @param onTime            the first accepted reply came by the deadline then in force
 * @param late              replied late, or past the deadline without an accepted reply
 * @param met               a face-to-face contact before the first accepted reply (or at all, before one)
 * @param acceptedFirstTime every reply the office decided was accepted at its first submission
 * @param replyClass        class of the latest accepted reply, {@code null} before one
 * @param satisfaction      the latest rating, {@code null} before one
 * @param closed            the item is closed (办结)
 * @param commitmentsDue    promises of accepted replies due by today
 * @param commitmentsKept   of those, kept by their due date
 */
public record ItemFacts(
        long itemId,
        String label,
        boolean keyItem,
        boolean replied,
        boolean onTime,
        boolean late,
        boolean met,
        boolean acceptedFirstTime,
        ReplyClass replyClass,
        Satisfaction satisfaction,
        boolean closed,
        long commitmentsDue,
        long commitmentsKept) {

    /** Satisfied or basically satisfied at the latest rating. */
    public boolean satisfied() {
        return satisfaction == Satisfaction.SATISFIED || satisfaction == Satisfaction.BASICALLY_SATISFIED;
    }
}
