package org.banli.api.item;

import java.time.LocalDate;

/**
 * Filters for listing items; {@code null} means "any".
 *
 * @param status       where the items stand
 * @param hostUnit     the host unit
 * @param involvedUnit a unit that hosts or co-handles the items
 * @param kind         suggestions or proposals
 * @param year         session year
 * @param submitter    the lead submitter's username
 * @param keyItem      key items only ({@code true}) or none of them ({@code false})
 * @param overdue      items awaiting a reply past their deadline ({@code true}) or not past it ({@code false})
 * @param dueWithinDays items awaiting a reply whose deadline is within this many days (at risk, 临期)
 * @param today        the county's today, which the deadline filters count from (set by the workflow)
 * @param page         zero-based
 * @param size         entries per page
 */
public record ItemQuery(ItemStatus status, String hostUnit, String involvedUnit, ItemKind kind, Integer year,
        String submitter, Boolean keyItem, Boolean overdue, Integer dueWithinDays, LocalDate today, int page, int size) {

    public static ItemQuery page(int page, int size) {
        return new ItemQuery(null, null, null, null, null, null, null, null, null, null, page, size);
    }

    public ItemQuery withStatus(ItemStatus value) {
        return new ItemQuery(value, hostUnit, involvedUnit, kind, year, submitter, keyItem, overdue, dueWithinDays, today,
                page, size);
    }

    public ItemQuery withHostUnit(String unit) {
        return new ItemQuery(status, unit, involvedUnit, kind, year, submitter, keyItem, overdue, dueWithinDays, today, page,
                size);
    }

    public ItemQuery withInvolvedUnit(String unit) {
        return new ItemQuery(status, hostUnit, unit, kind, year, submitter, keyItem, overdue, dueWithinDays, today, page,
                size);
    }

    public ItemQuery withKind(ItemKind value) {
        return new ItemQuery(status, hostUnit, involvedUnit, value, year, submitter, keyItem, overdue, dueWithinDays, today,
                page, size);
    }

    public ItemQuery withYear(Integer value) {
        return new ItemQuery(status, hostUnit, involvedUnit, kind, value, submitter, keyItem, overdue, dueWithinDays, today,
                page, size);
    }

    public ItemQuery withSubmitter(String username) {
        return new ItemQuery(status, hostUnit, involvedUnit, kind, year, username, keyItem, overdue, dueWithinDays, today,
                page, size);
    }

    public ItemQuery withKeyItem(Boolean value) {
        return new ItemQuery(status, hostUnit, involvedUnit, kind, year, submitter, value, overdue, dueWithinDays, today,
                page, size);
    }

    public ItemQuery withOverdue(Boolean value) {
        return new ItemQuery(status, hostUnit, involvedUnit, kind, year, submitter, keyItem, value, dueWithinDays,
                today, page, size);
    }

    public ItemQuery withDueWithinDays(Integer days) {
        return new ItemQuery(status, hostUnit, involvedUnit, kind, year, submitter, keyItem, overdue, days, today,
                page, size);
    }

    public ItemQuery on(LocalDate date) {
        return new ItemQuery(status, hostUnit, involvedUnit, kind, year, submitter, keyItem, overdue, dueWithinDays,
                date, page, size);
    }
}
