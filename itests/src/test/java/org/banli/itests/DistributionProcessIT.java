package org.banli.itests;

import static org.awaitility.Awaitility.await;
import static org.banli.itests.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The distribution as an administrator runs it: unpacked, started with {@code bin/start},
 * stopped with {@code bin/stop}, started again. Proves that data survives a restart, that
 * the first admin password comes from BANLI_ADMIN_PASSWORD once and only once, that the
 * Karaf console authenticates against Banli's accounts with no default account, and that a
 * deadline reminder goes out once, however often the scheduler runs and across the restart.
 */
class DistributionProcessIT {

    private static final String FIRST_PASSWORD = "first-secret-初始-123";
    private static UnpackedDistribution distribution;
    private static Path home;
    private static int httpPort;

    @BeforeAll
    static void unpack() throws Exception {
        distribution = UnpackedDistribution.unpack("process-it");
        home = distribution.home;
        httpPort = distribution.httpPort;
        distribution.quickPasswordHashes();
        // Every item assigned today is within this reminder's window: the clock need not move.
        distribution.writeEtc("org.banli.reminders.cfg", "daysBefore = 200\n");
    }

    @AfterAll
    static void stopIfRunning() throws Exception {
        if (distribution != null && distribution.isRunning()) {
            distribution.stop();
        }
    }

    @Test
    void dataSurvivesARestartAndTheFirstAdminPasswordIsTakenOnce() throws Exception {
        start(FIRST_PASSWORD);
        Api admin = Api.at(httpPort).as("admin", FIRST_PASSWORD);
        assertFalse(
                Files.exists(home.resolve("data/banli/admin-password.txt")),
                "no password file when the password came from the environment");
        assertEquals(
                201, admin.post("/units", json("code", "jyj", "name", "县教育局")).status());
        Api office = Api.at(httpPort)
                .account(
                        admin,
                        "office-password-1",
                        "username",
                        "office",
                        "displayName",
                        "政府办",
                        "roles",
                        List.of("OFFICE"));
        Api.at(httpPort)
                .account(
                        admin,
                        "deputy-password-1",
                        "username",
                        "deputy",
                        "displayName",
                        "代表",
                        "roles",
                        List.of("SUBMITTER"));
        Api.Answer registered = office.post(
                "/items",
                json(
                        "kind",
                        "PROPOSAL",
                        "title",
                        "关于重启后数据保留的提案",
                        "body",
                        "数据必须在重启后完整保留。",
                        "submitter",
                        "deputy",
                        "category",
                        "城乡建设"));
        assertEquals(201, registered.status(), registered.toString());
        long id = registered.body().path("id").asLong();
        Api handler = Api.at(httpPort)
                .account(
                        admin,
                        "handler-password-1",
                        "username",
                        "jyj-handler",
                        "displayName",
                        "教育局经办人",
                        "roles",
                        List.of("HANDLER"),
                        "unitCode",
                        "jyj");
        assertEquals(200, office.step(id, "assign", json("hostUnit", "jyj")).status());
        assertTrue(console("admin", FIRST_PASSWORD, "banli:remind").contains("reminders sent:"));
        await().atMost(Duration.ofSeconds(30)).until(() -> reminders(handler, id) == 1);
        String second = console("admin", FIRST_PASSWORD, "banli:remind");
        assertTrue(second.contains("reminders sent: 0"), "a second run sends nothing again: " + second);
        JsonNode before = office.get("/items/" + id).body();
        JsonNode historyBefore = office.get("/items/" + id + "/history").body();

        String console = console("admin", FIRST_PASSWORD, "feature:list -i");
        assertTrue(console.contains("banli-rest"), console);
        assertFalse(console("karaf", "karaf", "feature:list -i").contains("banli-rest"));
        assertFalse(
                console("office", "office-password-1", "feature:list -i").contains("banli-rest"),
                "a Banli account without the admin role has no console");
        String demo = console("admin", FIRST_PASSWORD, "banli:demo 10");
        assertTrue(demo.contains("已办结 1") && demo.contains("已登记 1"), demo);
        String closed = console("admin", FIRST_PASSWORD, "banli:items --status CLOSED --kind SUGGESTION");
        assertTrue(closed.contains("第 1/1 页") && closed.contains("page 1 of 1"), closed);
        String listed = console("admin", FIRST_PASSWORD, "banli:items --unit jyj");
        assertTrue(
                listed.contains(before.path("label").asText()) && listed.contains("县教育局") && !listed.contains(" jyj "),
                "the item by its number, the unit by its name: " + listed);
        String detail = console("admin", FIRST_PASSWORD, "banli:item " + id);
        assertTrue(detail.contains("Status:") && detail.contains("ASSIGNED") && detail.contains("History:"), detail);
        assertTrue(
                detail.contains("主办 Host: 县教育局")
                        && detail.contains("协办 Co-units: 无")
                        && !detail.matches("(?s).*\\d{2}:\\d{2}:\\d{2}\\.\\d+Z.*"),
                "units and times as people read them: " + detail);
        String byNumber = console(
                "admin",
                FIRST_PASSWORD,
                "banli:item PROPOSAL-" + before.path("year").asInt() + "-"
                        + before.path("number").asInt());
        assertTrue(byNumber.contains("Version: " + before.path("version").asLong()), byNumber);
        String audit = console("admin", FIRST_PASSWORD, "banli:audit verify");
        assertTrue(audit.contains("办理记录完好") && audit.contains("history intact"), audit);

        long proposals = office.get(
                        "/items?kind=PROPOSAL&year=" + before.path("year").asInt())
                .body()
                .path("total")
                .asLong();
        stop();
        Api.Answer whenReady = distribution.startUntilReady(
                Map.of("BANLI_ADMIN_PASSWORD", "a-different-password-456"),
                Api.at(httpPort).as("admin", FIRST_PASSWORD));
        assertEquals(
                200,
                whenReady.status(),
                "the moment /health says ready after a restart, a login is served: " + whenReady);

        assertEquals(
                401,
                Api.at(httpPort)
                        .as("admin", "a-different-password-456")
                        .get("/units")
                        .status(),
                "the environment is read only when no admin exists yet");
        // What is stored, not the days left: a restart may cross the county's midnight.
        assertEquals(stored(before), stored(office.get("/items/" + id).body()));
        assertEquals(historyBefore, office.get("/items/" + id + "/history").body());
        assertEquals("县教育局", admin.get("/units/jyj").body().path("name").asText());
        Api.Answer next = office.post(
                "/items", json("kind", "PROPOSAL", "title", "重启后的第二件提案", "body", "编号应当接续。", "submitter", "deputy"));
        assertEquals(proposals + 1, next.body().path("number").asInt(), "numbers go on after a restart");
        String remindedAgain = console("admin", FIRST_PASSWORD, "banli:remind");
        assertTrue(remindedAgain.contains("reminders sent:"), remindedAgain);
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> reminders(handler, id) == 1);
        stop();
    }

    /** Reminders of this item's reply deadline in the handler's inbox. */
    private static long reminders(Api handler, long id) {
        JsonNode inbox = handler.get("/inbox?size=100").body().path("items");
        return java.util.stream.StreamSupport.stream(inbox.spliterator(), false)
                .filter(m -> m.path("event").asText().equals("item.reminder.due-200")
                        && m.path("data").path("itemId").asText().equals(Long.toString(id)))
                .count();
    }

    /** Starts Karaf with {@code BANLI_ADMIN_PASSWORD} set; the admin logs in with the password the account really has. */
    private static void start(String environmentPassword) throws Exception {
        distribution.start(
                Map.of("BANLI_ADMIN_PASSWORD", environmentPassword),
                Api.at(httpPort).as("admin", FIRST_PASSWORD));
    }

    private static void stop() throws Exception {
        distribution.stop();
    }

    /** Runs one command in the Karaf console through {@code bin/client}; only administrators get in. */
    /** The item without its timing, which is counted from today. */
    private static JsonNode stored(JsonNode item) {
        ObjectNode copy = item.deepCopy();
        copy.remove("timing");
        return copy;
    }

    private static String console(String user, String password, String command) throws Exception {
        Processes.Result result = distribution.console(user, password, command);
        if (!user.equals("admin")) {
            assertNotEquals(0, result.exitCode(), result.output());
        }
        return result.output();
    }
}
