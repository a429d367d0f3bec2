package org.banli.report.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.banli.api.report.PrintFixtures;
import org.banli.api.report.PrintedPages;
import org.banli.api.report.PrintedPages.Page;
import org.banli.api.report.ReportModel;
import org.banli.api.report.ReportTable;
import org.banli.api.report.ReportTable.Column;
import org.banli.api.report.ReportTable.ColumnType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pdf format read back with PDFBox: the Chinese text extracts, the font is embedded, the page is drawn. */
class PdfFormatTest {

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    private static ReportModel model(int rows) {
        List<Column> columns = List.of(
                new Column("label", "编号", ColumnType.TEXT),
                new Column("title", "标题", ColumnType.TEXT),
                new Column("deadline", "答复期限", ColumnType.DATE),
                new Column("rate", "满意率", ColumnType.PERCENT));
        return new ReportModel(
                "2026年度建议提案办理情况",
                List.of(new ReportModel.Figure("办复率", "98.5%")),
                List.of(
                        ReportModel.Paragraph.body("全县共收到建议120件，已全部交办。\t其中重点件8件😀。"),
                        new ReportModel.Paragraph("县人民政府办公室", ReportModel.Paragraph.Style.SIGNATURE)),
                List.of(new ReportTable("建议提案台账", columns, sink -> {
                    for (int i = 1; i <= rows; i++) {
                        sink.accept(Arrays.asList(
                                "2026年建议第" + i + "号",
                                "关于加强农村学校学生午餐管理和食品安全监督的建议第" + i + "条",
                                LocalDate.of(2026, 6, 2),
                                i % 2 == 0 ? 0.5 : null));
                    }
                })));
    }

    private static byte[] render(ReportModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfFormat((File) null).render(model, out);
        return out.toByteArray();
    }

    @Test
    void chineseTextExtractsAndTheFontSubsetIsEmbedded() throws IOException {
        byte[] pdf = render(model(3));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains(
                            "2026年度建议提案办理情况",
                            "办复率：98.5%",
                            "全县共收到建议120件",
                            "县人民政府办公室",
                            "建议提案台账",
                            "编号",
                            "答复期限",
                            "2026年建议第3号",
                            "2026-06-02",
                            "50.0%",
                            "第 1 页");
            assertThat(text)
                    .as("a character the font lacks is replaced, not dropped or fatal")
                    .contains("8件？。");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("2026年度建议提案办理情况");
            PDFont font = document.getPage(0)
                    .getResources()
                    .getFont(document.getPage(0)
                            .getResources()
                            .getFontNames()
                            .iterator()
                            .next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).as("a subset, tagged ABCDEF+").matches("[A-Z]{6}\\+.+");
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 72);
            assertThat(darkPixels(image, 0, 0, image.getWidth(), 90))
                    .as("the title is drawn")
                    .isGreaterThan(200);
        }
    }

    @Test
    void aLongTableContinuesOnNewPagesUnderItsHeader() throws IOException {
        byte[] pdf = render(model(400));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(5);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(3);
            stripper.setEndPage(3);
            String third = stripper.getText(document);
            assertThat(third).contains("编号", "答复期限", "第 3 页");
            String all = new PDFTextStripper().getText(document);
            assertThat(all).contains("2026年建议第1号", "2026年建议第400号");
        }
    }

    @Test
    void theRegisterLiesOnItsSideAndBreaksNoNumberOrDate(@TempDir Path folder) throws IOException {
        int rows = PdfWriter.SAMPLE + 40;
        Path file = Files.write(folder.resolve("register.pdf"), render(PrintFixtures.register(rows)));
        List<Page> pages = PrintedPages.read(file);

        assertThat(pages).allMatch(Page::landscape);
        assertThat(pages.get(0).lines()).first().isEqualTo("2026年建议提案台账");
        for (Page page : pages) {
            assertThat(page.lines())
                    .as("the whole header on page %d", pages.indexOf(page) + 1)
                    .anyMatch(line -> line.equals(String.join("", PrintFixtures.REGISTER_HEADERS)));
        }
        for (int n = 1; n <= rows; n++) {
            String number = "2026年建议第" + n + "号";
            String deadline = PrintFixtures.registerDeadline(n).toString();
            assertThat(pages)
                    .as("%s and its deadline %s whole, on one line (rows past the sample too)", number, deadline)
                    .anyMatch(page -> page.lines().stream()
                            .anyMatch(line -> line.startsWith(number) && line.contains("2026-02-20" + deadline)));
        }
    }

    @Test
    void theAnnualSummarysUnitTableKeepsEveryHeaderAndPercentageWhole(@TempDir Path folder) throws IOException {
        Path file = Files.write(folder.resolve("summary.pdf"), render(PrintFixtures.annualSummary()));
        List<Page> pages = PrintedPages.read(file);

        assertThat(pages.get(0).landscape())
                .as("the figures and the narrative stand upright")
                .isFalse();
        assertThat(pages.get(0).hasLineContaining("办复率：54.5%（179/328）")).isTrue();
        List<Page> unitPages = pages.subList(
                pages.indexOf(pages.stream()
                        .filter(page -> page.hasLineContaining("分单位情况"))
                        .findFirst()
                        .orElseThrow()),
                pages.size());
        assertThat(unitPages).allMatch(Page::landscape);
        for (Page page : unitPages) {
            assertThat(page.lines())
                    .as("the thirteen headers whole, on one line, on page %d", pages.indexOf(page) + 1)
                    .contains(String.join("", PrintFixtures.UNIT_HEADERS));
        }
        assertThat(unitPages)
                .as("a unit's row whole: name, counts, and every percentage unbroken")
                .anyMatch(page -> page.lines().stream()
                        .anyMatch(line -> line.startsWith("县人力资源和社会保障局") && line.matches(".*(\\d{1,3}\\.\\d%){5,}.*")));
    }

    @Test
    void aMissingOrUnreadableFontIsRefusedWithItsReason(@TempDir Path folder) throws IOException {
        assertThatThrownBy(() -> new PdfFormat(folder.resolve("none.ttf").toFile()))
                .hasMessageContaining("字体文件不存在");
        Path broken = Files.write(folder.resolve("broken.ttf"), new byte[] {1, 2, 3, 4, 5});
        assertThatThrownBy(() -> new PdfFormat(broken.toFile())).hasMessageContaining("broken.ttf");
    }

    private static int darkPixels(BufferedImage image, int x0, int y0, int width, int height) {
        int dark = 0;
        for (int x = x0; x < x0 + width; x++) {
            for (int y = y0; y < y0 + height; y++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 300) {
                    dark++;
                }
            }
        }
        return dark;
    }
}
