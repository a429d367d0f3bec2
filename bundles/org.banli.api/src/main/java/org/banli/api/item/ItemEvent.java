package org.banli.api.item;

import java.time.Instant;

/** One append-only entry of an item's history: who did what, when, and why. */
public record ItemEvent(
        long itemId,
        ItemAction action,
        String actor,
        Instant at,
        ItemStatus fromStatus,
        ItemStatus toStatus,
        String reason) {}
