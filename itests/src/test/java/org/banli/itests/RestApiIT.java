package org.banli.itests;

import static org.awaitility.Awaitility.await;
import static org.banli.itests.Api.json;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import org.banli.api.item.Step;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The REST API of the real distribution, over real HTTP: one container for the class. Each
 * test makes its own units and accounts, so the tests do not depend on each other's order.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RestApiIT extends BanliExamTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Test
    public void healthAndOpenApiAnswerWithoutLogin() {
        Api.Answer health = anonymous.get("/health");
        assertEquals(200, health.status());
        assertEquals("UP", health.body().path("status").asText());
        assertFalse(health.body().path("version").asText().isEmpty());

        Api.Answer openApi = anonymous.get("/openapi.json");
        assertEquals(openApi.toString(), 200, openApi.status());
        JsonNode paths = openApi.body().path("paths");
        for (String[] endpoint : new String[][] {
            {"/api/v1/health", "get"},
            {"/api/v1/health/live", "get"},
            {"/api/v1/openapi.json", "get"},
            {"/api/v1/units", "get"},
            {"/api/v1/units", "post"},
            {"/api/v1/users", "get"},
            {"/api/v1/users", "post"},
            {"/api/v1/users/me", "get"},
            {"/api/v1/users/me/password", "post"},
            {"/api/v1/users/{username}", "get"},
            {"/api/v1/users/{username}", "put"},
            {"/api/v1/users/{username}/disable", "post"},
            {"/api/v1/users/{username}/enable", "post"},
            {"/api/v1/users/{username}/password-reset", "post"},
            {"/api/v1/users/{username}/changes", "get"},
            {"/api/v1/units/{code}", "get"},
            {"/api/v1/items", "get"},
            {"/api/v1/items", "post"},
            {"/api/v1/items/{id}", "get"},
            {"/api/v1/items/{id}/history", "get"},
            {"/api/v1/items/{id}/similar", "get"},
            {"/api/v1/items/{id}/assignment-suggestion", "get"},
            {"/api/v1/assignments", "get"},
            {"/api/v1/assignments", "post"},
            {"/api/v1/imports/template", "get"},
            {"/api/v1/public/replies", "get"},
            {"/api/v1/demo", "post"},
            {"/api/v1/inbox", "get"},
            {"/api/v1/inbox/unread", "get"},
            {"/api/v1/inbox/{id}/read", "post"},
            {"/api/v1/inbox/read", "post"},
            {"/api/v1/people", "get"},
            {"/api/v1/inbox/channels", "get"},
            {"/api/v1/inbox/channels", "put"},
            {"/api/v1/outbox", "get"},
            {"/api/v1/outbox/failed", "get"},
            {"/api/v1/outbox/{id}/resend", "post"},
            {"/api/v1/plugins", "get"},
            {"/api/v1/reports", "get"},
            {"/api/v1/reports/{report}", "get"},
            {"/api/v1/assessments", "get"},
            {"/api/v1/assessments/metrics", "get"},
            {"/api/v1/assessments/rules", "get"},
            {"/api/v1/session", "post"},
            {"/api/v1/session", "get"},
            {"/api/v1/session", "delete"},
            {"/api/v1/items/rules", "get"},
            {"/api/v1/items/{id}/reply-check", "get"},
            {"/api/v1/audit/history", "get"}
        }) {
            assertTrue(
                    "OpenAPI lacks " + endpoint[1] + " " + endpoint[0],
                    paths.path(endpoint[0]).has(endpoint[1]));
        }
        // Every step has its operation, each with its own body: derived from Step, not listed here.
        List<String> stepBodies = new ArrayList<>();
        paths.fields().forEachRemaining(path -> {
            if (path.getKey().startsWith("/api/v1/items/{id}/")
                    && path.getValue().has("post")) {
                stepBodies.add(path.getValue()
                        .path("post")
                        .path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("schema")
                        .path("$ref")
                        .asText());
            }
        });
        List<String> expected = Arrays.stream(Step.class.getPermittedSubclasses())
                .map(step -> "#/components/schemas/Step." + step.getSimpleName())
                .sorted()
                .toList();
        assertEquals(expected, stepBodies.stream().sorted().toList());
        assertEquals(55 + expected.size(), countOperations(paths));
        Api.Answer labels = anonymous.get("/labels");
        assertEquals("the names of the API's values need no login", 200, labels.status());
        assertEquals(
                "办理中", labels.body().path("status").path("HANDLING").path("zh").asText());
        assertEquals(
                "reply approved",
                labels.body().path("status").path("REPLY_APPROVED").path("en").asText());
        assertEquals(
                "联系提出人",
                labels.body().path("action").path("RECORD_CONTACT").path("zh").asText());
        assertEquals(
                "未按期联系提出人",
                labels.body().path("warning").path("NO_CONTACT").path("zh").asText());
        assertTrue(
                "logging in needs no login, and says so",
                paths.path("/api/v1/session").path("post").path("security").isEmpty());
        assertEquals(
                2, paths.path("/api/v1/items").path("post").path("security").size());
        assertTrue(paths.path("/api/v1/health").path("get").path("security").isEmpty());
        assertTrue(
                paths.path("/api/v1/health/live").path("get").path("security").isEmpty());
        assertTrue(openApi.body()
                .path("components")
                .path("schemas")
                .path("ItemDTO")
                .path("properties")
                .has("title"));
    }

    private static int countOperations(JsonNode paths) {
        int count = 0;
        for (JsonNode operations : paths) {
            count += operations.size();
        }
        return count;
    }

    @Test
    public void anAdministratorImportsTheOfficesSheetAtTheConsoleOnceAndOnlyOnce() throws Exception {
        County county = new County(admin, anonymous);
        String lead = "领衔" + county.unit;
        county.account(county.unit + "-lead", java.util.Set.of("SUBMITTER"), null, lead, "pw-" + county.unit);
        Path sheet = Files.createTempFile("batch", ".csv");
        // As Excel in China saves it: GB18030, a title line above the header.
        Files.write(
                sheet,
                ("2088年县人大代表建议汇总表\r\n编号,标题,领衔代表,附议代表,内容,拟主办单位\r\n"
                                + "5,关于增设护学岗的建议," + lead + ",\"李娜、王芳\",城关小学门口上下学时段拥堵，建议增设护学岗。,测试单位"
                                + county.unit + "\r\n6,关于整治城关段交通拥堵的建议," + lead + ",,G318线城关段早晚高峰拥堵严重。,\r\n")
                        .getBytes(java.nio.charset.Charset.forName("GB18030")));
        String command = "banli:import --kind SUGGESTION --year 2088 ";

        String preview = KarafConsole.run(sessions, command + sheet);
        assertTrue(preview, preview.contains("将登记 2 件") && preview.contains("关于增设护学岗的建议"));
        assertTrue(preview, preview.contains("测试单位" + county.unit));
        assertEquals(
                "a preview writes nothing",
                0,
                county.office
                        .get("/items?year=2088&kind=SUGGESTION")
                        .body()
                        .path("total")
                        .asInt());

        String done = KarafConsole.run(sessions, command + "--confirm " + sheet);
        assertTrue(done, done.contains("已登记 2 件") && done.contains("2088年建议第5号"));
        JsonNode items =
                county.office.get("/items?year=2088&kind=SUGGESTION").body().path("items");
        assertEquals(items.toString(), 2, items.size());
        assertEquals(
                lead,
                county.office
                        .get("/items/" + items.get(0).path("id").asLong())
                        .body()
                        .path("submitterName")
                        .asText());

        String again = KarafConsole.run(sessions, command + "--confirm " + sheet);
        assertTrue(again, again.contains("已登记 0 件，2 件此前已登记未变"));
        assertEquals(
                2,
                county.office
                        .get("/items?year=2088&kind=SUGGESTION")
                        .body()
                        .path("total")
                        .asInt());

        Files.write(sheet, ("标题,领衔代表,内容\r\n关于修缮河西乡村道的建议,查无此人,河西乡村道年久失修。\r\n").getBytes(StandardCharsets.UTF_8));
        String refused = KarafConsole.run(sessions, command + sheet);
        assertTrue(refused, refused.contains("第2行“领衔代表”：提出人 查无此人 不是已登记的代表或委员"));

        // The same over REST, the file as the body: the preview in the reader's language, the import all or nothing.
        byte[] unknown = Files.readAllBytes(sheet);
        Api.Answer previewed = county.office.request(
                "POST",
                "/imports/preview?name=batch.csv&kind=SUGGESTION&year=2088",
                "application/octet-stream",
                unknown,
                Map.of("Accept-Language", "en"));
        assertEquals(previewed.toString(), 200, previewed.status());
        assertEquals(1, previewed.body().path("problems").size());
        assertEquals(2, previewed.body().path("problems").get(0).path("row").asInt());
        assertEquals(
                "领衔代表", previewed.body().path("problems").get(0).path("column").asText());
        assertEquals(
                "查无此人 is not a registered deputy or member",
                previewed.body().path("problems").get(0).path("message").asText());
        Api.Answer imported = county.office.request(
                "POST",
                "/imports?name=batch.csv&kind=SUGGESTION&year=2088",
                "application/octet-stream",
                unknown,
                Map.of());
        assertEquals(imported.toString(), 422, imported.status());
        assertEquals(
                2,
                county.office
                        .get("/items?year=2088&kind=SUGGESTION")
                        .body()
                        .path("total")
                        .asInt());
        Api.Answer byHandler = county.handler.request(
                "POST",
                "/imports/preview?name=batch.csv&kind=SUGGESTION",
                "application/octet-stream",
                unknown,
                Map.of());
        assertEquals("the office's work", 403, byHandler.status());

        // As a form uploads it (curl -F, a browser): the file in a part named file with its Chinese name as a browser
        // sends it (UTF-8), kind and year as fields.
        byte[] good = ("标题,领衔代表,内容\r\n关于增设河西乡公交站台的建议," + lead + ",河西乡沿线没有公交站台，群众候车日晒雨淋。\r\n")
                .getBytes(StandardCharsets.UTF_8);
        Api.Answer uploaded = county.office.request(
                "POST",
                "/imports/preview",
                "multipart/form-data; boundary=banli-form",
                form("2088年建议汇总.csv", good),
                Map.of());
        assertEquals(uploaded.toString(), 200, uploaded.status());
        assertEquals(uploaded.toString(), 2088, uploaded.body().path("year").asInt());
        assertEquals(uploaded.toString(), 1, uploaded.body().path("newRows").asInt());
        assertEquals(
                uploaded.toString(),
                "关于增设河西乡公交站台的建议",
                uploaded.body().path("rows").get(0).path("title").asText());
        Api.Answer template = county.office.get("/imports/template?kind=PROPOSAL");
        assertEquals(template.toString(), 200, template.status());
        assertTrue(template.contentType(), template.contentType().startsWith("application/vnd.openxmlformats"));
        assertTrue("an xlsx is a zip", template.text().startsWith("PK"));
        assertEquals(400, county.office.get("/imports/template?kind=LETTER").status());

        // Streamed when asked for: a line of progress every hundred rows of each stage, the preview last.
        StringBuilder many = new StringBuilder("标题,领衔代表,内容\r\n");
        for (int n = 1; n <= 250; n++) {
            many.append("关于修缮第")
                    .append(n)
                    .append("号村道的建议,")
                    .append(lead)
                    .append(",第")
                    .append(n)
                    .append("号村道年久失修，建议修缮。\r\n");
        }
        Api.Answer streamed = county.office.request(
                "POST",
                "/imports/preview?name=many.csv&kind=SUGGESTION&year=2088",
                "application/octet-stream",
                many.toString().getBytes(StandardCharsets.UTF_8),
                Map.of("Accept", "application/x-ndjson"));
        assertEquals(streamed.toString(), 200, streamed.status());
        assertTrue(streamed.toString(), streamed.contentType().startsWith("application/x-ndjson"));
        List<JsonNode> lines = new ArrayList<>();
        for (String line : streamed.text().split("\n")) {
            lines.add(Api.JSON.readTree(line));
        }
        assertEquals(streamed.text(), "READ", lines.get(0).path("stage").asText());
        assertEquals(streamed.text(), 250, lines.get(0).path("total").asInt());
        assertTrue(
                streamed.text(),
                lines.stream()
                        .anyMatch(l -> l.path("stage").asText().equals("CHECKED")
                                && l.path("done").asInt() == 200));
        assertTrue(
                streamed.text(),
                lines.stream()
                        .anyMatch(l -> l.path("stage").asText().equals("COMPARED")
                                && l.path("done").asInt() == 250));
        assertEquals(
                streamed.text(),
                250,
                lines.get(lines.size() - 1).path("preview").path("newRows").asInt());
        Api.Answer streamedRefusal = county.handler.request(
                "POST",
                "/imports/preview?name=many.csv&kind=SUGGESTION&year=2088",
                "application/octet-stream",
                many.toString().getBytes(StandardCharsets.UTF_8),
                Map.of("Accept", "application/x-ndjson"));
        assertEquals(
                "refused before the stream with its own status: " + streamedRefusal, 403, streamedRefusal.status());
        Api.Answer wrongKind = county.office.request(
                "POST",
                "/imports/preview",
                "multipart/form-data; boundary=banli-form",
                form("2088年建议汇总.xls", good),
                Map.of());
        assertEquals(wrongKind.toString(), 422, wrongKind.status());
        assertTrue(
                "the file's Chinese name survives the form: " + wrongKind,
                wrongKind.body().toString().contains("2088年建议汇总.xls"));
        Api.Answer noFile = county.office.request(
                "POST",
                "/imports/preview?kind=SUGGESTION",
                "multipart/form-data; boundary=banli-form",
                "--banli-form\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nSUGGESTION\r\n--banli-form--\r\n"
                        .getBytes(StandardCharsets.UTF_8),
                Map.of());
        assertEquals(noFile.toString(), 422, noFile.status());
        assertTrue(noFile.toString(), noFile.body().toString().contains("表单中没有名为 file 的表格文件"));

        // At the console too, the submitter without an account gets one in the same confirmation.
        String made = KarafConsole.run(sessions, command + "--create-submitters --confirm " + sheet);
        assertTrue(made, made.contains("已建立 1 个账号") && made.contains("查无此人") && made.contains("deputy-2088-"));
        assertEquals(
                3,
                county.office
                        .get("/items?year=2088&kind=SUGGESTION")
                        .body()
                        .path("total")
                        .asInt());
        Files.delete(sheet);
    }

    /** A form upload of one file with the kind and year as fields, as a browser encodes it (the name in UTF-8). */
    private static byte[] form(String fileName, byte[] file) {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        String fields = "--banli-form\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\nSUGGESTION\r\n"
                + "--banli-form\r\nContent-Disposition: form-data; name=\"year\"\r\n\r\n2088\r\n"
                + "--banli-form\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: text/csv\r\n\r\n";
        body.writeBytes(fields.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes("\r\n--banli-form--\r\n".getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    @Test
    public void theEnginesFindTheSameMatterInOtherWordsForAnItemAndForASheetsRow() throws Exception {
        County county = new County(admin, anonymous);
        long sand = county.register("关于治理龙溪河上游非法采砂的建议", "龙溪河上游非法采砂屡禁不止，河床下切，堤岸垮塌，建议水利、公安联合执法，严厉打击非法采砂。");
        long sandAgain = county.register("关于严厉打击龙溪河盗采河砂行为的建议", "龙溪河上游盗采河砂猖獗，河道破坏严重，堤岸垮塌，希望有关部门联合执法，打击非法采砂。");
        long lights = county.register("关于增设龙溪河滨河步道路灯的建议", "滨河步道夜间照明不足，建议增设路灯，方便群众夜间散步。");

        JsonNode similar = county.office.get("/items/" + sand + "/similar").body();
        assertEquals(similar.toString(), "lexical", similar.path("engine").asText());
        assertTrue(similar.toString(), similar.path("complete").asBoolean());
        JsonNode first = similar.path("duplicates").get(0);
        assertEquals(similar.toString(), sandAgain, first.path("id").asLong());
        // Lucene's smartcn inside the bundle: the shared words are Chinese words, not characters.
        assertTrue(similar.toString(), first.path("sharedTerms").toString().contains("堤岸"));
        for (JsonNode duplicate : similar.path("duplicates")) {
            assertNotEquals(
                    "the street lights of the same river are no duplicate",
                    lights,
                    duplicate.path("id").asLong());
        }
        assertEquals(
                "a unit that does not handle it does not learn it exists",
                404,
                county.handler.get("/items/" + sand + "/similar").status());

        byte[] sheet = ("标题,领衔代表,内容\r\n关于整治龙溪河非法采砂问题的建议,测试代表,龙溪河非法采砂严重，堤岸垮塌，河床下切，建议联合执法打击非法采砂。\r\n")
                .getBytes(StandardCharsets.UTF_8);
        Api.Answer previewed = county.office.request(
                "POST", "/imports/preview?name=batch.csv&kind=SUGGESTION", "application/octet-stream", sheet, Map.of());
        assertEquals(previewed.toString(), 200, previewed.status());
        JsonNode row = previewed.body().path("similar").get(0);
        assertEquals(previewed.toString(), 2, row.path("row").asInt());
        java.util.Set<Long> found = new java.util.HashSet<>();
        row.path("registered")
                .path("duplicates")
                .forEach(d -> found.add(d.path("id").asLong()));
        assertTrue(previewed.toString(), found.containsAll(List.of(sand, sandAgain)));

        // The semantic engine, shipped but not installed, brings the blend of words and meaning, first in the
        // county's order: the model and ONNX Runtime's natives inside its bundle, every item embedded in the
        // background, the words they share still the lexical engine's.
        KarafConsole.run(sessions, "feature:install --no-auto-refresh banli-similarity-semantic");
        await().atMost(Duration.ofSeconds(180)).until(() -> {
            JsonNode answer = county.office.get("/items/" + sand + "/similar").body();
            return answer.path("engine").asText().equals("blend")
                    && answer.path("complete").asBoolean();
        });
        JsonNode byMeaning = county.office.get("/items/" + sand + "/similar").body();
        assertEquals(
                byMeaning.toString(),
                sandAgain,
                byMeaning.path("duplicates").get(0).path("id").asLong());
        assertTrue(
                byMeaning.toString(),
                byMeaning
                        .path("duplicates")
                        .get(0)
                        .path("sharedTerms")
                        .toString()
                        .contains("堤岸"));
        for (JsonNode duplicate : byMeaning.path("duplicates")) {
            assertNotEquals(byMeaning.toString(), lights, duplicate.path("id").asLong());
        }
        KarafConsole.run(sessions, "feature:uninstall --no-auto-refresh banli-similarity-semantic");
        await().atMost(Duration.ofSeconds(60))
                .until(() -> county.office
                        .get("/items/" + sand + "/similar")
                        .body()
                        .path("engine")
                        .asText()
                        .equals("lexical"));
    }

    @Test
    public void theAssignmentMeetingAssignsTheBatchFromSuggestionsByLastYearsHostsAllOrNothing() {
        County county = new County(admin, anonymous);
        Api.Answer past = county.office.post(
                "/items",
                json(
                        "kind", "SUGGESTION",
                        "year", 2089,
                        "title", "关于整治青石镇农贸市场周边占道经营的建议",
                        "body", "青石镇农贸市场周边摊贩占道经营，车辆通行困难，垃圾遍地。建议划定临时摊位，加强占道经营整治。",
                        "submitter", county.deputy,
                        "category", "城市管理"));
        assertEquals(past.toString(), 201, past.status());
        county.assign(past.body().path("id").asLong(), county.coUnit);
        long market = register(county, 2090, "关于规范青石镇农贸市场周边摊贩占道经营的建议", "青石镇农贸市场门口摊贩占道经营，交通拥堵，卫生脏乱。建议规范摊位设置，整治占道经营。");
        long museum = register(county, 2090, "关于建设县博物馆的建议", "我县文物众多，至今没有博物馆，建议规划建设县博物馆。");

        Api.Answer batch = county.office.get("/assignments?year=2090");
        assertEquals(batch.toString(), 200, batch.status());
        JsonNode suggestions = batch.body().path("suggestions");
        assertEquals(batch.toString(), 2, suggestions.size());
        JsonNode forMarket = suggestions.get(0);
        assertEquals(batch.toString(), market, forMarket.path("item").path("id").asLong());
        assertEquals(
                batch.toString(),
                county.unit,
                forMarket.path("host").path("unitCode").asText());
        assertEquals(
                batch.toString(),
                "2089年相似的1件中1件由测试单位" + county.unit + "主办",
                forMarket.path("host").path("reasons").get(0).asText());
        assertEquals(
                batch.toString(),
                county.coUnit,
                forMarket.path("coUnits").get(0).path("unitCode").asText());
        assertTrue(
                "nothing suggests a host for the museum: " + batch,
                suggestions.get(1).path("host").isMissingNode());
        assertEquals(
                "the item's own suggestion is the batch's",
                forMarket.path("host"),
                county.office
                        .get("/items/" + market + "/assignment-suggestion")
                        .body()
                        .path("host"));
        assertEquals(403, county.handler.get("/assignments?year=2090").status());

        String replyBy = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"))
                .plusMonths(2)
                .toString();
        Api.Answer refused = county.office.post(
                "/assignments",
                "{\"replyBy\":\"" + replyBy + "\",\"reason\":\"2090年交办会\",\"items\":[{\"id\":" + market
                        + ",\"hostUnit\":\"" + county.unit + "\",\"coUnits\":[\"" + county.coUnit + "\"]},{\"id\":"
                        + museum
                        + ",\"hostUnit\":\"nosuch\"}]}");
        assertEquals(refused.toString(), 422, refused.status());
        assertTrue(refused.toString(), refused.body().toString().contains("未能交办：承办单位 nosuch 不存在"));
        assertEquals(
                "nothing was assigned",
                "REGISTERED",
                county.item(market).path("status").asText());

        Api.Answer assigned = county.office.post(
                "/assignments",
                "{\"replyBy\":\"" + replyBy + "\",\"reason\":\"2090年交办会\",\"items\":[{\"id\":" + market
                        + ",\"hostUnit\":\"" + county.unit + "\",\"coUnits\":[\"" + county.coUnit + "\"]},{\"id\":"
                        + museum
                        + ",\"hostUnit\":\"" + county.coUnit + "\"}]}");
        assertEquals(assigned.toString(), 200, assigned.status());
        for (JsonNode item : assigned.body()) {
            assertEquals(assigned.toString(), "ASSIGNED", item.path("status").asText());
            assertEquals(
                    "the batch's date comes before the rule's three months",
                    replyBy,
                    item.path("deadline").asText());
        }
        assertEquals(
                0,
                county.office
                        .get("/assignments?year=2090")
                        .body()
                        .path("suggestions")
                        .size());
    }

    private static long register(County county, int year, String title, String body) {
        Api.Answer answer = county.office.post(
                "/items",
                json("kind", "SUGGESTION", "year", year, "title", title, "body", body, "submitter", county.deputy));
        assertEquals(answer.toString(), 201, answer.status());
        return answer.body().path("id").asLong();
    }

    @Test
    public void anAdministratorRunsAnAccountThroughTheApiAndTheConsole() throws Exception {
        String name = "acct-" + System.nanoTime();
        Api person = anonymous.account(
                admin, "own-密码-0001", "username", name, "displayName", "赵账号", "roles", List.of("SUBMITTER"));
        String webLogin = anonymous.sessionCookie(name, "own-密码-0001");
        assertEquals(200, anonymous.getWithCookie("/users/me", webLogin).status());

        Api.Answer edited = admin.put(
                "/users/" + name, json("displayName", "赵代表", "roles", List.of("SUBMITTER"), "phone", "13800000001"));
        assertEquals(edited.toString(), 200, edited.status());
        assertEquals("赵代表", person.get("/users/me").body().path("displayName").asText());
        Api.Answer unknownUnit = admin.put(
                "/users/" + name, json("displayName", "赵代表", "roles", List.of("HANDLER"), "unitCode", "no-such"));
        assertEquals(unknownUnit.toString(), 422, unknownUnit.status());
        assertEquals(
                "a refused edit changes nothing",
                "[\"SUBMITTER\"]",
                admin.get("/users/" + name).body().path("roles").toString());

        Api.Answer reset = admin.post("/users/" + name + "/password-reset", "{}");
        assertEquals(reset.toString(), 200, reset.status());
        String temporary = reset.body().path("temporaryPassword").asText();
        assertEquals(
                "the web login ended at once",
                401,
                anonymous.getWithCookie("/users/me", webLogin).status());
        assertEquals(
                "the old password opens nothing", 401, person.get("/users/me").status());
        assertTrue(anonymous
                .as(name, temporary)
                .get("/users/me")
                .body()
                .path("mustChangePassword")
                .asBoolean());
        Api again = anonymous.ownPassword(name, temporary, "new-密码-0002");

        String disabled = KarafConsole.run(sessions, "banli:account-disable " + name);
        assertTrue(disabled, disabled.contains("已停用"));
        assertEquals(
                "a disabled account logs in nowhere",
                401,
                again.get("/users/me").status());
        String listed = KarafConsole.run(sessions, "banli:accounts --disabled");
        assertTrue(listed, listed.contains("赵代表") && listed.contains("已停用"));
        assertEquals(
                "nobody disables their own account",
                422,
                admin.post("/users/admin/disable", "{}").status());

        assertEquals(200, admin.post("/users/" + name + "/enable", "{}").status());
        assertEquals(200, again.get("/users/me").status());
        assertEquals(
                "only administrators run accounts",
                403,
                again.post("/users/admin/disable", "{}").status());
        KarafConsole.run(sessions, "banli:account-edit --name 赵明 --phone - " + name);
        JsonNode account = admin.get("/users/" + name).body();
        assertEquals("赵明", account.path("displayName").asText());
        assertTrue(account.path("phone").isNull() || account.path("phone").isMissingNode());

        JsonNode changes = admin.get("/users/" + name + "/changes").body();
        List<String> kinds = new ArrayList<>();
        changes.forEach(change -> kinds.add(change.path("kind").asText()));
        assertEquals(
                List.of(
                        "CREATED",
                        "PASSWORD_CHANGED",
                        "EDITED",
                        "PASSWORD_RESET",
                        "PASSWORD_CHANGED",
                        "DISABLED",
                        "ENABLED",
                        "EDITED"),
                kinds);
        String adminName = admin.get("/users/me").body().path("displayName").asText();
        assertEquals(adminName, changes.get(2).path("actorName").asText());
        assertEquals(name, changes.get(1).path("actor").asText());
        assertEquals(
                "13800000001",
                changes.get(2).path("fields").get(1).path("after").asText());
        String record = KarafConsole.run(sessions, "banli:account " + name);
        assertTrue(record, record.contains("管理员重置密码") && record.contains("赵代表 → 赵明"));
    }

    @Test
    public void dataSurvivesTheDatabaseBeingShutDownAndOpenedAgain() throws Exception {
        County county = new County(admin, anonymous);
        long id = county.register("数据库重新打开后仍在的建议");
        county.assign(id);
        JsonNode before = county.office.get("/items/" + id).body();
        Bundle store = bundle("org.banli.store.jpa");
        store.stop(); // closes EclipseLink and shuts embedded Derby down: its files are all that is left
        try {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> anonymous.get("/health").status() == 503);
        } finally {
            store.start();
        }
        await().atMost(Duration.ofSeconds(60))
                .ignoreExceptions()
                .until(() -> anonymous.get("/health").status() == 200
                        && county.office.get("/items/" + id).status() == 200);
        assertEquals(before, county.office.get("/items/" + id).body());
        assertEquals(2, county.office.get("/items/" + id + "/history").body().size());
    }

    @Test
    public void theDataIsKeptInTheConfiguredDatabase() throws Exception {
        new County(admin, anonymous).register("存入所配置数据库的建议");
        Path derby = Path.of(System.getProperty("karaf.data"), "banli", "derby");
        // On PostgreSQL no embedded Derby may have been made beside it.
        assertEquals(!TestDatabase.postgresql(), Files.isDirectory(derby));
    }

    @Test
    public void onlyTheCoreAndTheStoreSeeTheStoreSpi() {
        // The store SPI reads items past the access rules: no plugin may wire to it.
        List<String> wired = bundle("org.banli.store.spi")
                .adapt(BundleWiring.class)
                .getProvidedWires(PackageNamespace.PACKAGE_NAMESPACE)
                .stream()
                .map(wire -> wire.getRequirer().getBundle().getSymbolicName())
                .distinct()
                .sorted()
                .toList();
        assertEquals(List.of("org.banli.core", "org.banli.store.jpa"), wired);
    }

    private Bundle bundle(String symbolicName) {
        return Arrays.stream(bundleContext.getBundles())
                .filter(b -> b.getSymbolicName().equals(symbolicName))
                .findFirst()
                .orElseThrow();
    }

    @Test
    public void healthSaysWhenTheCoreIsDownAndTheApiRecoversWithIt() throws Exception {
        Bundle core = bundle("org.banli.core");
        core.stop();
        try {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> anonymous.get("/health").status() == 503
                            && admin.get("/units").status() == 503);
            assertEquals("DOWN", anonymous.get("/health").body().path("status").asText());
            assertProblem(admin.get("/units"), 503, null);
            assertProblem(anonymous.get("/items/1"), 503, null);
        } finally {
            core.start();
        }
        // Readiness a load balancer can trust: the moment /health says 200, an authenticated request is served.
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(5))
                .ignoreExceptions()
                .until(() -> anonymous.get("/health").status() == 200);
        assertEquals(200, admin.get("/units").status());
        assertEquals(200, anonymous.get("/health/live").status());
    }

    @Test
    public void resourcesComeAndGoAtRunTimeWhileEveryRequestIsAnswered() throws Exception {
        AtomicInteger answered = new AtomicInteger();
        List<String> failures = new CopyOnWriteArrayList<>();
        AtomicBoolean loading = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(3);
        for (int i = 0; i < 3; i++) {
            load.execute(() -> {
                while (loading.get()) {
                    try {
                        for (Api.Answer answer : List.of(anonymous.get("/health"), admin.get("/units"))) {
                            answered.incrementAndGet();
                            if (answer.status() != 200) {
                                failures.add(answer.toString());
                            }
                        }
                    } catch (RuntimeException e) {
                        failures.add(e.toString());
                    }
                }
            });
        }
        try {
            for (int swap = 0; swap < 5; swap++) {
                Hashtable<String, Object> properties = new Hashtable<>();
                properties.put("osgi.jaxrs.resource", "true");
                ServiceRegistration<ProbeResource> registration =
                        bundleContext.registerService(ProbeResource.class, new ProbeResource(), properties);
                await().atMost(Duration.ofSeconds(20))
                        .until(() -> admin.get("/itest-probe").status() == 200);
                assertEquals(
                        "你好", admin.get("/itest-probe").body().path("greeting").asText());
                registration.unregister();
                await().atMost(Duration.ofSeconds(20))
                        .until(() -> admin.get("/itest-probe").status() == 404);
            }
        } finally {
            loading.set(false);
            load.shutdown();
            assertTrue(load.awaitTermination(30, TimeUnit.SECONDS));
        }
        assertTrue("requests were made during the swaps", answered.get() > 20);
        assertEquals("every request during ten swaps was answered", List.of(), failures);
    }

    @Test
    public void firstAdminHasAGeneratedPasswordReadableOnlyByItsOwner() throws Exception {
        Path passwordFile = Path.of(System.getProperty("karaf.data"), "banli", "admin-password.txt");
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(passwordFile));
        String generated = BanliDistribution.generatedAdminPassword();
        assertTrue("a generated password is long", generated.length() >= 20);
        assertEquals(
                "changed at the first login",
                401,
                anonymous.as("admin", generated).get("/users/me").status());
        assertEquals("admin", admin.get("/users/admin").body().path("username").asText());
        JsonNode me = admin.get("/users/me").body();
        assertEquals("admin", me.path("username").asText());
        assertFalse(me.path("mustChangePassword").asBoolean());
        assertFalse("a hash never leaves the server", admin.get("/users").text().contains("pbkdf2"));
    }

    @Test
    public void anAccountDoesNothingButChangeTheInitialPasswordTheAdminSetHoweverItLogsIn() throws Exception {
        String username = "initial-" + Long.toString(System.nanoTime(), 36);
        assertEquals(
                201,
                admin.post(
                                "/users",
                                json(
                                        "username",
                                        username,
                                        "displayName",
                                        "新来的科员",
                                        "password",
                                        "admin-chose-this-1",
                                        "roles",
                                        List.of("ADMIN")))
                        .status());
        Api first = anonymous.as(username, "admin-chose-this-1");
        assertTrue(first.get("/users/me").body().path("mustChangePassword").asBoolean());
        for (Api.Answer refused : List.of(
                first.get("/units"),
                first.get("/items"),
                first.post(
                        "/users",
                        json(
                                "username",
                                username + "-2",
                                "displayName",
                                "另一个管理员",
                                "password",
                                "another-admin-1",
                                "roles",
                                List.of("ADMIN"))))) {
            assertProblem(refused, 403, null);
            assertEquals(
                    "urn:banli:problem:password-change-required",
                    refused.body().path("type").asText());
            assertTrue(refused.text(), refused.body().path("detail").asText().contains("修改初始密码"));
        }
        assertEquals(
                "no admin was made over Basic",
                404,
                admin.get("/users/" + username + "-2").status());
        assertFalse("nor does the console open", jaasLogin(username, "admin-chose-this-1"));

        Api own = anonymous.ownPassword(username, "admin-chose-this-1", "my-own-password-1");
        assertEquals(200, own.get("/units").status());
        assertFalse(own.get("/users/me").body().path("mustChangePassword").asBoolean());
        assertTrue(jaasLogin(username, "my-own-password-1"));
    }

    @Test
    public void thereIsNoDefaultKarafAccountAndTheConsoleRealmIsBanlis() throws Exception {
        assertEquals(401, anonymous.as("karaf", "karaf").get("/units").status());
        assertEquals(401, anonymous.as("admin", "admin").get("/units").status());
        assertEquals(401, anonymous.get("/units").status());
        assertFalse("karaf/karaf must not log in to the console realm", jaasLogin("karaf", "karaf"));
        assertTrue("the console realm knows Banli's admin", jaasLogin("admin", adminPassword));
    }

    private static boolean jaasLogin(String username, String password) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(ClassLoader.getSystemClassLoader());
        try {
            new LoginContext("karaf", new Subject(), callbacks -> {
                        for (var callback : callbacks) {
                            if (callback instanceof NameCallback name) {
                                name.setName(username);
                            } else if (callback instanceof PasswordCallback secret) {
                                secret.setPassword(password.toCharArray());
                            }
                        }
                    })
                    .login();
            return true;
        } catch (LoginException e) {
            return false;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Test
    public void thirtyTwoClientsWithTheRightPasswordAllGetInWhileAGuesserElsewhereIsSlowed() throws Exception {
        String suffix = Long.toString(System.nanoTime(), 36);
        String worker = "worker-" + suffix;
        String target = "target-" + suffix;
        for (String username : List.of(worker, target)) {
            Api.Answer created = admin.post(
                    "/users",
                    json(
                            "username",
                            username,
                            "displayName",
                            "并发测试员",
                            "password",
                            "the-right-password-1",
                            "roles",
                            List.of("OFFICE")));
            assertEquals(created.toString(), 201, created.status());
        }
        // A fresh account: nothing remembered, so all 32 arrive while the first check runs.
        Api workerApi = anonymous.as(worker, "the-right-password-1");
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            for (int i = 0; i < 32; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return workerApi.get("/users/me").status();
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<Integer> answer : answers) {
                assertEquals(200, (int) answer.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
        Api guesser = anonymous.as(target, "a-wrong-guess");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, guesser.get("/users/me").status());
        }
        Api.Answer slowed = guesser.get("/users/me");
        assertProblem(slowed, 429, null);
        assertTrue(slowed.toString(), Integer.parseInt(slowed.retryAfter()) >= 1);
        assertEquals(
                "the guesser's address waits even with the right password",
                429,
                anonymous.as(target, "the-right-password-1").get("/users/me").status());
        assertEquals(
                "the real user at another address gets in",
                200,
                statusFrom("127.0.0.2", "/api/v1/users/me", target, "the-right-password-1"));
    }

    /** A request sent from another loopback address, as a second machine would send it. */
    private static int statusFrom(String localAddress, String path, String username, String password) throws Exception {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.bind(new java.net.InetSocketAddress(localAddress, 0));
            socket.connect(new java.net.InetSocketAddress(
                    "127.0.0.1", Integer.getInteger(BanliDistribution.HTTP_PORT_PROPERTY)));
            socket.setSoTimeout(30_000);
            String credentials = java.util.Base64.getEncoder()
                    .encodeToString((username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            socket.getOutputStream()
                    .write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + credentials
                                    + "\r\nConnection: close\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(
                            socket.getInputStream(), java.nio.charset.StandardCharsets.US_ASCII))
                    .readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }

    /** Input anyone can send: each answered 4xx in the users' words, no Java names, nothing held in memory. */
    @Test
    public void hostileInputIsRefusedWithAClearProblemAndNo5xx() throws Exception {
        String overLimit = "x".repeat(1536 * 1024);
        assertProblem(anonymous.post("/session", json("username", "admin", "password", overLimit)), 413, null);
        // Without a declared length (chunked): the body is counted as it is read.
        HttpResponse<String> chunked = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:"
                                        + Integer.getInteger(BanliDistribution.HTTP_PORT_PROPERTY) + "/api/v1/session"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                                        json("username", "admin", "password", overLimit)
                                                .getBytes(StandardCharsets.UTF_8))))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(chunked.body(), 413, chunked.statusCode());
        assertEquals(
                "every answer",
                "nosniff",
                chunked.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("no-store", chunked.headers().firstValue("Cache-Control").orElse(""));

        List<Api.Answer> refused = List.of(
                admin.post("/items", "[".repeat(10_000) + "]".repeat(10_000)),
                admin.post("/items", json("kind", "SUGGESTION", "year", "明年", "title", "t")),
                admin.post("/items", "{\"kind\": \"SUGGESTION\", \"coUnits\": {\"a\": []}}"),
                admin.post("/items/1/extension-request", json("until", "+10000-01-01", "reason", "延期")),
                admin.post("/items/1/consultation", json("date", "0999-01-01", "participants", "p", "summary", "s")),
                admin.get("/items?dueWithin=2147483647"),
                admin.get("/items?year=2147483647"),
                admin.get("/assessments?year=-1"),
                admin.get("/reports/register?year=99999"));
        for (Api.Answer answer : refused) {
            assertEquals(answer.toString(), 400, answer.status());
            assertTrue(answer.toString(), answer.contentType().startsWith("application/problem+json"));
            for (String internal : List.of("java.", "org.banli", "com.fasterxml", "$", "Exception")) {
                assertFalse(answer.toString(), answer.text().contains(internal));
            }
        }
        assertTrue(
                refused.get(3).toString(),
                refused.get(3).body().path("detail").asText().contains("2999"));
        assertTrue(
                refused.get(1).toString(),
                refused.get(1).body().path("detail").asText().contains("数字"));

        HttpResponse<String> deep = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + Integer.getInteger(BanliDistribution.HTTP_PORT_PROPERTY)
                                                + "/" + "a/".repeat(2000) + "x.js"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals("a path deeper than the desk is simply not found", 404, deep.statusCode());
    }

    @Test
    public void aUserChangesTheirPasswordAndTheOldOneStopsWorkingAtOnce() {
        County county = new County(admin, anonymous);
        assertEquals(200, county.deputyApi.get("/users/me").status());
        Api.Answer wrong = county.deputyApi.post(
                "/users/me/password", json("currentPassword", "not-my-password", "newPassword", "新密码-new-password-1"));
        assertProblem(wrong, 422, "currentPassword");
        Api.Answer changed = county.deputyApi.post(
                "/users/me/password",
                json("currentPassword", county.deputyPassword, "newPassword", "新密码-new-password-1"));
        assertEquals(changed.toString(), 204, changed.status());
        assertEquals(401, county.deputyApi.get("/users/me").status());
        assertEquals(
                200,
                anonymous
                        .as(county.deputy, "新密码-new-password-1")
                        .get("/users/me")
                        .status());
    }

    @Test
    public void anItemGoesFromRegistrationToClosedWithChineseTextIntact() {
        County county = new County(admin, anonymous);
        String title = "关于加快推进“城乡学校午餐”改善工作的建议（第二稿）";
        String body = "近年来，我县农村学校午餐条件仍有差距。建议：一、县财政加大投入；二、建立食品安全追溯制度。🍚 ";
        Api.Answer registered = county.office.post(
                "/items",
                json(
                        "kind",
                        "SUGGESTION",
                        "title",
                        title,
                        "body",
                        body,
                        "submitter",
                        county.deputy,
                        "category",
                        "教育",
                        "publicReply",
                        true));
        assertEquals(registered.toString(), 201, registered.status());
        JsonNode item = registered.body();
        long id = item.path("id").asLong();
        assertEquals(title, item.path("title").asText());
        assertEquals(body, item.path("body").asText());
        assertEquals("REGISTERED", item.path("status").asText());
        assertTrue(item.path("label").asText().matches("\\d{4}年建议第\\d+号"));

        Api.Answer assigned = county.office.postIfMatch(
                "/items/" + id + "/assign",
                "\"" + item.path("version").asLong() + "\"",
                json("hostUnit", county.unit, "reason", "属教育类"));
        assertEquals(assigned.toString(), 200, assigned.status());
        assertEquals("ASSIGNED", assigned.body().path("status").asText());
        assertEquals("已交办", assigned.body().path("statusText").asText());
        assertEquals(
                county.unit, assigned.body().path("progress").path("hostUnit").asText());
        assertFalse(assigned.body().path("timing").path("deadline").isMissingNode());

        county.step(county.handler, id, "accept");
        String replyText = "经研究，我局已将农村学校午餐补助列入2027年预算，并建立食品安全追溯制度，感谢代表的关心和支持。";
        county.step(
                county.handler,
                id,
                "reply-draft",
                "replyClass",
                "A",
                "text",
                replyText,
                "contactPerson",
                "李四",
                "contactPhone",
                "0571-88886666",
                "copyTo",
                "县人大常委会代表工委");
        county.step(county.head, id, "reply-approval");
        county.step(county.handler, id, "reply-submission");
        JsonNode replied = county.step(county.office, id, "reply-review", "accept", true, "remark", "同意");
        assertEquals("REPLIED", replied.path("status").asText());

        JsonNode rated =
                county.step(county.deputyApi, id, "rating", "satisfaction", "SATISFIED", "comment", "办理认真，非常满意");
        assertEquals("CLOSED", rated.path("status").asText());

        JsonNode stored = county.item(id);
        assertEquals(title, stored.path("title").asText());
        assertEquals(body, stored.path("body").asText());
        assertEquals("教育", stored.path("category").asText());
        JsonNode reply =
                county.deputyApi.get("/items/" + id).body().path("replies").path(0);
        assertEquals(replyText, reply.path("text").asText());
        assertEquals("王局长", reply.path("signer").asText());
        assertEquals("李四", reply.path("contactPerson").asText());
        assertEquals("县人大常委会代表工委", reply.path("copyTo").asText());
        assertEquals("ACCEPTED", reply.path("state").asText());
        assertEquals(
                "测试代表",
                county.deputyApi.get("/users/me").body().path("displayName").asText());
        JsonNode rating = stored.path("ratings").path(0);
        assertEquals("办理认真，非常满意", rating.path("comment").asText());
        assertEquals(county.deputy, rating.path("enteredBy").asText());
        assertFalse(rating.path("enteredFrom").asText().isEmpty());
        assertTrue(
                "rated minutes after the reply: flagged",
                rating.path("flag").asText().contains("分钟"));
        JsonNode seenByUnit =
                county.handler.get("/items/" + id).body().path("ratings").path(0);
        assertEquals("SATISFIED", seenByUnit.path("satisfaction").asText());
        assertTrue(
                "the unit does not see where the rating came from",
                seenByUnit.path("enteredFrom").isMissingNode());

        List<String> actions = new ArrayList<>();
        county.office
                .get("/items/" + id + "/history")
                .body()
                .forEach(e -> actions.add(e.path("action").asText() + ":"
                        + e.path("toStatus").asText() + ":" + e.path("actor").asText()));
        assertEquals(
                List.of(
                        "REGISTER:REGISTERED:" + county.officeName,
                        "ASSIGN:ASSIGNED:" + county.officeName,
                        "ACCEPT:HANDLING:" + county.handlerName,
                        "DRAFT_REPLY:HANDLING:" + county.handlerName,
                        "APPROVE_REPLY:REPLY_APPROVED:" + county.headName,
                        "SUBMIT_REPLY:UNDER_REVIEW:" + county.handlerName,
                        "REVIEW_REPLY:REPLIED:" + county.officeName,
                        "RATE:CLOSED:" + county.deputy),
                actions);
        assertEquals(
                "the history names each person as people know them",
                "王局长",
                county.office
                        .get("/items/" + id + "/history")
                        .body()
                        .path(4)
                        .path("actorName")
                        .asText());
        assertEquals(
                "属教育类",
                county.office
                        .get("/items/" + id + "/history")
                        .body()
                        .path(1)
                        .path("reason")
                        .asText());
    }

    @Test
    public void aCountysDeadlineRuleChangesWithoutARestart() throws Exception {
        County county = new County(admin, anonymous);
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        org.osgi.service.cm.Configuration rules = configAdmin.getConfiguration("org.banli.handling", null);
        Dictionary<String, Object> original = rules.getProperties();
        Hashtable<String, Object> changed = new Hashtable<>();
        for (Enumeration<String> keys = original.keys(); keys.hasMoreElements(); ) {
            String key = keys.nextElement();
            changed.put(key, original.get(key));
        }
        changed.put("replyMonths", "5");
        rules.update(changed);
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                long id = county.register("期限配置测试");
                LocalDate today = LocalDate.now(shanghai);
                String deadline =
                        county.assign(id).path("progress").path("deadline").asText();
                return deadline.equals(today.plusMonths(5).toString())
                        || deadline.equals(LocalDate.now(shanghai).plusMonths(5).toString());
            });
        } finally {
            rules.update(original);
        }
    }

    @Test
    public void listsFilterAndPage() {
        County county = new County(admin, anonymous);
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            ids.add(county.register("分页测试第" + i + "件"));
        }
        long proposal = county.office
                .post("/items", json("kind", "PROPOSAL", "title", "提案过滤测试", "body", "正文", "submitter", county.deputy))
                .body()
                .path("id")
                .asLong();
        county.assign(ids.get(0));
        county.assign(ids.get(1));

        JsonNode byUnit = county.office
                .get("/items?unit=" + county.unit + "&size=1&page=1")
                .body();
        assertEquals(2, byUnit.path("total").asLong());
        assertEquals(1, byUnit.path("items").size());
        assertEquals(1, byUnit.path("page").asInt());

        JsonNode mine = county.deputyApi.get("/items?size=200").body();
        assertEquals(
                "the deputy sees exactly their own four items",
                4,
                mine.path("total").asLong());
        JsonNode proposals = county.deputyApi
                .get("/items?kind=PROPOSAL&year="
                        + Year.now(ZoneId.of("Asia/Shanghai")).getValue())
                .body();
        assertEquals(1, proposals.path("total").asLong());
        assertEquals(proposal, proposals.path("items").path(0).path("id").asLong());
        JsonNode registered =
                county.deputyApi.get("/items?status=REGISTERED&size=200").body();
        assertEquals(2, registered.path("total").asLong());

        Api.Answer badStatus = county.office.get("/items?status=DONE");
        assertEquals(400, badStatus.status());
        assertEquals(
                "status", badStatus.body().path("errors").path(0).path("field").asText());
    }

    @Test
    public void aHandlerOfAnotherUnitNeitherSeesNorChangesTheItem() {
        County county = new County(admin, anonymous);
        County other = new County(admin, anonymous);
        long id = county.register("跨单位访问测试");
        county.assign(id);
        JsonNode before = county.office.get("/items/" + id).body();

        assertEquals(404, other.handler.get("/items/" + id).status());
        Api.Answer reply = other.handler.postIfMatch("/items/" + id + "/accept", "*", "{}");
        assertEquals(404, reply.status());
        assertFalse("no data leaks in the error", reply.text().contains("跨单位访问测试"));
        assertEquals(
                0,
                other.handler
                        .get("/items?unit=" + county.unit)
                        .body()
                        .path("total")
                        .asLong());
        assertEquals(404, other.deputyApi.get("/items/" + id).status());

        assertEquals(before, county.office.get("/items/" + id).body());
        assertEquals(2, county.office.get("/items/" + id + "/history").body().size());
    }

    @Test
    public void anAdministratorChecksThatEveryHistoryEntryIsAsItWasWritten() {
        County county = new County(admin, anonymous);
        long id = county.register("留痕核验");
        county.assign(id);
        Api.Answer audit = admin.get("/audit/history");
        assertEquals(audit.toString(), 200, audit.status());
        assertTrue(audit.toString(), audit.body().path("intact").asBoolean());
        assertTrue(audit.body().path("items").asLong() >= 1);
        assertTrue(audit.body().path("entries").asLong() >= 2);
        assertEquals(0, audit.body().path("breaks").size());
        assertProblem(county.office.get("/audit/history"), 403, null);
    }

    @Test
    public void aStaleVersionIsAConflictAndChangesNothing() {
        County county = new County(admin, anonymous);
        long id = county.register("状态冲突测试");
        county.assign(id);
        JsonNode before = county.item(id);

        Api.Answer unversioned = county.handler.post("/items/" + id + "/accept", "{}");
        assertProblem(unversioned, 428, "If-Match");
        assertTrue(unversioned.body().path("detail").asText().contains("版本"));
        Api.Answer early = county.deputyApi.step(id, "rating", json("satisfaction", "SATISFIED"));
        assertProblem(early, 409, null);
        assertTrue(early.body().path("detail").asText().contains("已交办"));
        Api.Answer current = county.handler.get("/items/" + id);
        assertEquals("\"" + before.path("version").asLong() + "\"", current.etag());
        Api.Answer staleTag = county.handler.postIfMatch(
                "/items/" + id + "/accept", "\"" + (before.path("version").asLong() - 1) + "\"", "{}");
        assertProblem(staleTag, 409, null);
        assertProblem(county.handler.postIfMatch("/items/" + id + "/accept", "\"abc\"", "{}"), 400, "If-Match");

        assertEquals(before, county.item(id));
        assertEquals(2, county.office.get("/items/" + id + "/history").body().size());

        Api.Answer fresh = county.handler.postIfMatch("/items/" + id + "/accept", current.etag(), "{}");
        assertEquals(fresh.toString(), 200, fresh.status());
        assertEquals("\"" + (before.path("version").asLong() + 1) + "\"", fresh.etag());
    }

    @Test
    public void everyErrorIsAProblemDetailWithTheRightStatusAndChangesNothing() {
        County county = new County(admin, anonymous);
        long item = county.register("关于完善步骤错误提示的建议");
        String version = county.office.get("/items/" + item).etag();
        long before = county.office.get("/items?size=1").body().path("total").asLong();

        Api.Answer noSuchStep = county.office.step(item, "approve-everything", "{}");
        assertProblem(noSuchStep, 404, null);
        assertEquals(
                "没有名为 approve-everything 的办理步骤",
                noSuchStep.body().path("detail").asText());
        assertEquals("NO_SUCH_STEP", noSuchStep.body().path("code").asText());
        Api.Answer inEnglish = county.office.request(
                "POST",
                "/items/" + item + "/approve-everything",
                "application/json",
                "{}".getBytes(StandardCharsets.UTF_8),
                Map.of("If-Match", version, "Accept-Language", "en-GB,en;q=0.9,zh;q=0.5"));
        assertProblem(inEnglish, 404, null);
        assertEquals(
                "a reader who chose English reads it",
                "no step approve-everything",
                inEnglish.body().path("detail").asText());
        Api.Answer stale =
                county.office.postIfMatch("/items/" + item + "/assign", "\"999\"", json("hostUnit", county.unit));
        assertProblem(stale, 409, null);
        assertEquals("ITEM_CHANGED", stale.body().path("code").asText());
        assertTrue(stale.toString(), stale.body().path("detail").asText().contains("请求基于版本 999"));
        assertProblem(county.office.step(item, "assign", "{\"hostUnit\":"), 400, null);
        assertProblem(county.office.step(item, "assign", ""), 400, "body");
        assertProblem(
                county.office.step(item, "assign", json("hostUnit", county.unit, "hostUnitt", "x")), 400, "hostUnitt");
        assertProblem(county.office.post("/items/" + item + "/assign", json("hostUnit", county.unit)), 428, null);
        assertEquals(
                "no refused step changed the item",
                version,
                county.office.get("/items/" + item).etag());

        assertProblem(county.office.send("application/json", "/items", "{\"kind\":"), 400, null);
        assertProblem(
                county.office.post(
                        "/items", json("kind", "SUGGESTIO", "title", "标题", "body", "正文", "submitter", county.deputy)),
                400,
                "kind");
        assertProblem(county.office.post("/items", json("kind", "SUGGESTION", "titel", "标题")), 400, "titel");
        assertProblem(anonymous.get("/items"), 401, null);
        assertProblem(
                county.handler.post(
                        "/items", json("kind", "SUGGESTION", "title", "标题", "body", "正文", "submitter", county.deputy)),
                403,
                null);
        assertProblem(county.office.get("/items/987654321"), 404, null);
        assertProblem(county.office.send("text/plain", "/items", "标题"), 415, null);
        Api.Answer empty = county.office.post(
                "/items", json("kind", "SUGGESTION", "title", " ", "body", "正文", "submitter", county.deputy));
        assertProblem(empty, 422, "title");
        assertTrue(empty.body().path("detail").asText().contains("标题不能为空"));
        assertEquals(
                "REQUIRED", empty.body().path("errors").path(0).path("code").asText());
        Api.Answer emptyInEnglish = county.office.request(
                "POST",
                "/items",
                "application/json",
                json("kind", "SUGGESTION", "title", " ", "body", "正文", "submitter", county.deputy)
                        .getBytes(StandardCharsets.UTF_8),
                Map.of("Accept-Language", "en"));
        assertProblem(emptyInEnglish, 422, "title");
        assertEquals(
                "a rule a field breaks is said in the reader's language alone",
                "the title must not be empty",
                emptyInEnglish.body().path("errors").path(0).path("message").asText());
        assertEquals(
                "a value breaks a rule", emptyInEnglish.body().path("title").asText());
        Api.Answer badPage =
                county.office.request("GET", "/items?page=x", null, null, Map.of("Accept-Language", "en-US"));
        assertProblem(badPage, 400, "page");
        assertEquals(
                "page must be an integer, not x", badPage.body().path("detail").asText());
        assertEquals("PARAMETER_NOT_INTEGER", badPage.body().path("code").asText());
        assertProblem(admin.post("/units", json("code", "Bad Code!", "name", "")), 422, "code");

        assertEquals(
                before, county.office.get("/items?size=1").body().path("total").asLong());
    }

    @Test
    public void theOfficeChoosesSubmittersByNameAndOthersMayNotListPeople() {
        County county = new County(admin, anonymous);
        JsonNode submitters = county.office.get("/people?role=SUBMITTER").body();
        JsonNode deputy = null;
        for (JsonNode person : submitters) {
            if (person.path("username").asText().equals(county.deputy)) {
                deputy = person;
            }
        }
        assertTrue(
                submitters.toString(),
                deputy != null && deputy.path("name").asText().equals("测试代表"));
        for (JsonNode person : submitters) {
            assertFalse("no phone or e-mail in the list: " + person, person.has("phone") || person.has("email"));
        }
        assertEquals(403, county.handler.get("/people?role=SUBMITTER").status());
        assertProblem(county.office.get("/people"), 400, "role");
        assertProblem(county.office.get("/people?role=KING"), 400, "role");
    }

    @Test
    public void aCountyRewordsARefusalInEtcAndTheNextAnswerSaysItWithNoRestart() throws Exception {
        County county = new County(admin, anonymous);
        Path file = Path.of(System.getProperty("karaf.etc"), "banli-messages.properties");
        String shipped = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue("the shipped file words refusals too", shipped.contains("REQUIRED = {label}不能为空"));
        String emptyTitle = json("kind", "SUGGESTION", "title", " ", "body", "正文", "submitter", county.deputy);
        try {
            Files.writeString(file, shipped + "\nREQUIRED = 请填写{label}\n", StandardCharsets.UTF_8);
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));
            Api.Answer reworded = county.office.post("/items", emptyTitle);
            assertProblem(reworded, 422, "title");
            assertEquals(
                    "请填写标题",
                    reworded.body().path("errors").path(0).path("message").asText());
            assertEquals(
                    "REQUIRED",
                    reworded.body().path("errors").path(0).path("code").asText());
        } finally {
            Files.writeString(file, shipped, StandardCharsets.UTF_8);
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(10)));
        }
        assertEquals(
                "标题不能为空",
                county.office
                        .post("/items", emptyTitle)
                        .body()
                        .path("errors")
                        .path(0)
                        .path("message")
                        .asText());
    }

    private static void assertProblem(Api.Answer answer, int status, String field) {
        assertEquals(answer.toString(), status, answer.status());
        assertTrue(answer.toString(), answer.contentType().startsWith(PROBLEM_JSON));
        assertEquals(status, answer.body().path("status").asInt());
        assertFalse(answer.body().path("title").asText().isEmpty());
        if (field != null) {
            assertEquals(
                    answer.toString(),
                    field,
                    answer.body().path("errors").path(0).path("field").asText());
        }
    }
}
