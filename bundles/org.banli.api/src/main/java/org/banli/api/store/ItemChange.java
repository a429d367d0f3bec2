package org.banli.api.store;

import java.time.Instant;
import java.time.LocalDate;

import org.banli.api.item.ItemAction;
import org.banli.api.item.ItemStatus;
import org.banli.api.item.Rating;
import org.banli.api.item.Reply;

/**
 * What one transition does to an item, decided by the workflow and applied by the store in
 * one transaction together with its history entry. {@code null} fields leave the item as it is.
 */
public record ItemChange(ItemAction action, String actor, Instant at, ItemStatus toStatus, String reason,
        String hostUnit, LocalDate deadline, Reply reply, Rating rating) {

    public static ItemChange of(ItemAction action, String actor, Instant at, ItemStatus toStatus, String reason) {
        return new ItemChange(action, actor, at, toStatus, reason, null, null, null, null);
    }

    public ItemChange withAssignment(String unit, LocalDate newDeadline) {
        return new ItemChange(action, actor, at, toStatus, reason, unit, newDeadline, reply, rating);
    }

    public ItemChange withDeadline(LocalDate newDeadline) {
        return new ItemChange(action, actor, at, toStatus, reason, hostUnit, newDeadline, reply, rating);
    }

    public ItemChange withReply(Reply newReply) {
        return new ItemChange(action, actor, at, toStatus, reason, hostUnit, deadline, newReply, rating);
    }

    public ItemChange withRating(Rating newRating) {
        return new ItemChange(action, actor, at, toStatus, reason, hostUnit, deadline, reply, newRating);
    }
}
