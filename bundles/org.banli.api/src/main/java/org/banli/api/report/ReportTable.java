package org.banli.api.report;

import java.util.List;
import java.util.function.Consumer;

/**
 * A table whose rows are produced on demand, so a year of items never has to fit in memory.
 *
 * @param title   caption
 * @param columns column definitions
 * @param rows    produces the rows, each a list of values matching the columns' types
 */
public record ReportTable(String title, List<Column> columns, RowSource rows) {

    public ReportTable {
        columns = List.copyOf(columns);
    }

    public enum ColumnType {
        TEXT,
        INTEGER,
        DECIMAL,
        PERCENT,
        DATE
    }

    public record Column(String key, String label, ColumnType type) {
    }

    /** Streams rows to a consumer, in order. */
    @FunctionalInterface
    public interface RowSource {
        void forEachRow(Consumer<List<Object>> row);
    }
}
