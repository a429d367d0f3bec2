package org.banli.store.jpa.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import javax.persistence.AttributeConverter;
import javax.persistence.Converter;

/**
 * JPA 2.2 knows no {@link Instant}. Store it as a UTC wall-clock timestamp, so that nodes in
 * different time zones (and people reading the tables) see the same value.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {

    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        // Microseconds, cut rather than left to the database: PostgreSQL rounds Java's nanoseconds, and
        // 38.2269997 became 38.227, another millisecond than the one a history entry's seal was made with.
        return instant == null
                ? null
                : Timestamp.valueOf(LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
