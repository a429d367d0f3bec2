package org.banli.api.item;

import java.time.Instant;

/**
 * A co-handling unit (协办单位) of an item and its part: acceptance, opinion, countersignature.
 *
 * @param releasedAt when a reassignment or an approved return released the unit; {@code null} while it takes part
 */
public record CoUnit(
        Long id,
        String unitCode,
        Instant assignedAt,
        Instant acceptedAt,
        String opinion,
        String opinionBy,
        Instant opinionAt,
        Instant releasedAt)
        implements ItemRecord {

    public boolean active() {
        return releasedAt == null;
    }

    public CoUnit accepted(Instant at) {
        return new CoUnit(id, unitCode, assignedAt, at, opinion, opinionBy, opinionAt, releasedAt);
    }

    public CoUnit withOpinion(String text, String by, Instant at) {
        return new CoUnit(id, unitCode, assignedAt, acceptedAt == null ? at : acceptedAt, text, by, at, releasedAt);
    }

    public CoUnit released(Instant at) {
        return new CoUnit(id, unitCode, assignedAt, acceptedAt, opinion, opinionBy, opinionAt, at);
    }
}
