package org.banli.api.item;

import java.util.Set;

/**
 * The county's handling rules a person filling in a form needs to know.
 *
 * @param twoAxisRating      the submitter rates process and result separately
 * @param minimumReplyLength the fewest characters a reply's text may have
 * @param replyClasses       the reply classes the county uses
 * @param timeZone           the county's time zone (IANA, e.g. Asia/Shanghai), in which its days begin and end
 * @param atRiskDays         an item awaiting its reply is at risk (临期) this many days before its deadline
 */
public record CountyRules(
        boolean twoAxisRating, int minimumReplyLength, Set<ReplyClass> replyClasses, String timeZone, int atRiskDays) {

    public CountyRules {
        replyClasses = Set.copyOf(replyClasses);
    }
}
