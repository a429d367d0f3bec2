package org.banli.api.item;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A unit's request the office decides: to return an item (申请退回) or to extend its deadline (延期).
 *
 * @param requestedDate the deadline asked for (extensions only)
 * @param approved      {@code null} while pending
 * @param grantedDate   the deadline granted (approved extensions only)
 */
public record UnitRequest(
        Long id,
        Kind kind,
        String unitCode,
        String reason,
        LocalDate requestedDate,
        String requestedBy,
        Instant requestedAt,
        Boolean approved,
        String decidedBy,
        Instant decidedAt,
        String decisionReason,
        LocalDate grantedDate)
        implements ItemRecord {

    public enum Kind {
        RETURN("退回"),
        EXTENSION("延期");

        private final String chinese;

        Kind(String chinese) {
            this.chinese = chinese;
        }

        public String chinese() {
            return chinese;
        }
    }

    public boolean pending() {
        return approved == null;
    }

    public UnitRequest decided(boolean approve, String by, Instant at, String why, LocalDate granted) {
        return new UnitRequest(
                id, kind, unitCode, reason, requestedDate, requestedBy, requestedAt, approve, by, at, why, granted);
    }
}
