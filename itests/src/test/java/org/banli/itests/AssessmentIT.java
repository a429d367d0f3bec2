package org.banli.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Hashtable;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Unit assessment in the real distribution: the standard rule ranks units from the database's
 * metrics; a county installs its formula rule from the console, a bad formula leaves the previous
 * one in force and says what is wrong, and uninstalling the rule removes it.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AssessmentIT extends BanliExamTest {

    private static JsonNode unit(JsonNode assessment, String code) {
        for (JsonNode ranked : assessment.path("ranking")) {
            if (ranked.path("unitCode").asText().equals(code)) {
                return ranked;
            }
        }
        return null;
    }

    @Test
    public void theStandardRuleRanksUnitsFromTheirMetricsWithReasons() throws Exception {
        County county = new County(admin, anonymous);
        long replied = county.register("考评测试：关于增设路灯的建议");
        county.assign(replied);
        county.step(county.handler, replied, "accept");
        county.reply(replied, "A");
        county.assign(county.register("考评测试：尚未答复的建议"));

        Api.Answer metrics = county.handler.get("/assessments/metrics?year=" + year());
        assertEquals(metrics.toString(), 200, metrics.status());
        assertEquals("a unit's staff see their own unit", 1, metrics.body().size());
        JsonNode reply = metrics.body().path(0).path("all").path("REPLY_RATE");
        assertEquals(1, reply.path("numerator").asLong());
        assertEquals(2, reply.path("denominator").asLong());

        await().atMost(Duration.ofSeconds(30))
                .until(() -> admin.get("/assessments/rules").text().contains("standard"));
        JsonNode assessment =
                county.supervisor.get("/assessments?year=" + year()).body();
        assertEquals("standard", assessment.path("rule").asText());
        JsonNode mine = unit(assessment, county.unit);
        assertTrue(assessment.toString(), mine != null && mine.path("rank").asInt() >= 1);
        assertTrue(
                mine.path("explanation").toString(),
                mine.path("explanation").toString().contains("办复率 50.0%（1/2）"));
        JsonNode own = county.handler.get("/assessments?year=" + year()).body();
        assertEquals(own.toString(), 1, own.path("ranking").size());
        assertEquals(403, county.deputyApi.get("/assessments?year=" + year()).status());
        assertEquals(404, county.office.get("/assessments?rule=nope").status());

        String printed = KarafConsole.run(sessions, "banli:assess " + year());
        assertTrue(printed, printed.contains("标准加权评分") && printed.contains("测试单位" + county.unit));
    }

    @Test
    public void aCountyInstallsItsFormulaRuleAndABadFormulaLeavesThePreviousInForce() throws Exception {
        County county = new County(admin, anonymous);
        county.assign(county.register("公式考评测试：关于修缮桥梁的建议"));
        org.osgi.service.cm.Configuration formula = configAdmin.getConfiguration("org.banli.rules.formula", null);
        try {
            Hashtable<String, Object> good = new Hashtable<>();
            good.put("name", "某县公式评分");
            good.put("part.base", "100 * replyRate + 10 * hosted");
            formula.update(good);
            KarafConsole.run(sessions, "feature:install banli-rules-formula");
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> admin.get("/plugins").text().contains("\"formula\""));
            JsonNode scored = unit(
                    county.office
                            .get("/assessments?year=" + year() + "&rule=formula")
                            .body(),
                    county.unit);
            assertTrue(
                    String.valueOf(scored),
                    scored != null && scored.path("score").decimalValue().intValue() == 10);

            Hashtable<String, Object> bad = new Hashtable<>(good);
            bad.put("part.base", "100 * replyRate +");
            formula.update(bad);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> admin.get("/assessments/rules").text().contains("part.base"));
            JsonNode still = unit(
                    county.office
                            .get("/assessments?year=" + year() + "&rule=formula")
                            .body(),
                    county.unit);
            assertEquals(
                    "the previous formula stays in force",
                    10,
                    still.path("score").decimalValue().intValue());

            KarafConsole.run(sessions, "feature:uninstall banli-rules-formula");
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> !admin.get("/plugins").text().contains("\"formula\""));
            assertEquals(
                    404,
                    county.office
                            .get("/assessments?year=" + year() + "&rule=formula")
                            .status());
            assertFalse(admin.get("/assessments/rules").text().contains("formula"));
        } finally {
            formula.delete();
        }
    }
}
