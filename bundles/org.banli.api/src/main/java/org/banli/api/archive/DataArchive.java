package org.banli.api.archive;

import java.time.Instant;
import java.util.Map;

/**
 * What an archive of all of Banli's data holds: the archive format's version, the schema its tables
 * came from (the last schema change applied), when it was written, and how many rows of each table.
 */
public record DataArchive(int formatVersion, String schema, Instant exportedAt, Map<String, Long> rows) {

    /** The format this Banli writes and reads (docs/archive/banli-archive-1.schema.json). */
    public static final int FORMAT_VERSION = 1;

    public DataArchive {
        rows = Map.copyOf(rows);
    }

    /** Rows of every table together. */
    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }
}
