package org.banli.api.item;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A suggestion or proposal as it stands now.
 *
 * @param id             internal identifier
 * @param version        increases with every change; a stale version is refused
 * @param kind           suggestion or proposal
 * @param year           the session year
 * @param number         number within kind and year (建议第 12 号)
 * @param title          title
 * @param body           full text
 * @param submitter      the lead submitter's username
 * @param category       topic, e.g. 教育
 * @param keyItem        重点件
 * @param leadingOfficial 领办领导 of a key item, else {@code null}
 * @param urgency        normal or urgent
 * @param publicReply    whether the reply may be disclosed
 * @param status         where it stands
 * @param hostUnit       code of the host unit once assigned
 * @param deadline       the reply deadline in force, once assigned
 * @param registeredAt   when it was registered
 * @param assignedAt     when it was last assigned
 */
public record Item(long id, long version, ItemKind kind, int year, int number, String title, String body,
        String submitter, String category, boolean keyItem, String leadingOfficial, Urgency urgency,
        boolean publicReply, ItemStatus status, String hostUnit, LocalDate deadline, Instant registeredAt,
        Instant assignedAt) {
}
