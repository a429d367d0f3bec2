package org.banli.rest.internal.dto;

import java.time.LocalDate;
import org.banli.api.item.Item;
import org.banli.api.item.ItemKind;
import org.banli.api.item.ItemStatus;
import org.banli.api.item.Timing;

/**
 * An item in a list: everything but the body and the file.
 *
 * @param daysLeft calendar days to the reply deadline while a reply is owed (negative when overdue)
 */
public record ItemSummaryDTO(
        long id,
        long version,
        String label,
        ItemKind kind,
        int year,
        int number,
        String title,
        String submitter,
        String category,
        boolean keyItem,
        ItemStatus status,
        String statusText,
        String hostUnit,
        LocalDate deadline,
        Long daysLeft,
        Boolean overdue,
        Boolean atRisk,
        Long mergedInto) {

    /** @param timing the item's deadlines, {@code null} where not shown */
    public static ItemSummaryDTO of(Item item, Timing timing) {
        return new ItemSummaryDTO(
                item.id(),
                item.version(),
                item.label(),
                item.kind(),
                item.year(),
                item.number(),
                item.title(),
                item.submitter(),
                item.category(),
                item.keyItem(),
                item.status(),
                item.status().chinese(),
                item.hostUnit(),
                item.deadline(),
                timing == null ? null : timing.daysLeft(),
                timing == null ? null : timing.overdue(),
                timing == null ? null : timing.atRisk(),
                item.progress().mergedInto());
    }
}
