package org.banli.store.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class InstantConverterTest {

    private final InstantConverter converter = new InstantConverter();

    @Test
    void aMomentGoesToTheDatabaseInMicrosecondsCutNotRoundedSoItsMillisecondStays() {
        Instant now = Instant.parse("2026-12-04T19:57:38.226999700Z");

        java.sql.Timestamp stored = converter.convertToDatabaseColumn(now);

        assertThat(stored.getNanos())
                .as("no sub-microsecond digits for a database to round into the next millisecond")
                .isEqualTo(226_999_000);
        assertThat(converter.convertToEntityAttribute(stored).toEpochMilli()).isEqualTo(now.toEpochMilli());
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
    }
}
