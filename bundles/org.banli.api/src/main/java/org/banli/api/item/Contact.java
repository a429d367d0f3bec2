package org.banli.api.item;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A contact with the submitter as the unit recorded it, and the submitter's own word on it.
 *
 * @param unitCode     the unit that made the contact ({@code null} for the office's consultation)
 * @param confirmed    {@code true} confirmed, {@code false} disputed by the submitter, {@code null} not yet said
 * @param submitterRemark what the submitter added when confirming or disputing
 */
public record Contact(
        Long id,
        String unitCode,
        ContactPhase phase,
        ContactMethod method,
        LocalDate date,
        String participants,
        String summary,
        String recordedBy,
        Instant recordedAt,
        Boolean confirmed,
        String submitterRemark,
        Instant confirmedAt)
        implements ItemRecord {

    public Contact answeredBySubmitter(boolean confirm, String remark, Instant at) {
        return new Contact(
                id, unitCode, phase, method, date, participants, summary, recordedBy, recordedAt, confirm, remark, at);
    }
}
