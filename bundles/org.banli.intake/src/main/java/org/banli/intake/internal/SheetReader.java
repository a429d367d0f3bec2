package org.banli.intake.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.banli.api.BanliException;
import org.banli.api.RuleViolationException;
import org.banli.api.Text;

/**
 * The rows of an uploaded sheet as text: the first sheet of an xlsx workbook (a merged cell's value
 * in each of its cells, dates as 2026-01-15, numbers as written), or a csv file in UTF-8 (with or
 * without its byte-order mark) or GB18030, which Excel writes in China.
 */
final class SheetReader {

    /** One row: its number as the spreadsheet shows it (1 for the first) and its cells. */
    record SheetRow(int number, List<String> cells) {

        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    private static final Charset GB18030 = Charset.forName("GB18030");

    private SheetReader() {}

    static List<SheetRow> read(String fileName, byte[] content) {
        if (fileName == null || fileName.isBlank()) {
            throw RuleViolationException.of("name", Text.of(Text.Code.REQUIRED, "label", "name"));
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".xlsx")) {
                return xlsx(content);
            }
            if (name.endsWith(".csv") || name.endsWith(".txt")) {
                return csv(content);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BanliException refusal) {
                throw refusal;
            }
            throw RuleViolationException.of(
                    "file", Text.of(Text.Code.INTAKE_UNREADABLE, "reason", String.valueOf(e.getMessage())));
        }
        throw RuleViolationException.of("file", Text.of(Text.Code.INTAKE_FORMAT, "file", fileName));
    }

    private static List<SheetRow> xlsx(byte[] content) throws IOException {
        // POI's XML beans resolve through the context class loader: this bundle's.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(SheetReader.class.getClassLoader());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.CHINA);
            List<SheetRow> rows = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(text(row.getCell(c), formatter));
                }
                rows.add(new SheetRow(row.getRowNum() + 1, cells));
            }
            // A merged cell keeps its value in its first cell only: spread it over the others.
            for (CellRangeAddress merged : sheet.getMergedRegions()) {
                String value = cellOf(rows, merged.getFirstRow() + 1, merged.getFirstColumn());
                for (SheetRow row : rows) {
                    if (row.number() - 1 >= merged.getFirstRow() && row.number() - 1 <= merged.getLastRow()) {
                        for (int c = merged.getFirstColumn(); c <= merged.getLastColumn(); c++) {
                            while (row.cells().size() <= c) {
                                row.cells().add("");
                            }
                            row.cells().set(c, value);
                        }
                    }
                }
            }
            return rows;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static String cellOf(List<SheetRow> rows, int rowNumber, int column) {
        return rows.stream()
                .filter(r -> r.number() == rowNumber)
                .findFirst()
                .map(r -> r.cell(column))
                .orElse("");
    }

    private static String text(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        return formatter.formatCellValue(cell).strip();
    }

    private static List<SheetRow> csv(byte[] content) throws IOException {
        List<SheetRow> rows = new ArrayList<>();
        try (Reader reader = new InputStreamReader(
                        new ByteArrayInputStream(content, bom(content), content.length), charset(content));
                CSVParser parser = CSVFormat.DEFAULT.builder().build().parse(reader)) {
            int number = 1;
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(value -> cells.add(value.strip()));
                rows.add(new SheetRow(number++, cells));
            }
        }
        return rows;
    }

    /** UTF-8 when it has the byte-order mark or decodes cleanly as UTF-8; otherwise GB18030. */
    private static Charset charset(byte[] content) {
        if (bom(content) > 0) {
            return StandardCharsets.UTF_8;
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException notUtf8) {
            return GB18030;
        }
    }

    private static int bom(byte[] content) {
        return content.length >= 3
                        && (content[0] & 0xff) == 0xEF
                        && (content[1] & 0xff) == 0xBB
                        && (content[2] & 0xff) == 0xBF
                ? 3
                : 0;
    }
}
