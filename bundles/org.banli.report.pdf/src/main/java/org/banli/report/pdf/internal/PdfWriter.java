package org.banli.report.pdf.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.banli.api.report.ReportModel;
import org.banli.api.report.ReportTable;

/**
 * Lays one report out on A4 pages: title, key figures, paragraphs, then tables whose rows wrap
 * inside their cells and continue on the next page under a repeated header. Each table's columns
 * are sized from its first {@value #SAMPLE} rows so no number, date or item number breaks; a table
 * too wide for an upright page starts a landscape one. Finished pages go to a temporary file, not
 * the heap, so long registers fit in memory.
 */
final class PdfWriter {

    private static final float MARGIN = 48;
    private static final float TITLE_SIZE = 16;
    private static final float TEXT_SIZE = 11;
    private static final float CELL_SIZE = 9;
    private static final float PADDING = 3;
    /** Rows read before a table's columns are sized. */
    static final int SAMPLE = 200;
    /** How wide a wrapping column grows for its values, in characters of the cell font. */
    private static final float TITLE_COLUMN_EMS = 22;

    private static final float TEXT_COLUMN_EMS = 12;
    private static final PDRectangle PORTRAIT = PDRectangle.A4;
    private static final PDRectangle LANDSCAPE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

    private final TrueTypeFont source;
    private final CmapLookup cmap;
    private PDDocument document;
    private PDType0Font font;
    private PDRectangle pageSize;
    private String title;
    /** Which columns of the table being drawn stand flush right: numbers and dates. */
    private boolean[] numeric;

    private PDPageContentStream page;
    private int pageNumber;
    private float y;

    PdfWriter(TrueTypeFont source) throws IOException {
        this.source = source;
        this.cmap = source.getUnicodeCmapLookup();
    }

    void write(ReportModel model, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            document = doc;
            font = PDType0Font.load(doc, source, true);
            doc.getDocumentInformation().setTitle(model.title());
            doc.getDocumentInformation().setCreator("Banli 建议提案办理平台");
            title = model.title();
            // A report that is only tables waits for the first one to know which way up its page is.
            if (!model.figures().isEmpty()
                    || !model.paragraphs().isEmpty()
                    || model.tables().isEmpty()) {
                firstPage(PORTRAIT);
            }
            for (ReportModel.Figure figure : model.figures()) {
                paragraph(new ReportModel.Paragraph(
                        figure.label() + "：" + figure.value(), ReportModel.Paragraph.Style.PLAIN));
            }
            for (ReportModel.Paragraph paragraph : model.paragraphs()) {
                paragraph(paragraph);
            }
            for (ReportTable table : model.tables()) {
                table(table);
            }
            page.close();
            doc.save(out);
        }
    }

    /** The first page, with the report's title centred at its top. */
    private void firstPage(PDRectangle size) throws IOException {
        pageSize = size;
        newPage();
        for (String line : wrap(title, TITLE_SIZE, width())) {
            float lineWidth = textWidth(line, TITLE_SIZE);
            text(line, MARGIN + (width() - lineWidth) / 2, TITLE_SIZE);
        }
        y -= TEXT_SIZE;
    }

    private float width() {
        return pageSize.getWidth() - 2 * MARGIN;
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(pageSize);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        pageNumber++;
        String footer = "第 " + pageNumber + " 页";
        y = MARGIN / 2 + CELL_SIZE;
        text(footer, (pageSize.getWidth() - textWidth(footer, CELL_SIZE)) / 2, CELL_SIZE);
        y = pageSize.getHeight() - MARGIN;
    }

    /** Makes room for {@code height}, starting a page when it does not fit. @return whether a page was started */
    private boolean room(float height) throws IOException {
        if (y - height < MARGIN) {
            newPage();
            return true;
        }
        return false;
    }

    private void paragraph(ReportModel.Paragraph paragraph) throws IOException {
        float leading = TEXT_SIZE * 1.6f;
        String indent = paragraph.style() == ReportModel.Paragraph.Style.BODY ? "　　" : "";
        for (String line : wrap(indent + paragraph.text(), TEXT_SIZE, width())) {
            room(leading);
            float x = paragraph.style() == ReportModel.Paragraph.Style.SIGNATURE
                    ? MARGIN + width() - textWidth(line, TEXT_SIZE)
                    : MARGIN;
            text(line, x, TEXT_SIZE);
            y -= leading - TEXT_SIZE;
        }
        y -= TEXT_SIZE * 0.4f;
    }

    /** One line at the cursor, which moves below it. */
    private void text(String line, float x, float size) throws IOException {
        y -= size;
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, y);
        page.showText(line);
        page.endText();
    }

    private void table(ReportTable table) throws IOException {
        List<ReportTable.Column> columns = table.columns();
        List<String> header = columns.stream().map(ReportTable.Column::label).toList();
        List<List<String>> sample = new ArrayList<>();
        float[][] widths = {null};
        table.rows().forEachRow(values -> {
            List<String> cells = new ArrayList<>(values.size());
            for (int i = 0; i < values.size(); i++) {
                cells.add(columns.get(i).type().text(values.get(i)));
            }
            if (widths[0] == null) {
                sample.add(cells);
                if (sample.size() == SAMPLE) {
                    widths[0] = start(table, sample, header);
                    sample.clear();
                }
                return;
            }
            draw(cells, widths[0], header);
        });
        if (widths[0] == null) {
            start(table, sample, header);
        }
    }

    /**
     * Sizes the columns from {@code sample}, turns to a page of the orientation they need, draws the
     * table's title, its header and the sampled rows. @return the widths for the rest
     */
    private float[] start(ReportTable table, List<List<String>> sample, List<String> header) throws IOException {
        float[] needs = needs(table.columns(), sample);
        float total = 0;
        for (float need : needs) {
            total += need;
        }
        PDRectangle size = total <= PORTRAIT.getWidth() - 2 * MARGIN ? PORTRAIT : LANDSCAPE;
        if (page == null) {
            firstPage(size);
        } else if (!size.equals(pageSize)) {
            pageSize = size;
            newPage();
        }
        float[] widths = widths(table.columns(), needs);
        numeric = new boolean[widths.length];
        for (int i = 0; i < numeric.length; i++) {
            numeric[i] = table.columns().get(i).type() != ReportTable.ColumnType.TEXT;
        }
        y -= TEXT_SIZE * 0.6f;
        room(TEXT_SIZE * 4);
        text(safe(table.title()), MARGIN, TEXT_SIZE + 1);
        y -= TEXT_SIZE * 0.5f;
        row(header, widths, true);
        for (List<String> cells : sample) {
            draw(cells, widths, header);
        }
        return widths;
    }

    /** One row, after the header again when it starts a page. */
    private void draw(List<String> cells, float[] widths, List<String> header) throws IOException {
        List<List<String>> lines = cellLines(cells, widths);
        if (room(height(lines))) {
            row(header, widths, true);
        }
        drawRow(lines, widths, false);
    }

    private void row(List<String> cells, float[] widths, boolean header) throws IOException {
        List<List<String>> lines = cellLines(cells, widths);
        room(height(lines));
        drawRow(lines, widths, header);
    }

    private List<List<String>> cellLines(List<String> cells, float[] widths) throws IOException {
        List<List<String>> lines = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            lines.add(wrap(cells.get(i), CELL_SIZE, widths[i] - 2 * PADDING));
        }
        return lines;
    }

    private static float height(List<List<String>> lines) {
        int most = lines.stream().mapToInt(List::size).max().orElse(1);
        return Math.max(1, most) * CELL_SIZE * 1.3f + 2 * PADDING;
    }

    private void drawRow(List<List<String>> lines, float[] widths, boolean header) throws IOException {
        float rowHeight = height(lines);
        float top = y;
        float x = MARGIN;
        page.setLineWidth(0.5f);
        for (int i = 0; i < widths.length; i++) {
            if (header) {
                page.setNonStrokingColor(0.91f, 0.92f, 0.94f);
                page.addRect(x, top - rowHeight, widths[i], rowHeight);
                page.fill();
                page.setNonStrokingColor(0f, 0f, 0f);
            }
            page.addRect(x, top - rowHeight, widths[i], rowHeight);
            page.stroke();
            y = top - PADDING;
            for (String line : lines.get(i)) {
                float indent = !header && numeric[i] ? widths[i] - PADDING - textWidth(line, CELL_SIZE) : PADDING;
                text(line, x + indent, CELL_SIZE);
                y -= CELL_SIZE * 0.3f;
            }
            x += widths[i];
        }
        y = top - rowHeight;
    }

    /** Points each column needs for its header and (up to a limit) its values on one line. */
    private float[] needs(List<ReportTable.Column> columns, List<List<String>> sample) throws IOException {
        float[] needs = new float[columns.size()];
        for (int i = 0; i < needs.length; i++) {
            ReportTable.Column column = columns.get(i);
            float limit = column.wraps()
                    ? (column.key().equals("title") ? TITLE_COLUMN_EMS : TEXT_COLUMN_EMS) * CELL_SIZE
                    : Float.MAX_VALUE;
            float need = textWidth(safe(column.label()), CELL_SIZE);
            for (List<String> row : sample) {
                for (String line : safe(row.get(i)).split("\n", -1)) {
                    need = Math.max(need, Math.min(limit, textWidth(line, CELL_SIZE)));
                }
            }
            needs[i] = need + 2 * PADDING + 1;
        }
        return needs;
    }

    /** Widths that fill the page, as {@link ReportTable#fit} shares it. */
    private float[] widths(List<ReportTable.Column> columns, float[] needs) throws IOException {
        double[] floors = new double[needs.length];
        double[] wanted = new double[needs.length];
        for (int i = 0; i < needs.length; i++) {
            floors[i] = textWidth(safe(columns.get(i).label()), CELL_SIZE) + 2 * PADDING + 1;
            wanted[i] = needs[i];
        }
        double[] fitted = ReportTable.fit(columns, wanted, floors, width());
        float[] widths = new float[fitted.length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = (float) fitted[i];
        }
        return widths;
    }

    /** Lines of at most {@code width} points, broken between characters (Chinese has no spaces to break at). */
    private List<String> wrap(String text, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : safe(text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            float lineWidth = 0;
            for (int i = 0; i < paragraph.length(); ) {
                int codePoint = paragraph.codePointAt(i);
                String glyph = new String(Character.toChars(codePoint));
                float glyphWidth = textWidth(glyph, size);
                if (lineWidth + glyphWidth > width && line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                line.append(glyph);
                lineWidth += glyphWidth;
                i += Character.charCount(codePoint);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private float textWidth(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** Tabs and other controls become spaces, characters the font lacks a ？, so no text can break the page. */
    private String safe(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        text.replace("\r\n", "\n").codePoints().forEach(c -> {
            if (c == '\n') {
                safe.append('\n');
            } else if (Character.isISOControl(c) || (c != '\u3000' && Character.isWhitespace(c))) {
                safe.append(' ');
            } else if (cmap.getGlyphId(c) == 0) {
                safe.append('？');
            } else {
                safe.appendCodePoint(c);
            }
        });
        return safe.toString();
    }
}
