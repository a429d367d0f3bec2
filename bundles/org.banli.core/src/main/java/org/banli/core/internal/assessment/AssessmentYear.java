package org.banli.core.internal.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A year as the county counts it: assignments from 1 January to 31 December in its time zone. */
public record AssessmentYear(int year, ZoneId zone, LocalDate today) {

    public static AssessmentYear of(int year, ZoneId zone, Clock clock) {
        return new AssessmentYear(year, zone, LocalDate.now(clock.withZone(zone)));
    }

    public Instant from() {
        return LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
    }

    public Instant to() {
        return LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
    }
}
