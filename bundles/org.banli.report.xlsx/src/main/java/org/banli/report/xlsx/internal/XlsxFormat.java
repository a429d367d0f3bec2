package org.banli.report.xlsx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.banli.api.report.ReportFormat;
import org.banli.api.report.ReportModel;
import org.banli.api.report.ReportTable;
import org.osgi.service.component.annotations.Component;

/**
 * Excel workbooks written as they stream (POI SXSSF: a window of rows in memory, the rest in a
 * compressed temporary file): a sheet 概况 with the title, key figures and paragraphs (when the
 * report has any), then a
 * sheet per table with a styled, frozen header row, a filter, and cells of their real type
 * (numbers, percentages, dates), so a county can sort and sum them. A table longer than a
 * sheet continues on the next one. Every sheet prints as clerks expect: A4, one page wide
 * (landscape when the table is wider than a portrait page), columns as wide as their content,
 * the header row repeated on every page, the print area its used range, the report's title
 * above and the page number below every page.
 */
@Component(property = ReportFormat.FORMAT_PROPERTY + "=" + XlsxFormat.ID)
public class XlsxFormat implements ReportFormat {

    static final String ID = "xlsx";
    /** Rows kept in memory per sheet while writing. */
    static final int WINDOW = 100;
    /** Characters across an A4 portrait page at 100%: a wider table prints landscape. */
    static final int PORTRAIT_WIDTH = 95;
    /** Characters in the value column of the summary sheet. */
    private static final int SUMMARY_VALUE_WIDTH = 60;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @Override
    public String fileExtension() {
        return "xlsx";
    }

    @Override
    public void render(ReportModel model, OutputStream out) throws IOException {
        // POI's XML beans and helpers resolve through the context class loader: this bundle's.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(XlsxFormat.class.getClassLoader());
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW)) {
            workbook.setCompressTempFiles(true);
            new Writer(workbook).write(model);
            workbook.write(out);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** Width in Excel's character units: a Chinese character takes two. */
    static int displayWidth(String text) {
        return text.codePoints()
                .map(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN || c >= 0x3000 ? 2 : 1)
                .sum();
    }

    /** One workbook's styles, made once: a workbook has room for only so many. */
    private static final class Writer {
        private final SXSSFWorkbook workbook;
        private final CellStyle title;
        private final CellStyle header;
        private final CellStyle date;
        private final CellStyle percent;
        private final CellStyle integer;
        private final CellStyle decimal;
        private final CellStyle wrapped;
        private final Set<String> sheetNames = new HashSet<>();
        /** Printed at the top of every page. */
        private String reportTitle;

        Writer(SXSSFWorkbook workbook) {
            this.workbook = workbook;
            Font bold = workbook.createFont();
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            header.setWrapText(true);
            date = style("yyyy-mm-dd");
            percent = style("0.0%");
            integer = style("0");
            decimal = style("0.00");
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
        }

        private CellStyle style(String format) {
            CellStyle style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        }

        void write(ReportModel model) throws IOException {
            reportTitle = model.title();
            if (!model.figures().isEmpty()
                    || !model.paragraphs().isEmpty()
                    || model.tables().isEmpty()) {
                summary(model);
            }
            for (ReportTable table : model.tables()) {
                table(table);
            }
        }

        /** The sheet 概况: the title, the key figures beside their labels, the paragraphs across both columns. */
        private void summary(ReportModel model) {
            SXSSFSheet summary = workbook.createSheet(sheetName("概况"));
            int labelWidth = 4;
            for (ReportModel.Figure figure : model.figures()) {
                labelWidth = Math.max(labelWidth, displayWidth(figure.label()) + 2);
            }
            summary.setColumnWidth(0, labelWidth * 256);
            summary.setColumnWidth(1, SUMMARY_VALUE_WIDTH * 256);
            int r = 0;
            wide(summary, r++, model.title(), title, labelWidth);
            r++;
            for (ReportModel.Figure figure : model.figures()) {
                Row row = summary.createRow(r++);
                text(row, 0, figure.label(), header);
                text(row, 1, figure.value(), null);
            }
            for (ReportModel.Paragraph paragraph : model.paragraphs()) {
                wide(summary, r++, paragraph.text(), wrapped, labelWidth);
            }
            print(summary, 2, r, false);
        }

        /** Text across both columns of the summary, wrapped inside them, its row as tall as its lines. */
        private static void wide(SXSSFSheet sheet, int r, String value, CellStyle style, int labelWidth) {
            Row row = sheet.createRow(r);
            text(row, 0, value, style);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, 1));
            int lines = lines(value, labelWidth + SUMMARY_VALUE_WIDTH);
            if (lines > 1) {
                row.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints());
            }
        }

        private void table(ReportTable table) throws IOException {
            int lastRow = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
            List<ReportTable.Column> columns = table.columns();
            SXSSFSheet[] sheet = {newTableSheet(table)};
            int[] widths =
                    columns.stream().mapToInt(c -> displayWidth(c.label())).toArray();
            int[] next = {1};
            table.rows().forEachRow(values -> {
                if (next[0] > lastRow) {
                    finish(sheet[0], widths, next[0]);
                    sheet[0] = newTableSheet(table);
                    next[0] = 1;
                }
                Row row = sheet[0].createRow(next[0]++);
                int lines = 1;
                for (int i = 0; i < values.size(); i++) {
                    ReportTable.ColumnType type = columns.get(i).type();
                    String text = type.text(values.get(i));
                    int width = Arrays.stream(text.split("\n", -1))
                            .mapToInt(XlsxFormat::displayWidth)
                            .max()
                            .orElse(0);
                    int limit = limit(columns.get(i));
                    widths[i] = Math.max(widths[i], Math.min(width, limit));
                    lines = Math.max(lines, lines(text, limit));
                    cell(row, i, type, values.get(i), width > limit);
                }
                if (lines > 1) {
                    row.setHeightInPoints(lines * sheet[0].getDefaultRowHeightInPoints());
                }
            });
            finish(sheet[0], widths, next[0]);
        }

        private SXSSFSheet newTableSheet(ReportTable table) {
            SXSSFSheet sheet = workbook.createSheet(sheetName(table.title()));
            Row row = sheet.createRow(0);
            List<ReportTable.Column> columns = table.columns();
            for (int i = 0; i < columns.size(); i++) {
                text(row, i, columns.get(i).label(), header);
            }
            sheet.createFreezePane(0, 1);
            sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
            return sheet;
        }

        /** Columns as wide as what they hold, the filter over all rows, and the page set up to print. */
        private void finish(SXSSFSheet sheet, int[] widths, int rows) {
            int total = 0;
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, (widths[i] + 2) * 256);
                total += widths[i] + 2;
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, widths.length - 1));
            print(sheet, widths.length, rows, total > PORTRAIT_WIDTH);
        }

        /** A4, one page wide and as many long as it takes, within its print area. */
        private void print(SXSSFSheet sheet, int columns, int rows, boolean landscape) {
            sheet.setFitToPage(true);
            sheet.setAutobreaks(true);
            PrintSetup setup = sheet.getPrintSetup();
            setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
            setup.setLandscape(landscape);
            setup.setFitWidth((short) 1);
            setup.setFitHeight((short) 0);
            sheet.setHorizontallyCenter(true);
            // Excel's header codes: &"font,style", &P the page, &N the pages; a literal & is doubled.
            sheet.getHeader().setCenter("&\"宋体,Bold\"" + reportTitle.replace("&", "&&"));
            sheet.getFooter().setCenter("第 &P 页，共 &N 页");
            workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, columns - 1, 0, Math.max(0, rows - 1));
        }

        /** The widest a column grows before its text wraps: a title column gets most. */
        private static int limit(ReportTable.Column column) {
            return switch (column.type()) {
                case TEXT -> column.key().equals("title") ? 50 : 28;
                default -> 16;
            };
        }

        private void cell(Row row, int column, ReportTable.ColumnType type, Object value, boolean wraps) {
            if (value == null) {
                return;
            }
            Cell cell = row.createCell(column);
            switch (type) {
                case DATE -> {
                    cell.setCellValue((LocalDate) value);
                    cell.setCellStyle(date);
                }
                case PERCENT -> {
                    cell.setCellValue(((Number) value).doubleValue());
                    cell.setCellStyle(percent);
                }
                case INTEGER -> {
                    cell.setCellValue(((Number) value).doubleValue());
                    cell.setCellStyle(integer);
                }
                case DECIMAL -> {
                    cell.setCellValue(((Number) value).doubleValue());
                    cell.setCellStyle(decimal);
                }
                case TEXT -> {
                    cell.setCellValue(ReportFormat.spreadsheetText(value.toString()));
                    if (wraps || value.toString().indexOf('\n') >= 0) {
                        cell.setCellStyle(wrapped);
                    }
                }
            }
        }

        private static void text(Row row, int column, String value, CellStyle style) {
            Cell cell = row.createCell(column);
            cell.setCellValue(ReportFormat.spreadsheetText(value));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }

        /** Lines {@code text} takes in a column {@code width} characters wide. */
        private static int lines(String text, int width) {
            int lines = 0;
            for (String line : text.split("\n", -1)) {
                lines += Math.max(1, (displayWidth(line) + width - 1) / width);
            }
            return lines;
        }

        /** Excel's rules: at most 31 characters, none of []:*?/\, unique in the workbook. */
        private String sheetName(String wanted) {
            String base = WorkbookUtil.createSafeSheetName(wanted.length() > 28 ? wanted.substring(0, 28) : wanted);
            String name = base;
            for (int n = 2; !sheetNames.add(name); n++) {
                name = base + " (" + n + ")";
            }
            return name;
        }
    }
}
