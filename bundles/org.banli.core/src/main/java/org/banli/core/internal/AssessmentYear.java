package org.banli.core.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A year as the county counts it: assignments from 1 January to 31 December in its time zone. */
record AssessmentYear(int year, ZoneId zone, LocalDate today) {

    static AssessmentYear of(int year, ZoneId zone, Clock clock) {
        return new AssessmentYear(year, zone, LocalDate.now(clock.withZone(zone)));
    }

    Instant from() {
        return LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
    }

    Instant to() {
        return LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
    }
}
