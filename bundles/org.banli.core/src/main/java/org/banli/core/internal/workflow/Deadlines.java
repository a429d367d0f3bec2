package org.banli.core.internal.workflow;

import static org.banli.api.item.ItemStatus.AWAITING_REPLY;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.banli.api.Text;
import org.banli.api.item.Commitment;
import org.banli.api.item.ContactPhase;
import org.banli.api.item.Dossier;
import org.banli.api.item.Item;
import org.banli.api.item.ItemQuery;
import org.banli.api.item.ItemStatus;
import org.banli.api.item.Reply;
import org.banli.api.item.Timing;

/** An item's deadlines and early warnings by the county's rules and calendar (DESIGN.md §3). */
final class Deadlines {

    private Deadlines() {}

    static LocalDate returnUntil(CountyProfile county, LocalDate assigned) {
        return county.calendar().plusWorkingDays(assigned, county.returnWorkingDays());
    }

    static LocalDate coUnitOpinionsBy(CountyProfile county, Item item) {
        return item.progress().assignedAt() == null
                ? null
                : county.date(item.progress().assignedAt()).plusMonths(county.coUnitOpinionMonths());
    }

    static LocalDate latestExtension(CountyProfile county, Item item) {
        return county.date(item.progress().assignedAt()).plusMonths(county.maxMonthsWithExtension());
    }

    /** The rating is expected within the window after the office accepted the current round's reply. */
    static Optional<LocalDate> ratingBy(CountyProfile county, Dossier dossier) {
        if (dossier.item().status() != ItemStatus.REPLIED) {
            return Optional.empty();
        }
        return dossier.currentReply()
                .filter(r -> r.state() == Reply.State.ACCEPTED)
                .map(r -> county.calendar().plusWorkingDays(county.date(r.reviewedAt()), county.ratingWorkingDays()));
    }

    /**
     * Where a warning starts, for lists: the same rule as {@link #of(CountyProfile, Dossier, LocalDate)}'s
     * warnings, turned into the latest assignment or reply time (or due date) that triggers it today.
     */
    static ItemQuery.WarningCutoff cutoff(CountyProfile county, Timing.Kind kind, LocalDate today) {
        WorkCalendar calendar = county.calendar();
        return switch (kind) {
            case NO_CONTACT ->
                before(
                        county,
                        latest(
                                today,
                                d -> today.isAfter(calendar.plusWorkingDays(d, county.firstContactWorkingDays()))));
            case NO_DRAFT -> new ItemQuery.WarningCutoff(null, today.plusDays(county.draftWarningDays()));
            case MISSING_CO_UNIT_OPINION ->
                before(county, latest(today, d -> today.isAfter(d.plusMonths(county.coUnitOpinionMonths()))));
            case OVERDUE_COMMITMENT -> new ItemQuery.WarningCutoff(null, today.minusDays(1));
            case RATING_OVERDUE ->
                before(
                        county,
                        latest(today, d -> today.isAfter(calendar.plusWorkingDays(d, county.ratingWorkingDays()))));
        };
    }

    /** The latest day, counting back from today, for which the rule holds (it holds for every earlier day). */
    private static LocalDate latest(LocalDate today, Predicate<LocalDate> rule) {
        LocalDate day = today;
        while (!rule.test(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    private static ItemQuery.WarningCutoff before(CountyProfile county, LocalDate lastDay) {
        return new ItemQuery.WarningCutoff(
                lastDay.plusDays(1).atStartOfDay(county.zone()).toInstant(), null);
    }

    static Timing of(CountyProfile county, Item item, LocalDate today) {
        return of(county, Dossier.of(item), today, null);
    }

    /** @param unitName how a warning names a unit: by its name, as people know it */
    static Timing of(CountyProfile county, Dossier dossier, LocalDate today, Function<String, String> unitName) {
        return of(county, dossier, today, unitName, true);
    }

    private static Timing of(
            CountyProfile county,
            Dossier dossier,
            LocalDate today,
            Function<String, String> unitName,
            boolean withWarnings) {
        Item item = dossier.item();
        if (item.progress().assignedAt() == null) {
            return new Timing(null, null, false, false, null, null, null, null, null, null, List.of());
        }
        LocalDate assigned = county.date(item.progress().assignedAt());
        boolean owesReply = AWAITING_REPLY.contains(item.status());
        Long daysLeft = owesReply ? ChronoUnit.DAYS.between(today, item.deadline()) : null;
        boolean early = item.status() == ItemStatus.ASSIGNED || item.status() == ItemStatus.HANDLING;
        LocalDate firstContactBy = county.calendar().plusWorkingDays(assigned, county.firstContactWorkingDays());
        LocalDate disclosureBy = item.publicReply() && item.progress().repliedAt() != null
                ? county.calendar()
                        .plusWorkingDays(county.date(item.progress().repliedAt()), county.disclosureWorkingDays())
                : null;
        LocalDate ratingBy = ratingBy(county, dossier).orElse(null);
        LocalDate opinionsBy = coUnitOpinionsBy(county, item);
        List<Timing.Warning> warnings = withWarnings
                ? warnings(county, dossier, today, owesReply, daysLeft, firstContactBy, opinionsBy, ratingBy, unitName)
                : List.of();
        return new Timing(
                item.deadline(),
                daysLeft,
                daysLeft != null && daysLeft < 0,
                daysLeft != null && daysLeft >= 0 && daysLeft <= county.atRiskDays(),
                early ? returnUntil(county, assigned) : null,
                firstContactBy,
                dossier.coUnits().isEmpty() ? null : opinionsBy,
                latestExtension(county, item),
                ratingBy,
                disclosureBy,
                warnings);
    }

    private static List<Timing.Warning> warnings(
            CountyProfile county,
            Dossier dossier,
            LocalDate today,
            boolean owesReply,
            Long daysLeft,
            LocalDate firstContactBy,
            LocalDate opinionsBy,
            LocalDate ratingBy,
            Function<String, String> unitName) {
        List<Timing.Warning> warnings = new ArrayList<>();
        boolean contacted = dossier.contacts().stream().anyMatch(c -> c.phase() != ContactPhase.CONSULTATION);
        if (owesReply && !contacted && today.isAfter(firstContactBy)) {
            warnings.add(new Timing.Warning(
                    Timing.Kind.NO_CONTACT, Text.of(Text.Code.WARNING_NO_CONTACT, "by", firstContactBy)));
        }
        if (owesReply && dossier.currentReply().isEmpty() && daysLeft <= county.draftWarningDays()) {
            warnings.add(
                    new Timing.Warning(Timing.Kind.NO_DRAFT, Text.of(Text.Code.WARNING_NO_DRAFT, "days", daysLeft)));
        }
        if (owesReply && today.isAfter(opinionsBy)) {
            dossier.activeCoUnits().stream()
                    .filter(c -> c.opinion() == null)
                    .forEach(c -> warnings.add(new Timing.Warning(
                            Timing.Kind.MISSING_CO_UNIT_OPINION,
                            Text.of(
                                    Text.Code.WARNING_CO_UNIT_OPINION,
                                    "unit",
                                    unitName.apply(c.unitCode()),
                                    "due",
                                    opinionsBy))));
        }
        dossier.latestAcceptedReply()
                .ifPresent(reply -> reply.commitments().stream()
                        .filter(c ->
                                !c.done() && c.dueDate() != null && c.dueDate().isBefore(today))
                        .map(Commitment::text)
                        .forEach(text -> warnings.add(new Timing.Warning(
                                Timing.Kind.OVERDUE_COMMITMENT,
                                Text.of(Text.Code.WARNING_OVERDUE_COMMITMENT, "commitment", text)))));
        if (ratingBy != null && today.isAfter(ratingBy)) {
            warnings.add(new Timing.Warning(
                    Timing.Kind.RATING_OVERDUE, Text.of(Text.Code.WARNING_RATING_OVERDUE, "by", ratingBy)));
        }
        return warnings;
    }
}
