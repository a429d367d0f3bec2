package org.banli.report.xlsx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
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
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.banli.api.report.ReportFormat;
import org.banli.api.report.ReportModel;
import org.banli.api.report.ReportTable;
import org.osgi.service.component.annotations.Component;

/**
 * Excel workbooks written as they stream (POI SXSSF: a window of rows in memory, the rest in a
 * compressed temporary file): a sheet 概况 with the title, key figures and paragraphs, then a
 * sheet per table with a styled, frozen header row, a filter, and cells of their real type
 * (numbers, percentages, dates), so a county can sort and sum them. A table longer than a
 * sheet continues on the next one.
 */
@Component(property = ReportFormat.FORMAT_PROPERTY + "=" + XlsxFormat.ID)
public class XlsxFormat implements ReportFormat {

    static final String ID = "xlsx";
    /** Rows kept in memory per sheet while writing. */
    static final int WINDOW = 100;

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
            SXSSFSheet summary = workbook.createSheet(sheetName("概况"));
            summary.setColumnWidth(0, 30 * 256);
            summary.setColumnWidth(1, 60 * 256);
            int r = 0;
            text(summary.createRow(r++), 0, model.title(), title);
            r++;
            for (ReportModel.Figure figure : model.figures()) {
                Row row = summary.createRow(r++);
                text(row, 0, figure.label(), header);
                text(row, 1, figure.value(), null);
            }
            for (ReportModel.Paragraph paragraph : model.paragraphs()) {
                text(summary.createRow(r++), 0, paragraph.text(), null);
            }
            for (ReportTable table : model.tables()) {
                table(table);
            }
        }

        private void table(ReportTable table) throws IOException {
            int lastRow = SpreadsheetVersion.EXCEL2007.getLastRowIndex();
            SXSSFSheet[] sheet = {newTableSheet(table)};
            int[] next = {1};
            table.rows().forEachRow(values -> {
                if (next[0] > lastRow) {
                    finish(sheet[0], table, next[0]);
                    sheet[0] = newTableSheet(table);
                    next[0] = 1;
                }
                Row row = sheet[0].createRow(next[0]++);
                for (int i = 0; i < values.size(); i++) {
                    cell(row, i, table.columns().get(i).type(), values.get(i));
                }
            });
            finish(sheet[0], table, next[0]);
        }

        private SXSSFSheet newTableSheet(ReportTable table) {
            SXSSFSheet sheet = workbook.createSheet(sheetName(table.title()));
            Row row = sheet.createRow(0);
            List<ReportTable.Column> columns = table.columns();
            for (int i = 0; i < columns.size(); i++) {
                text(row, i, columns.get(i).label(), header);
                sheet.setColumnWidth(i, width(columns.get(i)) * 256);
            }
            sheet.createFreezePane(0, 1);
            return sheet;
        }

        private static void finish(SXSSFSheet sheet, ReportTable table, int rows) {
            sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(
                    0, Math.max(0, rows - 1), 0, table.columns().size() - 1));
        }

        private static int width(ReportTable.Column column) {
            return switch (column.type()) {
                case DATE -> 12;
                case INTEGER, DECIMAL, PERCENT -> 10;
                case TEXT -> column.key().equals("title") ? 50 : 18;
            };
        }

        private void cell(Row row, int column, ReportTable.ColumnType type, Object value) {
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
                    if (value.toString().indexOf('\n') >= 0) {
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
