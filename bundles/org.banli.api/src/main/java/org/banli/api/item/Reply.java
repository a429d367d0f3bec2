package org.banli.api.item;

import java.time.Instant;

/**
 * A reply (答复) of the host unit.
 *
 * @param replyClass   A/B/C/D
 * @param text         the letter's body
 * @param signer       签发人, the unit head who signs
 * @param contactPerson the unit's contact for the submitter
 * @param contactPhone  their phone
 * @param unitCode     the unit that replied
 * @param author       the handler who recorded it
 * @param at           when it was recorded
 */
public record Reply(long itemId, ReplyClass replyClass, String text, String signer, String contactPerson,
        String contactPhone, String unitCode, String author, Instant at) {
}
