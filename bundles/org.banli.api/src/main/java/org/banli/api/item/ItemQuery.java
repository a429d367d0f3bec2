package org.banli.api.item;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Filters for listing items; {@code null} means "any".
 *
 * @param status        where the items stand
 * @param hostUnit      the host unit
 * @param involvedUnit  a unit that hosts or co-handles the items
 * @param kind          suggestions or proposals
 * @param year          session year
 * @param number        number within kind and year (建议第 12 号)
 * @param submitter     the lead submitter's username
 * @param keyItem       key items only ({@code true}) or none of them ({@code false})
 * @param flaggedRating items with a rating flagged as possibly not freely given (被满意), or without
 * @param draft         items whose current draft reply stands so
 * @param overdue       items awaiting a reply past their deadline ({@code true}) or not past it ({@code false})
 * @param dueWithinDays items awaiting a reply whose deadline is within this many days (at risk, 临期)
 * @param warning       items with this early warning (预警)
 * @param today         the county's today, which deadline filters count from (set by the workflow)
 * @param cutoff        where the warning starts by the county's rules (set by the workflow)
 * @param page          zero-based
 * @param size          entries per page
 * @param counted       whether the total over all pages is counted (a scan of every match); lists that only page
 *                      on ask for {@link #withoutTotal()}
 */
public record ItemQuery(
        ItemStatus status,
        String hostUnit,
        String involvedUnit,
        ItemKind kind,
        Integer year,
        Integer number,
        String submitter,
        Boolean keyItem,
        Boolean flaggedRating,
        Draft draft,
        Boolean overdue,
        Integer dueWithinDays,
        Timing.Kind warning,
        LocalDate today,
        WarningCutoff cutoff,
        int page,
        int size,
        boolean counted) {

    /**
     * Where an early warning starts, by the county's rules and calendar: items assigned (or
     * replied to) before {@code before}, or due on or before {@code until}.
     */
    public record WarningCutoff(Instant before, LocalDate until) {}

    /** Where the current round's draft reply stands: what the unit head and the handler each have to do. */
    public enum Draft {
        /** Drafted, waiting for the unit head's approval. */
        AWAITING_APPROVAL,
        /** Sent back by the unit head or returned by the office, to be rewritten. */
        SENT_BACK
    }

    public static ItemQuery page(int page, int size) {
        return new ItemQuery(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, page, size,
                true);
    }

    public ItemQuery withStatus(ItemStatus value) {
        return new ItemQuery(
                value,
                hostUnit,
                involvedUnit,
                kind,
                year,
                number,
                submitter,
                keyItem,
                flaggedRating,
                draft,
                overdue,
                dueWithinDays,
                warning,
                today,
                cutoff,
                page,
                size,
                counted);
    }

    public ItemQuery withHostUnit(String unit) {
        return new ItemQuery(
                status,
                unit,
                involvedUnit,
                kind,
                year,
                number,
                submitter,
                keyItem,
                flaggedRating,
                draft,
                overdue,
                dueWithinDays,
                warning,
                today,
                cutoff,
                page,
                size,
                counted);
    }

    public ItemQuery withInvolvedUnit(String unit) {
        return new ItemQuery(
                status,
                hostUnit,
                unit,
                kind,
                year,
                number,
                submitter,
                keyItem,
                flaggedRating,
                draft,
                overdue,
                dueWithinDays,
                warning,
                today,
                cutoff,
                page,
                size,
                counted);
    }

    public ItemQuery withKind(ItemKind value) {
        return new ItemQuery(
                status,
                hostUnit,
                involvedUnit,
                value,
                year,
                number,
                submitter,
                keyItem,
                flaggedRating,
                draft,
                overdue,
                dueWithinDays,
                warning,
                today,
                cutoff,
                page,
                size,
                counted);
    }

    public ItemQuery withYear(Integer value) {
        return new ItemQuery(
                status,
                hostUnit,
                involvedUnit,
                kind,
                value,
                number,
                submitter,
                keyItem,
                flaggedRating,
                draft,
                overdue,
                dueWithinDays,
                warning,
                today,
                cutoff,
                page,
                size,
                counted);
    }

    public ItemQuery withNumber(Integer value) {
        return new ItemQuery(
                status,
                hostUnit,
                involvedUnit,
                kind,
                year,
                value,
                submitter,
                keyItem,
                flaggedRating,
                draft,
                overdue,
                dueWithinDays,
                warning,
                today,
                cutoff,
                page,
                size,
                counted);
    }

    public ItemQuery withSubmitter(String username) {
        return new ItemQuery(
                status,
                hostUnit,
                involvedUnit,
                kind,
                year,
                number,
                username,
                keyItem,
                flaggedRating,
                draft,
                overdue,
                dueWithinDays,
                warning,
                today,
                cutoff,
                page,
                size,
                counted);
    }

    public ItemQuery withKeyItem(Boolean value) {
        return new ItemQuery(
                status,
                hostUnit,
                involvedUnit,
                kind,
                year,
                number,
                submitter,
                value,
                flaggedRating,
                draft,
                overdue,
                dueWithinDays,
                warning,
                today,
                cutoff,
                page,
                size,
                counted);
    }

    public ItemQuery withFlaggedRating(Boolean value) {
        return new ItemQuery(
                status,
                hostUnit,
                involvedUnit,
                kind,
                year,
                number,
                submitter,
                keyItem,
                value,
                draft,
                overdue,
                dueWithinDays,
                warning,
                today,
                cutoff,
                page,
                size,
                counted);
    }

    public ItemQuery withDraft(Draft value) {
        return new ItemQuery(
                status,
                hostUnit,
                involvedUnit,
                kind,
                year,
                number,
                submitter,
                keyItem,
                flaggedRating,
                value,
                overdue,
                dueWithinDays,
                warning,
                today,
                cutoff,
                page,
                size,
                counted);
    }

    public ItemQuery withOverdue(Boolean value) {
        return new ItemQuery(
                status,
                hostUnit,
                involvedUnit,
                kind,
                year,
                number,
                submitter,
                keyItem,
                flaggedRating,
                draft,
                value,
                dueWithinDays,
                warning,
                today,
                cutoff,
                page,
                size,
                counted);
    }

    public ItemQuery withDueWithinDays(Integer days) {
        return new ItemQuery(
                status,
                hostUnit,
                involvedUnit,
                kind,
                year,
                number,
                submitter,
                keyItem,
                flaggedRating,
                draft,
                overdue,
                days,
                warning,
                today,
                cutoff,
                page,
                size,
                counted);
    }

    public ItemQuery withWarning(Timing.Kind value) {
        return new ItemQuery(
                status,
                hostUnit,
                involvedUnit,
                kind,
                year,
                number,
                submitter,
                keyItem,
                flaggedRating,
                draft,
                overdue,
                dueWithinDays,
                value,
                today,
                cutoff,
                page,
                size,
                counted);
    }

    public ItemQuery withPage(int value) {
        return new ItemQuery(
                status,
                hostUnit,
                involvedUnit,
                kind,
                year,
                number,
                submitter,
                keyItem,
                flaggedRating,
                draft,
                overdue,
                dueWithinDays,
                warning,
                today,
                cutoff,
                value,
                size,
                counted);
    }

    /** The page without the total over all pages: what a list that shows no count needs, and much cheaper on a large year. */
    public ItemQuery withoutTotal() {
        return new ItemQuery(
                status,
                hostUnit,
                involvedUnit,
                kind,
                year,
                number,
                submitter,
                keyItem,
                flaggedRating,
                draft,
                overdue,
                dueWithinDays,
                warning,
                today,
                cutoff,
                page,
                size,
                false);
    }

    /** The county's today and the warning's cutoff, which the workflow fills in before the store runs the query. */
    public ItemQuery on(LocalDate date, WarningCutoff value) {
        return new ItemQuery(
                status,
                hostUnit,
                involvedUnit,
                kind,
                year,
                number,
                submitter,
                keyItem,
                flaggedRating,
                draft,
                overdue,
                dueWithinDays,
                warning,
                date,
                value,
                page,
                size,
                counted);
    }
}
