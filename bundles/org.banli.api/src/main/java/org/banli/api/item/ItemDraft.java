package org.banli.api.item;

/** What the office supplies to register an item; {@code year} defaults to the current year. */
public record ItemDraft(
        ItemKind kind,
        Integer year,
        String title,
        String body,
        String submitter,
        String category,
        boolean keyItem,
        String leadingOfficial,
        Urgency urgency,
        boolean publicReply) {}
