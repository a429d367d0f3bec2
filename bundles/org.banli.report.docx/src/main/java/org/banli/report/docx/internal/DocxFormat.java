package org.banli.report.docx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.banli.api.report.ReportFormat;
import org.banli.api.report.ReportModel;
import org.banli.api.report.ReportTable;
import org.osgi.service.component.annotations.Component;

/**
 * Word documents in the layout of Chinese official documents (GB/T 9704): the title in 宋体
 * 二号 bold and centred, running text in 仿宋 三号 with a two-character first-line indent, the
 * issuing unit and date flush right. County offices edit, stamp and print them. A Word table is
 * held in memory whole, so tables stop at {@value #MAX_TABLE_ROWS} rows with a note pointing to
 * xlsx or csv for the rest.
 */
@Component(property = ReportFormat.FORMAT_PROPERTY + "=" + DocxFormat.ID)
public class DocxFormat implements ReportFormat {

    static final String ID = "docx";
    static final int MAX_TABLE_ROWS = 5000;
    static final String TITLE_FONT = "宋体";
    static final String BODY_FONT = "仿宋";
    /** 二号 and 三号 in points. */
    private static final int TITLE_SIZE = 22;

    private static final int BODY_SIZE = 16;
    private static final int TABLE_SIZE = 10;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    }

    @Override
    public String fileExtension() {
        return "docx";
    }

    @Override
    public void render(ReportModel model, OutputStream out) throws IOException {
        // POI's XML beans resolve through the context class loader: this bundle's.
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(DocxFormat.class.getClassLoader());
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFParagraph title = document.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, model.title(), TITLE_FONT, TITLE_SIZE, true);
            for (ReportModel.Figure figure : model.figures()) {
                run(document.createParagraph(), figure.label() + "：" + figure.value(), BODY_FONT, BODY_SIZE, false);
            }
            for (ReportModel.Paragraph paragraph : model.paragraphs()) {
                XWPFParagraph p = document.createParagraph();
                switch (paragraph.style()) {
                    case BODY ->
                        p.setIndentationFirstLine(2 * BODY_SIZE * 20); // two characters, in twentieths of a point
                    case SIGNATURE -> p.setAlignment(ParagraphAlignment.RIGHT);
                    case PLAIN -> {}
                }
                run(p, paragraph.text(), BODY_FONT, BODY_SIZE, false);
            }
            for (ReportTable table : model.tables()) {
                table(document, table);
            }
            document.write(out);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static void table(XWPFDocument document, ReportTable table) throws IOException {
        run(document.createParagraph(), table.title(), TITLE_FONT, BODY_SIZE, true);
        List<ReportTable.Column> columns = table.columns();
        XWPFTable grid = document.createTable(1, columns.size());
        grid.setWidth("100%");
        XWPFTableRow header = grid.getRow(0);
        header.setRepeatHeader(true);
        for (int i = 0; i < columns.size(); i++) {
            XWPFTableCell cell = header.getCell(i);
            cell.setColor("E8EBEF");
            run(cell.getParagraphs().get(0), columns.get(i).label(), TITLE_FONT, TABLE_SIZE, true);
        }
        long[] rows = {0};
        table.rows().forEachRow(values -> {
            if (++rows[0] > MAX_TABLE_ROWS) {
                return;
            }
            XWPFTableRow row = grid.createRow();
            for (int i = 0; i < values.size(); i++) {
                run(
                        row.getCell(i).getParagraphs().get(0),
                        columns.get(i).type().text(values.get(i)),
                        TITLE_FONT,
                        TABLE_SIZE,
                        false);
            }
        });
        if (rows[0] > MAX_TABLE_ROWS) {
            run(
                    document.createParagraph(),
                    "本表共" + rows[0] + "行，此处列出前" + MAX_TABLE_ROWS + "行；全部数据请导出 xlsx 或 csv" + " (first " + MAX_TABLE_ROWS
                            + " of " + rows[0] + " rows; use xlsx or csv for all)",
                    BODY_FONT,
                    TABLE_SIZE,
                    false);
        }
    }

    /** Text in one font for Chinese and Latin alike; line breaks kept. */
    private static void run(XWPFParagraph paragraph, String text, String font, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        run.setFontFamily(font, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(font, XWPFRun.FontCharRange.hAnsi);
        run.setFontSize(size);
        run.setBold(bold);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }
}
