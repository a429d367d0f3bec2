package org.banli.api.item;

import java.util.Set;

/**
 * The county's handling rules a person filling in a form needs to know.
 *
 * @param twoAxisRating      the submitter rates process and result separately
 * @param minimumReplyLength the fewest characters a reply's text may have
 * @param replyClasses       the reply classes the county uses
 * @param timeZone           the county's time zone (IANA, e.g. Asia/Shanghai), in which its days begin and end
 */
public record CountyRules(
        boolean twoAxisRating, int minimumReplyLength, Set<ReplyClass> replyClasses, String timeZone) {

    public CountyRules {
        replyClasses = Set.copyOf(replyClasses);
    }
}
