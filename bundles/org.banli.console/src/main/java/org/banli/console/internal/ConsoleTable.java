package org.banli.console.internal;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A table for a terminal that lines up Chinese: columns are measured in terminal cells, and a Chinese
 * character takes two (Karaf's own table counts characters, so Chinese rows drift right).
 */
final class ConsoleTable {

    private record Column(String header, boolean right, int maxCells) {}

    private final List<Column> columns = new ArrayList<>();
    private final List<List<String>> rows = new ArrayList<>();

    ConsoleTable column(String header) {
        columns.add(new Column(header, false, Integer.MAX_VALUE));
        return this;
    }

    /** A column cut at {@code maxCells}, with "…" where it was cut. */
    ConsoleTable column(String header, int maxCells) {
        columns.add(new Column(header, false, maxCells));
        return this;
    }

    ConsoleTable numbers(String header) {
        columns.add(new Column(header, true, Integer.MAX_VALUE));
        return this;
    }

    void row(Object... cells) {
        List<String> row = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Object cell = i < cells.length ? cells[i] : null;
            row.add(cut(cell == null ? "" : String.valueOf(cell), columns.get(i).maxCells()));
        }
        rows.add(row);
    }

    void print(PrintStream out) {
        int[] widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = cells(columns.get(i).header());
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], cells(row.get(i)));
            }
        }
        List<String> headers = columns.stream().map(Column::header).toList();
        out.println(line(headers, widths));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            rule.append(i == 0 ? "" : "-+-").append("-".repeat(widths[i]));
        }
        out.println(rule);
        rows.forEach(row -> out.println(line(row, widths)));
    }

    private String line(List<String> cells, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String cell = cells.get(i);
            String padding = " ".repeat(widths[i] - cells(cell));
            line.append(i == 0 ? "" : " | ");
            line.append(columns.get(i).right() ? padding + cell : i == widths.length - 1 ? cell : cell + padding);
        }
        return line.toString();
    }

    private static String cut(String text, int maxCells) {
        if (cells(text) <= maxCells) {
            return text;
        }
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int cp : text.codePoints().toArray()) {
            int width = cells(cp);
            if (used + width > maxCells - 1) {
                break;
            }
            kept.appendCodePoint(cp);
            used += width;
        }
        return kept.append('…').toString();
    }

    /** The cells a text takes on a terminal. */
    static int cells(String text) {
        return text.codePoints().map(ConsoleTable::cells).sum();
    }

    /** East Asian wide and full-width characters take two cells, everything else one. */
    private static int cells(int cp) {
        boolean wide = (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
        return wide ? 2 : 1;
    }
}
