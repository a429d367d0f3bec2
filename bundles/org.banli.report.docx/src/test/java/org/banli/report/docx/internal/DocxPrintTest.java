package org.banli.report.docx.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.banli.api.report.PrintFixtures;
import org.banli.api.report.PrintedPages;
import org.banli.api.report.PrintedPages.Page;
import org.banli.api.report.ReportModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word documents printed as a clerk prints them: converted by LibreOffice, then read page by page. */
class DocxPrintTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void libreOffice() {
        assumeFalse(PrintedPages.skipped(), "-Dbanli.print.skip");
    }

    private static List<Page> print(ReportModel model, String name) throws IOException, InterruptedException {
        return PrintedPages.of(new DocxFormat(), model, dir, name);
    }

    @Test
    void theWideUnitTablePrintsOnLandscapePagesWithWholeHeadersAfterUprightText() throws Exception {
        List<Page> pages = print(PrintFixtures.annualSummary(), "summary");

        Page first = pages.get(0);
        assertThat(first.landscape()).as("the summary's text stands upright").isFalse();
        for (ReportModel.Figure figure : PrintFixtures.SUMMARY_FIGURES) {
            assertThat(pages)
                    .as("%s：%s on one line", figure.label(), figure.value())
                    .anyMatch(
                            page -> !page.landscape() && page.hasLineContaining(figure.label() + "：" + figure.value()));
        }
        List<Page> unitPages = pages.stream()
                .filter(page -> page.hasLineContaining("县教育局") || page.hasLineContaining("县数据资源管理局"))
                .toList();
        assertThat(unitPages).as("the unit table").isNotEmpty().allMatch(Page::landscape);
        assertThat(pages.subList(0, pages.indexOf(unitPages.get(0)))).noneMatch(Page::landscape);
        for (Page page : unitPages) {
            assertThat(PrintFixtures.UNIT_HEADERS)
                    .as("every header whole on one line, on page %d", pages.indexOf(page) + 1)
                    .allMatch(page::hasLineContaining);
        }
        assertThat(unitPages)
                .as("unit names are not broken")
                .anyMatch(page -> page.hasLineContaining("县人力资源和社会保障局"))
                .anyMatch(page -> page.hasLineContaining("县文化广电和旅游体育局"));
        assertThat(pages.size())
                .as("the summary upright, the unit table on its side")
                .isBetween(2, 3);
    }

    @Test
    void theRegisterPrintsLandscapeAndBreaksNoNumberOrDate() throws Exception {
        int rows = 120;
        List<Page> pages = print(PrintFixtures.register(rows), "register");

        assertThat(pages).allMatch(Page::landscape);
        for (Page page : pages) {
            assertThat(page.lines())
                    .as("the header row on page %d", pages.indexOf(page) + 1)
                    .anyMatch(line -> line.contains("登记日期") && line.contains("答复期限") && line.contains("满意度"));
        }
        for (int n = 1; n <= rows; n++) {
            String number = "2026年建议第" + n + "号";
            String deadline = PrintFixtures.registerDeadline(n).toString();
            assertThat(pages)
                    .as("%s and its deadline %s whole, on one line", number, deadline)
                    .anyMatch(page ->
                            page.lines().stream().anyMatch(line -> line.startsWith(number) && line.contains(deadline)));
        }
    }
}
