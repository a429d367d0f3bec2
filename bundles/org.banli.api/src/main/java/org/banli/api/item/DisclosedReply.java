package org.banli.api.item;

import java.time.Instant;

/** A reply as the public sees it (公开): no contact details, no personal phone numbers. */
public record DisclosedReply(long itemId, String label, String title, String category, String unitCode,
        ReplyClass replyClass, String text, Instant repliedAt) {
}
