package org.banli.report.xlsx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.banli.api.report.ReportModel;
import org.banli.api.report.ReportTable;
import org.banli.api.report.ReportTable.Column;
import org.banli.api.report.ReportTable.ColumnType;
import org.junit.jupiter.api.Test;

/** The xlsx format opened with POI's full reader: typed cells, header, frozen row, Chinese intact. */
class XlsxFormatTest {

    @Test
    void cellsHaveTheirTypesAndTheHeaderIsStyledAndFrozen() throws IOException {
        List<Column> columns = List.of(
                new Column("label", "编号", ColumnType.TEXT),
                new Column("title", "标题", ColumnType.TEXT),
                new Column("deadline", "答复期限", ColumnType.DATE),
                new Column("days", "剩余天数", ColumnType.INTEGER),
                new Column("rate", "满意率", ColumnType.PERCENT));
        ReportModel model = new ReportModel(
                "2026年建议台账",
                List.of(new ReportModel.Figure("办复率", "98.5%")),
                List.of(ReportModel.Paragraph.body("共250件。")),
                List.of(new ReportTable("台账/2026", columns, sink -> {
                    for (int i = 1; i <= 250; i++) {
                        sink.accept(Arrays.asList(
                                "2026年建议第" + i + "号",
                                i == 3 ? "=1+2" : "关于\"午餐\"的建议\n第二行",
                                LocalDate.of(2026, 6, 2).plusDays(i),
                                (long) i,
                                i % 2 == 0 ? 0.985 : null));
                    }
                })));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxFormat().render(model, out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet summary = workbook.getSheetAt(0);
            assertThat(summary.getSheetName()).isEqualTo("概况");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2026年建议台账");
            assertThat(summary.getRow(2).getCell(0).getStringCellValue()).isEqualTo("办复率");
            assertThat(summary.getRow(2).getCell(1).getStringCellValue()).isEqualTo("98.5%");
            assertThat(summary.getRow(3).getCell(0).getStringCellValue()).isEqualTo("共250件。");

            Sheet table = workbook.getSheetAt(1);
            assertThat(table.getSheetName())
                    .as("a character Excel forbids is replaced")
                    .isEqualTo("台账 2026");
            assertThat(table.getLastRowNum()).isEqualTo(250);
            Row header = table.getRow(0);
            assertThat(header.getCell(1).getStringCellValue()).isEqualTo("标题");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex())
                            .getBold())
                    .isTrue();
            assertThat(table.getPaneInformation().isFreezePane()).isTrue();
            assertThat(table.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);

            Row second = table.getRow(2);
            assertThat(second.getCell(0).getStringCellValue()).isEqualTo("2026年建议第2号");
            assertThat(second.getCell(1).getStringCellValue()).isEqualTo("关于\"午餐\"的建议\n第二行");
            assertThat(second.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(second.getCell(2))).isTrue();
            assertThat(second.getCell(2).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 6, 4));
            assertThat(second.getCell(3).getNumericCellValue()).isEqualTo(2.0);
            assertThat(second.getCell(4).getNumericCellValue()).isEqualTo(0.985);
            assertThat(second.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(table.getRow(1).getCell(4))
                    .as("an empty value is an empty cell")
                    .isNull();
            assertThat(table.getRow(3).getCell(1).getStringCellValue())
                    .as("a formula stays text, even once edited")
                    .isEqualTo("'=1+2");
        }
    }
}
