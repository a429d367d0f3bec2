package org.banli.api.report;

import java.io.IOException;
import java.util.List;

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

    /** What a column holds; values are String, Number (PERCENT as a fraction, 0.985), LocalDate, or null. */
    public enum ColumnType {
        TEXT,
        INTEGER,
        DECIMAL,
        PERCENT,
        DATE;

        /** The value as text formats print it: dates ISO, percentages with one decimal and %, null empty. */
        public String text(Object value) {
            if (value == null) {
                return "";
            }
            return switch (this) {
                case PERCENT ->
                    new java.math.BigDecimal(((Number) value).toString())
                                    .movePointRight(2)
                                    .setScale(1, java.math.RoundingMode.HALF_UP)
                                    .toPlainString()
                            + "%";
                case DECIMAL ->
                    value instanceof java.math.BigDecimal decimal ? decimal.toPlainString() : value.toString();
                default -> value.toString();
            };
        }
    }

    public record Column(String key, String label, ColumnType type) {}

    /** Streams rows to a sink, in order; a sink that fails (the client went away) stops it. */
    @FunctionalInterface
    public interface RowSource {
        void forEachRow(RowSink sink) throws IOException;
    }

    /** Takes one row at a time, as a format writes it out. */
    @FunctionalInterface
    public interface RowSink {
        void accept(List<Object> row) throws IOException;
    }
}
