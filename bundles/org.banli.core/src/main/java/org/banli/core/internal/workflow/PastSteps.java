package org.banli.core.internal.workflow;

import java.time.Clock;
import java.time.LocalDate;
import org.banli.api.item.ItemService;

/**
 * The workflow as it would have run at other moments, under every rule of today's county: a demonstration year is
 * made months into the past this way. Never for a person's own step, whose moment is always now.
 */
public interface PastSteps {

    /** The same items, rules and people, with the time read from {@code clock}. */
    ItemService at(Clock clock);

    /** The county's rules in force: deadlines, at-risk days, the rating flag's minutes, its time zone. */
    CountyProfile county();

    /** {@code date} if the county works that day, else the working day before it. */
    default LocalDate workingDayOnOrBefore(LocalDate date) {
        LocalDate day = date;
        while (!county().calendar().isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** {@code days} working days after {@code date}, on the county's calendar. */
    default LocalDate plusWorkingDays(LocalDate date, int days) {
        return county().calendar().plusWorkingDays(date, days);
    }
}
