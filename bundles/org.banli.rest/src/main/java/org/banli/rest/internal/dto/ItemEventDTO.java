package org.banli.rest.internal.dto;

import java.time.Instant;
import org.banli.api.item.ItemAction;
import org.banli.api.item.ItemEvent;
import org.banli.api.item.ItemStatus;

/**
 * One line of an item's history as the API shows it: who acted by name as people know them, beside the
 * account.
 *
 * @param actorName the actor's name (王局长), where the account still exists; else the account
 */
public record ItemEventDTO(
        long itemId,
        ItemAction action,
        String actor,
        String actorName,
        Instant at,
        ItemStatus fromStatus,
        ItemStatus toStatus,
        String reason) {

    public static ItemEventDTO of(ItemEvent event, String actorName) {
        return new ItemEventDTO(
                event.itemId(),
                event.action(),
                event.actor(),
                actorName,
                event.at(),
                event.fromStatus(),
                event.toStatus(),
                event.reason());
    }
}
