package org.banli.core.internal.workflow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Working days by the PRC calendar: weekends off, except make-up working days (调休上班),
 * and public holidays off. Read from {@code etc/banli-calendar.txt}, one date per line:
 * {@code 2026-10-01 休 国庆节} or {@code 2026-10-10 班 国庆节调休}.
 */
final class WorkCalendar {

    static final WorkCalendar WEEKDAYS_ONLY = new WorkCalendar(Map.of());

    /** {@code true} for a make-up working day, {@code false} for a holiday. */
    private final Map<LocalDate, Boolean> exceptions;

    private WorkCalendar(Map<LocalDate, Boolean> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    static WorkCalendar read(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("节假日文件无法读取 (cannot read the calendar) " + file, e);
        }
    }

    /** Refuses the whole file, naming the line, when one line is wrong: half a calendar gives wrong deadlines. */
    static WorkCalendar parse(List<String> lines, String source) {
        Map<LocalDate, Boolean> exceptions = new HashMap<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\\s+", 3);
            String where = source + " 第" + (n + 1) + "行 (line " + (n + 1) + "): " + line;
            if (fields.length < 2) {
                throw new IllegalArgumentException("应为“日期 休|班 说明” (expected \"date 休|班 note\") " + where);
            }
            LocalDate date;
            try {
                date = LocalDate.parse(fields[0]);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("日期应为 YYYY-MM-DD (date must be YYYY-MM-DD) " + where, e);
            }
            Boolean working = switch (fields[1].toLowerCase()) {
                case "班", "work", "workday" -> Boolean.TRUE;
                case "休", "off", "holiday" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException("类型应为“休”或“班” (type must be 休 or 班) " + where);
            };
            if (exceptions.put(date, working) != null) {
                throw new IllegalArgumentException("日期重复 (date listed twice) " + where);
            }
        }
        return new WorkCalendar(exceptions);
    }

    boolean isWorkingDay(LocalDate date) {
        Boolean exception = exceptions.get(date);
        if (exception != null) {
            return exception;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /** The day on which a window of {@code days} working days that starts after {@code start} ends. */
    LocalDate plusWorkingDays(LocalDate start, int days) {
        LocalDate date = start;
        for (int counted = 0; counted < days; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    int holidays() {
        return (int) exceptions.values().stream().filter(working -> !working).count();
    }

    int makeUpWorkingDays() {
        return exceptions.size() - holidays();
    }
}
