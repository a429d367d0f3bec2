package org.banli.report.docx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.osgi.service.component.annotations.Component;

/**
 * Word documents in the layout of Chinese official documents (GB/T 9704): the title in 宋体
 * 二号 bold and centred, running text in 仿宋 三号 with a two-character first-line indent, the
 * issuing unit and date flush right, on A4 with the standard's margins. County offices edit,
 * stamp and print them. A table too wide for a portrait page gets a landscape section of its own.
 * A Word table is held in memory whole, so tables stop at {@value #MAX_TABLE_ROWS} rows with a
 * note pointing to xlsx or csv for the rest.
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
    /** Left and right padding inside a table cell, in twips (1 mm). */
    private static final int CELL_MARGIN = 57;
    /** How wide a column grows for its values before they wrap, in characters of the table's font. */
    private static final int TITLE_COLUMN_EMS = 20;

    private static final int TEXT_COLUMN_EMS = 12;
    /** Half a character of room in every column, against rounding in the word processor. */
    private static final int SLACK = TABLE_SIZE * 10;

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
            List<LaidOut> tables = new ArrayList<>();
            for (ReportTable table : model.tables()) {
                tables.add(layOut(table));
            }
            // A report that is only a wide table lies on its side from its title on.
            Orientation[] section = {
                model.figures().isEmpty() && model.paragraphs().isEmpty() && !tables.isEmpty()
                        ? tables.get(0).orientation()
                        : Orientation.PORTRAIT
            };
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
            for (LaidOut table : tables) {
                table(document, table, section);
            }
            CTSectPr last = document.getDocument().getBody().isSetSectPr()
                    ? document.getDocument().getBody().getSectPr()
                    : document.getDocument().getBody().addNewSectPr();
            section[0].describe(last);
            document.write(out);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** A table's rows as text, the page it needs and its columns' widths on that page. */
    private record LaidOut(
            ReportTable table, List<List<String>> rows, long count, Orientation orientation, int[] widths) {}

    /**
     * Reads a table and sizes its columns from their content on one line (numbers and dates never
     * break, text wraps beyond its share), landscape when portrait is too narrow for that.
     */
    private static LaidOut layOut(ReportTable table) throws IOException {
        List<ReportTable.Column> columns = table.columns();
        List<List<String>> rows = new ArrayList<>();
        long[] count = {0};
        table.rows().forEachRow(values -> {
            if (++count[0] > MAX_TABLE_ROWS) {
                return;
            }
            List<String> cells = new ArrayList<>(values.size());
            for (int i = 0; i < values.size(); i++) {
                cells.add(columns.get(i).type().text(values.get(i)));
            }
            rows.add(cells);
        });
        int[] needs = needs(columns, rows);
        Orientation orientation = IntStream.of(needs).sum() <= Orientation.PORTRAIT.textWidth
                ? Orientation.PORTRAIT
                : Orientation.LANDSCAPE;
        return new LaidOut(table, rows, count[0], orientation, widths(columns, needs, orientation.textWidth));
    }

    /** A table under its title, in a section of its own orientation. */
    private static void table(XWPFDocument document, LaidOut laidOut, Orientation[] current) {
        if (laidOut.orientation() != current[0]) {
            current[0].endSectionAt(document.createParagraph());
            current[0] = laidOut.orientation();
        }
        ReportTable table = laidOut.table();
        List<ReportTable.Column> columns = table.columns();
        int[] widths = laidOut.widths();
        run(document.createParagraph(), table.title(), TITLE_FONT, BODY_SIZE, true);
        XWPFTable grid = document.createTable(1, columns.size());
        grid.setWidth(Integer.toString(IntStream.of(widths).sum()));
        grid.setCellMargins(0, CELL_MARGIN, 0, CELL_MARGIN);
        grid.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblGrid gridColumns = grid.getCTTbl().getTblGrid() != null
                ? grid.getCTTbl().getTblGrid()
                : grid.getCTTbl().addNewTblGrid();
        for (int i = 0; i < widths.length; i++) {
            CTTblGridCol column =
                    i < gridColumns.sizeOfGridColArray() ? gridColumns.getGridColArray(i) : gridColumns.addNewGridCol();
            column.setW(BigInteger.valueOf(widths[i]));
        }
        XWPFTableRow header = grid.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int i = 0; i < columns.size(); i++) {
            XWPFTableCell cell = header.getCell(i);
            cell.setColor("E8EBEF");
            cell.setWidth(Integer.toString(widths[i]));
            run(cell.getParagraphs().get(0), columns.get(i).label(), TITLE_FONT, TABLE_SIZE, true);
        }
        for (List<String> cells : laidOut.rows()) {
            XWPFTableRow row = grid.createRow();
            row.setCantSplitRow(true);
            for (int i = 0; i < cells.size(); i++) {
                XWPFTableCell cell = row.getCell(i);
                cell.setWidth(Integer.toString(widths[i]));
                XWPFParagraph text = cell.getParagraphs().get(0);
                if (columns.get(i).type() != ReportTable.ColumnType.TEXT) {
                    text.setAlignment(ParagraphAlignment.RIGHT);
                }
                run(text, cells.get(i), TITLE_FONT, TABLE_SIZE, false);
            }
        }
        if (laidOut.count() > MAX_TABLE_ROWS) {
            run(
                    document.createParagraph(),
                    "本表共" + laidOut.count() + "行，此处列出前" + MAX_TABLE_ROWS + "行；全部数据请导出 xlsx 或 csv。",
                    BODY_FONT,
                    TABLE_SIZE,
                    false);
        }
    }

    /** Twips each column needs to show its header and (up to a limit) its values on one line. */
    private static int[] needs(List<ReportTable.Column> columns, List<List<String>> rows) {
        int[] needs = new int[columns.size()];
        for (int i = 0; i < needs.length; i++) {
            ReportTable.Column column = columns.get(i);
            int limit = !column.wraps()
                    ? Integer.MAX_VALUE
                    : twips(column.key().equals("title") ? TITLE_COLUMN_EMS : TEXT_COLUMN_EMS);
            int need = twips(column.label());
            for (List<String> row : rows) {
                for (String line : row.get(i).split("\n", -1)) {
                    need = Math.max(need, Math.min(limit, twips(line)));
                }
            }
            needs[i] = need + SLACK + 2 * CELL_MARGIN;
        }
        return needs;
    }

    /** Widths that fill {@code available}, as {@link ReportTable#fit} shares it. */
    private static int[] widths(List<ReportTable.Column> columns, int[] needs, int available) {
        double[] floors = new double[needs.length];
        for (int i = 0; i < needs.length; i++) {
            floors[i] = twips(columns.get(i).label()) + SLACK + 2 * CELL_MARGIN;
        }
        double[] widths =
                ReportTable.fit(columns, IntStream.of(needs).asDoubleStream().toArray(), floors, available);
        return DoubleStream.of(widths).mapToInt(w -> (int) w).toArray();
    }

    /**
     * Twips a line of table text takes, erring wide since the printer's font is not known: a Chinese
     * character or a % an em, a digit or Latin letter 0.65 em, and a quarter em where Chinese meets
     * Latin (the space word processors add there).
     */
    private static int twips(String line) {
        int em = TABLE_SIZE * 20;
        int twips = 0;
        Boolean previousWide = null;
        for (int c : line.codePoints().toArray()) {
            boolean wide = c >= 0x2E80 || c == '%';
            twips += wide ? em : em * 13 / 20;
            if (previousWide != null && previousWide != wide && c != '%') {
                twips += em / 4;
            }
            previousWide = wide;
        }
        return twips;
    }

    private static int twips(int ems) {
        return ems * TABLE_SIZE * 20;
    }

    /** A4 in twips, with the margins of GB/T 9704 upright and narrower ones on its side. */
    enum Orientation {
        PORTRAIT(11906, 16838, 2098, 1474, 1984, 1588),
        LANDSCAPE(16838, 11906, 1134, 1134, 1134, 1134);

        final int width;
        final int height;
        final int top;
        final int right;
        final int bottom;
        final int left;
        final int textWidth;

        Orientation(int width, int height, int top, int right, int bottom, int left) {
            this.width = width;
            this.height = height;
            this.top = top;
            this.right = right;
            this.bottom = bottom;
            this.left = left;
            this.textWidth = width - left - right;
        }

        /** Makes {@code sectPr} describe a section in this orientation. */
        void describe(CTSectPr section) {
            CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
            size.setW(BigInteger.valueOf(width));
            size.setH(BigInteger.valueOf(height));
            size.setOrient(this == LANDSCAPE ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
            CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
            margins.setTop(BigInteger.valueOf(top));
            margins.setRight(BigInteger.valueOf(right));
            margins.setBottom(BigInteger.valueOf(bottom));
            margins.setLeft(BigInteger.valueOf(left));
        }

        /** Ends the section so far with {@code paragraph}, the way Word marks a section break. */
        void endSectionAt(XWPFParagraph paragraph) {
            CTPPr properties = paragraph.getCTP().isSetPPr()
                    ? paragraph.getCTP().getPPr()
                    : paragraph.getCTP().addNewPPr();
            describe(properties.addNewSectPr());
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
