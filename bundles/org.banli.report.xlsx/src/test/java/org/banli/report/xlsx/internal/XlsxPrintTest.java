package org.banli.report.xlsx.internal;

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

/** Workbooks printed as a clerk prints them: converted by LibreOffice, then read page by page. */
class XlsxPrintTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void libreOffice() {
        assumeFalse(PrintedPages.skipped(), "-Dbanli.print.skip");
    }

    private static List<Page> print(ReportModel model, String name) throws IOException, InterruptedException {
        return PrintedPages.of(new XlsxFormat(), model, dir, name);
    }

    @Test
    void theAnnualSummaryPrintsEachSheetOnOnePageWithEveryValueBesideItsLabel() throws Exception {
        List<Page> pages = print(PrintFixtures.annualSummary(), "summary");

        assertThat(pages).as("概况, 答复类别分布 and 分单位情况, one page each").hasSize(3);
        Page summary = pages.get(0);
        for (ReportModel.Figure figure : PrintFixtures.SUMMARY_FIGURES) {
            assertThat(summary.lines())
                    .as("%s and its value on one line", figure.label())
                    .anyMatch(line -> line.equals(figure.label() + figure.value()));
        }
        String paragraph = PrintFixtures.annualSummary().paragraphs().get(0).text();
        assertThat(summary.text().replace("\n", ""))
                .as("the narrative printed whole, wrapped inside the page")
                .contains(paragraph);

        Page units = pages.get(2);
        assertThat(units.landscape()).as("thirteen columns print landscape").isTrue();
        assertThat(PrintFixtures.UNIT_HEADERS)
                .as("no header broken across lines")
                .allMatch(header -> units.lines().stream().anyMatch(line -> line.contains(header)));
        assertThat(units.text()).contains("县人力资源和社会保障局", "县文化广电和旅游体育局", "县数据资源管理局");
    }

    @Test
    void theRegisterRepeatsItsHeaderOnEveryPageAndBreaksNoNumberOrDate() throws Exception {
        int rows = 300;
        List<Page> pages = print(PrintFixtures.register(rows), "register");

        assertThat(pages.size())
                .as("one page wide: rows, not columns, make the pages")
                .isBetween(4, rows / 20);
        for (Page page : pages) {
            assertThat(page.landscape())
                    .as("page %d of %d lies sideways: %s", pages.indexOf(page) + 1, pages.size(), page.text())
                    .isTrue();
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
