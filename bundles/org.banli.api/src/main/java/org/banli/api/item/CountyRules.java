package org.banli.api.item;

import java.util.Set;

/**
 * The county's handling rules a person filling in a form needs to know.
 *
 * @param twoAxisRating      the submitter rates process and result separately
 * @param minimumReplyLength the fewest characters a reply's text may have
 * @param replyClasses       the reply classes the county uses
 */
public record CountyRules(boolean twoAxisRating, int minimumReplyLength, Set<ReplyClass> replyClasses) {

    public CountyRules {
        replyClasses = Set.copyOf(replyClasses);
    }
}
