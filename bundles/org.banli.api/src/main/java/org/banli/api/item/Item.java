package org.banli.api.item;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A suggestion or proposal as it stands now.
 *
 * @param id              internal identifier
 * @param version         increases with every change; a stale version is refused
 * @param kind            suggestion or proposal
 * @param year            the session year
 * @param number          number within kind and year (建议第 12 号)
 * @param title           title
 * @param body            full text; {@code null} in lists, which carry summaries (read the item for its text)
 * @param submitter       the lead submitter's username
 * @param category        topic, e.g. 教育
 * @param keyItem         重点件
 * @param leadingOfficial username of the county leader overseeing a key item (领办领导), else {@code null}
 * @param urgency         normal or urgent
 * @param publicReply     whether the reply may be disclosed
 * @param status          where it stands
 * @param progress        host unit, deadline and the dates of the workflow so far
 * @param registeredAt    when it was registered
 */
public record Item(
        long id,
        long version,
        ItemKind kind,
        int year,
        int number,
        String title,
        String body,
        String submitter,
        String category,
        boolean keyItem,
        String leadingOfficial,
        Urgency urgency,
        boolean publicReply,
        ItemStatus status,
        Progress progress,
        Instant registeredAt) {

    public String hostUnit() {
        return progress.hostUnit();
    }

    public LocalDate deadline() {
        return progress.deadline();
    }

    /** The number as people say it, e.g. 2026年建议第12号. */
    public String label() {
        return label(kind, year, number);
    }

    /** The item as a message names it, in the reader's language. */
    public ItemNumber reference() {
        return new ItemNumber(kind, year, number);
    }

    /** How people name an item: 2026年建议第12号. */
    public static String label(ItemKind kind, int year, int number) {
        return year + "年" + kind.chinese() + "第" + number + "号";
    }
}
