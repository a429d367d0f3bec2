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

    public record Column(String key, String label, ColumnType type) {

        /** Whether values may wrap inside their cell: text may; numbers, dates and item numbers (key label) may not. */
        public boolean wraps() {
            return type == ColumnType.TEXT && !key.equals("label");
        }
    }

    /**
     * Shares a page's width among the columns, in whatever unit a format measures: each column
     * {@code needs} room for its content on one line. Spare room goes to the columns that wrap, in
     * proportion to their need; short of room, those give way down to their {@code floors} (their
     * header's width) and their values wrap; only then does every column shrink alike.
     */
    public static double[] fit(List<Column> columns, double[] needs, double[] floors, double available) {
        double[] widths = needs.clone();
        double total = 0;
        double wrapping = 0;
        double canGive = 0;
        for (int i = 0; i < needs.length; i++) {
            total += needs[i];
            if (columns.get(i).wraps()) {
                wrapping += needs[i];
                canGive += needs[i] - Math.min(needs[i], floors[i]);
            }
        }
        for (int i = 0; i < needs.length; i++) {
            boolean wraps = columns.get(i).wraps();
            if (total <= available) {
                widths[i] += wraps ? (available - total) * needs[i] / wrapping : 0;
            } else if (total - canGive <= available) {
                widths[i] -= wraps ? (total - available) * (needs[i] - Math.min(needs[i], floors[i])) / canGive : 0;
            } else {
                widths[i] = needs[i] * available / total;
            }
        }
        return widths;
    }

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
