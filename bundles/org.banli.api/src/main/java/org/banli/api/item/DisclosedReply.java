package org.banli.api.item;

import java.time.Instant;

/**
 * A reply as the public sees it (公开): no contact details, no personal phone numbers.
 *
 * @param unitName the replying unit's name, for readers who know no unit codes
 */
public record DisclosedReply(
        long itemId,
        String label,
        String title,
        String category,
        String unitCode,
        String unitName,
        ReplyClass replyClass,
        String text,
        Instant repliedAt) {}
