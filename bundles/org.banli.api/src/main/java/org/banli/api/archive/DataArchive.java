package org.banli.api.archive;

import java.time.Instant;
import java.util.Map;

/**
 * What an archive holds: the archive format's version, the schema its tables came from (the last schema
 * change applied), when it was written, whose file it is when it is one item's file (案卷) rather than all
 * data, and how many rows of each table.
 *
 * @param item the item's number as people say it (2026年建议第12号) for an item's file; null for all data
 */
public record DataArchive(int formatVersion, String schema, Instant exportedAt, String item, Map<String, Long> rows) {

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
