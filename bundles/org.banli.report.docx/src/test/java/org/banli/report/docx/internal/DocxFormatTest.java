package org.banli.report.docx.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.banli.api.report.ReportModel;
import org.banli.api.report.ReportModel.Paragraph;
import org.banli.api.report.ReportTable;
import org.banli.api.report.ReportTable.Column;
import org.banli.api.report.ReportTable.ColumnType;
import org.junit.jupiter.api.Test;

/** The docx format opened with POI XWPF: the letter's layout, its fonts and its tables. */
class DocxFormatTest {

    private static XWPFDocument render(ReportModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxFormat().render(model, out);
        ZipSecureFile.setMinInflateRatio(0.001); // thousands of alike rows compress very well
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void aReplyLetterKeepsItsLayoutAndChineseFonts() throws IOException {
        ReportModel letter = new ReportModel(
                "县教育局关于2026年建议第12号的答复",
                List.of(new ReportModel.Figure("答复类别", "A（已解决或采纳）")),
                List.of(
                        new Paragraph("张代表：", Paragraph.Style.PLAIN),
                        Paragraph.body("您提出的建议收悉，现答复如下：\n第二段。"),
                        new Paragraph("县教育局", Paragraph.Style.SIGNATURE)),
                List.of());
        try (XWPFDocument document = render(letter)) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            assertThat(paragraphs.get(0).getText()).isEqualTo("县教育局关于2026年建议第12号的答复");
            assertThat(paragraphs.get(0).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            XWPFRun title = paragraphs.get(0).getRuns().get(0);
            assertThat(title.isBold()).isTrue();
            assertThat(title.getFontFamily(XWPFRun.FontCharRange.eastAsia)).isEqualTo("宋体");
            assertThat(paragraphs.get(1).getText()).isEqualTo("答复类别：A（已解决或采纳）");
            assertThat(paragraphs.get(2).getText()).isEqualTo("张代表：");
            assertThat(paragraphs.get(2).getIndentationFirstLine()).isLessThanOrEqualTo(0);
            assertThat(paragraphs.get(3).getText()).isEqualTo("您提出的建议收悉，现答复如下：\n第二段。");
            assertThat(paragraphs.get(3).getIndentationFirstLine()).isEqualTo(640);
            assertThat(paragraphs.get(3).getRuns().get(0).getFontFamily(XWPFRun.FontCharRange.eastAsia))
                    .isEqualTo("仿宋");
            assertThat(paragraphs.get(4).getText()).isEqualTo("县教育局");
            assertThat(paragraphs.get(4).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
        }
    }

    @Test
    void tablesHaveARepeatedHeaderAndStopWithANoteWhenTooLong() throws IOException {
        List<Column> columns = List.of(
                new Column("label", "编号", ColumnType.TEXT),
                new Column("deadline", "答复期限", ColumnType.DATE),
                new Column("rate", "满意率", ColumnType.PERCENT));
        ReportModel model =
                new ReportModel("台账", List.of(), List.of(), List.of(new ReportTable("建议台账", columns, sink -> {
                    for (int i = 1; i <= DocxFormat.MAX_TABLE_ROWS + 2; i++) {
                        sink.accept(
                                Arrays.asList("2026年建议第" + i + "号", LocalDate.of(2026, 6, 2), i == 1 ? 0.985 : null));
                    }
                })));
        try (XWPFDocument document = render(model)) {
            XWPFTable table = document.getTables().get(0);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(0).getCell(1).getText()).isEqualTo("答复期限");
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("2026年建议第1号");
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("2026-06-02");
            assertThat(table.getRow(1).getCell(2).getText()).isEqualTo("98.5%");
            assertThat(table.getNumberOfRows()).isEqualTo(DocxFormat.MAX_TABLE_ROWS + 1);
            assertThat(document.getParagraphs()
                            .get(document.getParagraphs().size() - 1)
                            .getText())
                    .as("an official document speaks Chinese only")
                    .isEqualTo("本表共" + (DocxFormat.MAX_TABLE_ROWS + 2) + "行，此处列出前" + DocxFormat.MAX_TABLE_ROWS
                            + "行；全部数据请导出 xlsx 或 csv。");
        }
    }
}
