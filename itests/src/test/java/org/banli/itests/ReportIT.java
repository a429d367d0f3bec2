package org.banli.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Reports in the real distribution: the formats installed now are offered, each download
 * carries its media type and a Chinese file name, a unit's staff get only their rows, and an
 * unknown format is refused with the installed ones.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ReportIT extends BanliExamTest {

    @Test
    public void theRegisterDownloadsInEachInstalledFormatWithAChineseFileName() throws Exception {
        County county = new County(admin, anonymous);
        County other = new County(admin, anonymous);
        long mine = county.register("报表测试：关于\"学校午餐\"的建议，含逗号");
        county.assign(mine);
        long theirs = other.register("报表测试：另一单位的建议");
        other.assign(theirs);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> admin.get("/reports").body().path("formats").size() >= 3);
        JsonNode catalogue = admin.get("/reports").body();
        assertTrue(catalogue.toString(), catalogue.path("reports").toString().contains("\"register\""));
        assertTrue(catalogue.path("formats").toString().contains("\"csv\""));

        Api.Download csv = county.handler.download("/reports/register?format=csv&year=" + year());
        assertEquals(csv.text(), 200, csv.status());
        assertTrue(csv.contentType(), csv.contentType().replace(" ", "").equalsIgnoreCase("text/csv;charset=UTF-8"));
        assertTrue(
                csv.disposition(),
                csv.disposition()
                        .startsWith("attachment; filename=\"register-" + year() + ".csv\"; filename*=UTF-8''"
                                + URLEncoder.encode(year() + "年建议提案台账", StandardCharsets.UTF_8)));
        assertEquals((byte) 0xEF, csv.bytes()[0]);
        String text = csv.text();
        assertTrue(text, text.contains("\"报表测试：关于\"\"学校午餐\"\"的建议，含逗号\""));
        assertFalse("a unit's staff get only their unit's rows", text.contains("另一单位的建议"));
        assertTrue(admin.download("/reports/register?format=csv&year=" + year())
                .text()
                .contains("另一单位的建议"));

        Api.Download html = county.office.download("/reports/overdue?format=html");
        assertEquals(200, html.status());
        assertTrue(html.text().contains("<h1>逾期及临期件清单</h1>"));
        Api.Answer json = county.office.get("/reports/register?format=json&unit=" + county.unit);
        assertEquals(json.toString(), 200, json.status());
        assertEquals(1, json.body().path("tables").path(0).path("rows").size());

        Api.Answer unknown = county.office.get("/reports/register?format=odt");
        assertEquals(unknown.toString(), 406, unknown.status());
        assertTrue(unknown.text(), unknown.body().path("detail").asText().contains("csv"));
        assertEquals(404, county.office.get("/reports/nope?format=csv").status());
        assertEquals(
                400,
                county.office
                        .get("/reports/register?format=csv&from=2026-13-01")
                        .status());

        Api.Download xlsx = county.handler.download("/reports/register?format=xlsx&year=" + year());
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.contentType().startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml"));
        assertEquals("an xlsx file is a zip", "PK", new String(xlsx.bytes(), 0, 2, StandardCharsets.US_ASCII));

        Path file = Files.createTempFile("banli-register", ".csv");
        String printed = KarafConsole.run(sessions, "banli:report --year " + year() + " register csv " + file);
        assertTrue(printed, printed.contains("建议提案台账"));
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("另一单位的建议"));
    }

    @Test
    public void anAdministratorRemovesAndAddsThePdfFormatFromTheConsole() throws Exception {
        County county = new County(admin, anonymous);
        county.assign(county.register("PDF测试：关于修缮乡镇卫生院的建议"));
        await().atMost(Duration.ofSeconds(60))
                .until(() -> county.office
                                .download("/reports/register?format=pdf&year=" + year())
                                .status()
                        == 200);
        KarafConsole.run(sessions, "feature:uninstall banli-report-pdf");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> county.office.get("/reports/register?format=pdf").status() == 406);
        assertFalse(admin.get("/plugins").text().contains("\"pdf\""));

        KarafConsole.run(sessions, "feature:install banli-report-pdf");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> county.office
                                .download("/reports/register?format=pdf&year=" + year())
                                .status()
                        == 200);
        Api.Download pdf = county.office.download("/reports/register?format=pdf&year=" + year());
        assertEquals("application/pdf", pdf.contentType());
        assertEquals("%PDF", new String(pdf.bytes(), 0, 4, StandardCharsets.US_ASCII));
        assertTrue(pdf.disposition().contains(".pdf"));
        assertTrue(admin.get("/plugins").text().contains("\"pdf\""));
    }

    @Test
    public void theReplyLetterIsTheUnitsAndNobodyElses() {
        County county = new County(admin, anonymous);
        long id = county.register("答复函测试：关于增设校车的建议");
        county.assign(id);
        county.step(county.handler, id, "accept");
        county.reply(id, "A");
        Api.Download letter = county.handler.download("/reports/reply-letter?format=html&item=" + id);
        assertEquals(letter.text(), 200, letter.status());
        assertTrue(
                letter.text(),
                letter.text().contains("测试代表代表：") && letter.text().contains("王局长"));
        Api.Download docx = county.handler.download("/reports/reply-letter?format=docx&item=" + id);
        assertEquals(200, docx.status());
        assertEquals("PK", new String(docx.bytes(), 0, 2, StandardCharsets.US_ASCII));
        assertTrue(
                docx.disposition(),
                docx.disposition()
                        .contains(
                                URLEncoder.encode("的答复", StandardCharsets.UTF_8).replace("+", "%20")));
        Api.Answer summary = county.supervisor.get("/reports/annual-summary?format=json&year=" + year());
        assertEquals(summary.toString(), 200, summary.status());
        assertTrue(summary.text(), summary.body().path("figures").toString().contains("办复率"));
        assertTrue(
                summary.body().path("paragraphs").path(0).path("text").asText().startsWith(year() + "年，全县共收到"));
        Api.Answer mine = county.handler.get("/reports/unit-statistics?format=json&year=" + year());
        assertEquals(mine.toString(), 200, mine.status());
        JsonNode rows = mine.body().path("tables").path(0).path("rows");
        assertEquals(rows.toString(), 1, rows.size());
        assertEquals("测试单位" + county.unit, rows.path(0).path(0).asText());
        assertEquals("one hosted item", 1, rows.path(0).path(1).asInt());
        assertEquals("replied: reply rate 100%", 1.0, rows.path(0).path(4).asDouble(), 0.0);
        assertEquals(
                403, county.handler.get("/reports/annual-summary?format=json").status());
        County other = new County(admin, anonymous);
        assertEquals(
                404,
                other.handler
                        .get("/reports/reply-letter?format=json&item=" + id)
                        .status());
        assertEquals(
                422, county.handler.get("/reports/reply-letter?format=json").status());
    }
}
