package org.banli.api.item;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A dated promise of a class-B reply (承诺), followed up until it is kept (回头看).
 *
 * @param doneOn    the day it was kept, {@code null} while open
 * @param progress  the unit's latest account of its progress
 */
public record Commitment(
        Long id,
        String text,
        LocalDate dueDate,
        LocalDate doneOn,
        String progress,
        String updatedBy,
        Instant updatedAt) {

    public boolean done() {
        return doneOn != null;
    }

    public Commitment updated(LocalDate kept, String account, String by, Instant at) {
        return new Commitment(id, text, dueDate, kept, account, by, at);
    }
}
