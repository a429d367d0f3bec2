package org.banli.api.item;

/** What a handler supplies for a reply; {@code version} (optional) guards against stale updates. */
public record ReplyDraft(Long version, ReplyClass replyClass, String text, String signer, String contactPerson,
        String contactPhone) {
}
