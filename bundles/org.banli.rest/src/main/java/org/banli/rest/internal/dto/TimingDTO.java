package org.banli.rest.internal.dto;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.banli.api.item.Timing;

/** An item's deadlines and early warnings as the API shows them: the warnings in the reader's language. */
public record TimingDTO(
        LocalDate deadline,
        Long daysLeft,
        boolean overdue,
        boolean atRisk,
        LocalDate returnUntil,
        LocalDate firstContactBy,
        LocalDate coUnitOpinionsBy,
        LocalDate latestExtension,
        LocalDate ratingBy,
        LocalDate disclosureBy,
        List<Warning> warnings) {

    /** @param code the code of the message, for clients that keep their own words */
    public record Warning(Timing.Kind kind, String message, String code) {}

    public static TimingDTO of(Timing timing, Locale reader) {
        return new TimingDTO(
                timing.deadline(),
                timing.daysLeft(),
                timing.overdue(),
                timing.atRisk(),
                timing.returnUntil(),
                timing.firstContactBy(),
                timing.coUnitOpinionsBy(),
                timing.latestExtension(),
                timing.ratingBy(),
                timing.disclosureBy(),
                timing.warnings().stream()
                        .map(w -> new Warning(
                                w.kind(), w.text().in(reader), w.text().code().name()))
                        .toList());
    }
}
