package org.banli.intake.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.banli.api.item.ItemKind;

/** The empty sheet an office fills in: the headers import reads, then what goes under each on a second sheet. */
final class SheetTemplate {

    private SheetTemplate() {}

    static byte[] of(ItemKind kind) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            Sheet items = workbook.createSheet(kind.chinese());
            Row headers = items.createRow(0);
            Sheet notes = workbook.createSheet("填表说明");
            Row noteHeaders = notes.createRow(0);
            noteHeaders.createCell(0).setCellValue("列");
            noteHeaders.createCell(1).setCellValue("填写");
            noteHeaders.getCell(0).setCellStyle(header);
            noteHeaders.getCell(1).setCellStyle(header);
            for (IntakeColumn column : IntakeColumn.values()) {
                int c = column.ordinal();
                headers.createCell(c).setCellValue(column.header(kind));
                headers.getCell(c).setCellStyle(header);
                items.setColumnWidth(c, (column == IntakeColumn.TITLE || column == IntakeColumn.BODY ? 40 : 14) * 256);
                Row note = notes.createRow(c + 1);
                note.createCell(0).setCellValue(column.header(kind));
                note.createCell(1).setCellValue(column.meaning);
            }
            items.createFreezePane(0, 1);
            notes.setColumnWidth(0, 14 * 256);
            notes.setColumnWidth(1, 50 * 256);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
