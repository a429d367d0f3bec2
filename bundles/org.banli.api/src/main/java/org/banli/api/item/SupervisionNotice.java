package org.banli.api.item;

import java.time.Instant;
import java.time.LocalDate;

/** A supervision notice (督办通知) to one unit, and the unit's response. */
public record SupervisionNotice(
        Long id,
        String unitCode,
        String text,
        LocalDate dueDate,
        String issuedBy,
        Instant issuedAt,
        String response,
        String respondedBy,
        Instant respondedAt)
        implements ItemRecord {

    public SupervisionNotice answered(String text, String by, Instant at) {
        return new SupervisionNotice(id, unitCode, this.text, dueDate, issuedBy, issuedAt, text, by, at);
    }
}
