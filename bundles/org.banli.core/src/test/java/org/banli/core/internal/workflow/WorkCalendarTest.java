package org.banli.core.internal.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

public class WorkCalendarTest {

    /** The calendar the distribution ships in etc/. */
    public static final WorkCalendar SHIPPED =
            WorkCalendar.read(Path.of("../../distribution/src/main/resources/etc/banli-calendar.txt"));

    @Test
    void theShippedCalendarHasThePrcHolidaysAndMakeUpDaysOf2025And2026() {
        // 国务院办公厅通知: 2025 has 28 days off and 5 make-up working days, 2026 has 33 and 6.
        assertThat(SHIPPED.holidays()).isEqualTo(28 + 33);
        assertThat(SHIPPED.makeUpWorkingDays()).isEqualTo(5 + 6);
        assertThat(SHIPPED.isWorkingDay(LocalDate.of(2026, 10, 1))).as("国庆节").isFalse();
        assertThat(SHIPPED.isWorkingDay(LocalDate.of(2026, 10, 10)))
                .as("Saturday 调休上班")
                .isTrue();
        assertThat(SHIPPED.isWorkingDay(LocalDate.of(2026, 10, 11)))
                .as("an ordinary Sunday")
                .isFalse();
        assertThat(SHIPPED.isWorkingDay(LocalDate.of(2026, 10, 9)))
                .as("an ordinary Friday")
                .isTrue();
        assertThat(SHIPPED.isWorkingDay(LocalDate.of(2025, 1, 26)))
                .as("Sunday 调休上班 before 春节")
                .isTrue();
    }

    @Test
    void workingDaysSkipWeekendsAndHolidaysAndCountMakeUpDays() {
        // Assigned on Wed 2026-09-30: Oct 1–7 are off, Thu 8 and Fri 9 work, Sat 10 is a make-up day, then Mon 12, Tue
        // 13.
        assertThat(SHIPPED.plusWorkingDays(LocalDate.of(2026, 9, 30), 5)).isEqualTo(LocalDate.of(2026, 10, 13));
        // Without the calendar the same window would end inside the holiday.
        assertThat(WorkCalendar.WEEKDAYS_ONLY.plusWorkingDays(LocalDate.of(2026, 9, 30), 5))
                .isEqualTo(LocalDate.of(2026, 10, 7));
        // 春节 2026: Fri 13 Feb, Sat 14 (make-up), 15–23 off, Tue 24 ...
        assertThat(SHIPPED.plusWorkingDays(LocalDate.of(2026, 2, 12), 3)).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(SHIPPED.plusWorkingDays(LocalDate.of(2026, 11, 27), 15)).isEqualTo(LocalDate.of(2026, 12, 18));
    }

    @Test
    void aWrongLineRefusesTheWholeFileNamingTheLine() {
        assertThatThrownBy(() -> WorkCalendar.parse(List.of("# 注释", "2026-10-01 休 国庆", "2026-13-01 休 错"), "test.txt"))
                .hasMessageContaining("第3行")
                .hasMessageContaining("line 3");
        assertThatThrownBy(() -> WorkCalendar.parse(List.of("2026-10-01 放假"), "t"))
                .hasMessageContaining("休");
        assertThatThrownBy(() -> WorkCalendar.parse(List.of("2026-10-01 休", "2026-10-01 班"), "t"))
                .hasMessageContaining("twice");
    }
}
