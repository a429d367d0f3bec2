package org.banli.rest.internal.dto;

import java.time.Instant;
import java.time.LocalDate;

import org.banli.api.item.Item;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ItemStatus;
import org.banli.api.item.Urgency;

/**
 * An item as the API shows it.
 *
 * @param label the number as people say it, e.g. 2026年建议第12号
 */
public record ItemDTO(long id, long version, String label, ItemKind kind, int year, int number, String title,
        String body, String submitter, String category, boolean keyItem, String leadingOfficial, Urgency urgency,
        boolean publicReply, ItemStatus status, String hostUnit, LocalDate deadline, Instant registeredAt,
        Instant assignedAt) {

    public static ItemDTO of(Item item) {
        return new ItemDTO(item.id(), item.version(), label(item), item.kind(), item.year(),
                item.number(), item.title(), item.body(), item.submitter(), item.category(), item.keyItem(),
                item.leadingOfficial(), item.urgency(), item.publicReply(), item.status(), item.hostUnit(),
                item.deadline(), item.registeredAt(), item.assignedAt());
    }

    /** The number as people say it, e.g. 2026年建议第12号. */
    static String label(Item item) {
        return item.year() + "年" + item.kind().chinese() + "第" + item.number() + "号";
    }
}
