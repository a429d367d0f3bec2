package org.banli.itests;

import static org.awaitility.Awaitility.await;
import static org.banli.itests.Api.json;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.inject.Inject;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The REST API of the real distribution, over real HTTP: one container for the class. Each
 * test makes its own units and accounts, so the tests do not depend on each other's order.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RestApiIT {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    private BundleContext bundleContext;

    @Inject
    private ConfigurationAdmin configAdmin;

    private Api anonymous;
    private Api admin;
    private String adminPassword;

    @Configuration
    public Option[] config() {
        return BanliDistribution.options();
    }

    @Before
    public void waitForBanli() throws Exception {
        anonymous = Api.at(Integer.getInteger(BanliDistribution.HTTP_PORT_PROPERTY));
        Path passwordFile = Path.of(System.getProperty("karaf.data"), "banli", "admin-password.txt");
        await().atMost(Duration.ofSeconds(90)).until(() -> Files.isRegularFile(passwordFile));
        adminPassword = Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
        admin = anonymous.as("admin", adminPassword);
        // REST, the JAAS realm and the database come up at different moments: wait for all of them.
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions()
                .until(() -> admin.get("/units").status() == 200 && anonymous.get("/health").status() == 200);
    }

    @Test
    public void healthAndOpenApiAnswerWithoutLogin() {
        Api.Answer health = anonymous.get("/health");
        assertEquals(200, health.status());
        assertEquals("UP", health.body().path("status").asText());
        assertFalse(health.body().path("version").asText().isEmpty());

        Api.Answer openApi = anonymous.get("/openapi.json");
        assertEquals(openApi.toString(), 200, openApi.status());
        JsonNode paths = openApi.body().path("paths");
        for (String[] endpoint : new String[][] { { "/api/v1/health", "get" }, { "/api/v1/openapi.json", "get" },
                { "/api/v1/units", "get" }, { "/api/v1/units", "post" }, { "/api/v1/users", "get" },
                { "/api/v1/users", "post" }, { "/api/v1/users/me", "get" }, { "/api/v1/users/me/password", "post" },
                { "/api/v1/users/{username}", "get" }, { "/api/v1/units/{code}", "get" }, { "/api/v1/items", "get" },
                { "/api/v1/items", "post" }, { "/api/v1/items/{id}", "get" }, { "/api/v1/items/{id}/assign", "post" },
                { "/api/v1/items/{id}/reply", "post" }, { "/api/v1/items/{id}/rating", "post" },
                { "/api/v1/items/{id}/history", "get" }, { "/api/v1/items/{id}/replies", "get" },
                { "/api/v1/items/{id}/ratings", "get" } }) {
            assertTrue("OpenAPI lacks " + endpoint[1] + " " + endpoint[0],
                    paths.path(endpoint[0]).has(endpoint[1]));
        }
        assertEquals(19, countOperations(paths));
        assertTrue(paths.path("/api/v1/items").path("post").has("security"));
        assertFalse(paths.path("/api/v1/health").path("get").has("security"));
        assertTrue(openApi.body().path("components").path("schemas").path("ItemDTO").path("properties")
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
    public void dataSurvivesTheDatabaseBeingShutDownAndOpenedAgain() throws Exception {
        County county = new County();
        long id = county.register("数据库重新打开后仍在的建议");
        county.assign(id);
        JsonNode before = county.office.get("/items/" + id).body();
        Bundle store = bundle("org.banli.store.jpa");
        store.stop(); // closes EclipseLink and shuts embedded Derby down: its files are all that is left
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> anonymous.get("/health").status() == 503);
        } finally {
            store.start();
        }
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(
                () -> anonymous.get("/health").status() == 200 && county.office.get("/items/" + id).status() == 200);
        assertEquals(before, county.office.get("/items/" + id).body());
        assertEquals(2, county.office.get("/items/" + id + "/history").body().size());
    }

    private Bundle bundle(String symbolicName) {
        return Arrays.stream(bundleContext.getBundles()).filter(b -> b.getSymbolicName().equals(symbolicName))
                .findFirst().orElseThrow();
    }

    @Test
    public void healthSaysWhenTheCoreIsDownAndTheApiRecoversWithIt() throws Exception {
        Bundle core = bundle("org.banli.core");
        core.stop();
        try {
            await().atMost(Duration.ofSeconds(30)).until(
                    () -> anonymous.get("/health").status() == 503 && admin.get("/units").status() == 503);
            assertEquals("DOWN", anonymous.get("/health").body().path("status").asText());
            assertProblem(admin.get("/units"), 503, null);
            assertProblem(anonymous.get("/items/1"), 503, null);
        } finally {
            core.start();
        }
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .until(() -> anonymous.get("/health").status() == 200 && admin.get("/units").status() == 200);
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
                ServiceRegistration<ProbeResource> registration = bundleContext.registerService(ProbeResource.class,
                        new ProbeResource(), properties);
                await().atMost(Duration.ofSeconds(20)).until(() -> admin.get("/itest-probe").status() == 200);
                assertEquals("你好", admin.get("/itest-probe").body().path("greeting").asText());
                registration.unregister();
                await().atMost(Duration.ofSeconds(20)).until(() -> admin.get("/itest-probe").status() == 404);
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
        assertTrue("a generated password is long", adminPassword.length() >= 20);
        assertEquals("admin", admin.get("/users/admin").body().path("username").asText());
        JsonNode me = admin.get("/users/me").body();
        assertEquals("admin", me.path("username").asText());
        assertTrue(me.path("mustChangePassword").asBoolean());
        assertFalse("a hash never leaves the server", admin.get("/users").text().contains("pbkdf2"));
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
            }).login();
            return true;
        } catch (LoginException e) {
            return false;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Test
    public void aUserChangesTheirPasswordAndTheOldOneStopsWorkingAtOnce() {
        County county = new County();
        assertEquals(200, county.deputyApi.get("/users/me").status());
        Api.Answer wrong = county.deputyApi.post("/users/me/password",
                json("currentPassword", "not-my-password", "newPassword", "新密码-new-password-1"));
        assertProblem(wrong, 422, "currentPassword");
        Api.Answer changed = county.deputyApi.post("/users/me/password",
                json("currentPassword", county.deputyPassword, "newPassword", "新密码-new-password-1"));
        assertEquals(changed.toString(), 204, changed.status());
        assertEquals(401, county.deputyApi.get("/users/me").status());
        assertEquals(200, anonymous.as(county.deputy, "新密码-new-password-1").get("/users/me").status());
    }

    @Test
    public void anItemGoesFromRegistrationToClosedWithChineseTextIntact() {
        County county = new County();
        String title = "关于加快推进“城乡学校午餐”改善工作的建议（第二稿）";
        String body = "近年来，我县农村学校午餐条件仍有差距。建议：一、县财政加大投入；二、建立食品安全追溯制度。🍚 ";
        Api.Answer registered = county.office.post("/items", json("kind", "SUGGESTION", "title", title, "body", body,
                "submitter", county.deputy, "category", "教育", "keyItem", true, "leadingOfficial", "王副县长"));
        assertEquals(registered.toString(), 201, registered.status());
        JsonNode item = registered.body();
        long id = item.path("id").asLong();
        assertEquals(title, item.path("title").asText());
        assertEquals(body, item.path("body").asText());
        assertEquals("REGISTERED", item.path("status").asText());
        assertTrue(item.path("label").asText().matches("\\d{4}年建议第\\d+号"));

        Api.Answer assigned = county.office.post("/items/" + id + "/assign",
                json("version", item.path("version").asLong(), "hostUnit", county.unit, "reason", "属教育类"));
        assertEquals(assigned.toString(), 200, assigned.status());
        assertEquals("ASSIGNED", assigned.body().path("status").asText());
        assertEquals(county.unit, assigned.body().path("hostUnit").asText());
        assertFalse(assigned.body().path("deadline").isMissingNode());

        String replyText = "经研究，我局已将农村学校午餐补助列入2027年预算，并建立食品安全追溯制度。";
        Api.Answer replied = county.handler.post("/items/" + id + "/reply", json("replyClass", "A", "text", replyText,
                "signer", "县教育局局长", "contactPerson", "李四", "contactPhone", "0571-88886666"));
        assertEquals(replied.toString(), 200, replied.status());
        assertEquals("REPLIED", replied.body().path("status").asText());

        Api.Answer rated = county.deputyApi.post("/items/" + id + "/rating",
                json("satisfaction", "SATISFIED", "comment", "办理认真，非常满意"));
        assertEquals(rated.toString(), 200, rated.status());
        assertEquals("CLOSED", rated.body().path("status").asText());

        JsonNode stored = county.office.get("/items/" + id).body();
        assertEquals(title, stored.path("title").asText());
        assertEquals(body, stored.path("body").asText());
        assertEquals("教育", stored.path("category").asText());
        assertEquals("王副县长", stored.path("leadingOfficial").asText());
        JsonNode reply = county.deputyApi.get("/items/" + id + "/replies").body().path(0);
        assertEquals(replyText, reply.path("text").asText());
        assertEquals("县教育局局长", reply.path("signer").asText());
        assertEquals("李四", reply.path("contactPerson").asText());
        assertEquals("测试代表", county.deputyApi.get("/users/me").body().path("displayName").asText());
        JsonNode rating = county.office.get("/items/" + id + "/ratings").body().path(0);
        assertEquals("办理认真，非常满意", rating.path("comment").asText());
        assertEquals(county.deputy, rating.path("enteredBy").asText());
        assertFalse(rating.path("enteredFrom").asText().isEmpty());
        JsonNode seenByUnit = county.handler.get("/items/" + id + "/ratings").body().path(0);
        assertEquals("SATISFIED", seenByUnit.path("satisfaction").asText());
        assertTrue("the unit does not see where the rating came from", seenByUnit.path("enteredFrom").isMissingNode());

        List<String> actions = new ArrayList<>();
        county.office.get("/items/" + id + "/history").body().forEach(e -> actions.add(e.path("action").asText()
                + ":" + e.path("toStatus").asText() + ":" + e.path("actor").asText()));
        assertEquals(List.of("REGISTER:REGISTERED:" + county.officeName, "ASSIGN:ASSIGNED:" + county.officeName,
                "REPLY:REPLIED:" + county.handlerName, "RATE:CLOSED:" + county.deputy), actions);
        assertEquals("属教育类", county.office.get("/items/" + id + "/history").body().path(1).path("reason").asText());
    }

    @Test
    public void aCountysDeadlineRuleChangesWithoutARestart() throws Exception {
        County county = new County();
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        org.osgi.service.cm.Configuration rules = configAdmin.getConfiguration("org.banli.handling", null);
        Dictionary<String, Object> original = rules.getProperties();
        Hashtable<String, Object> changed = new Hashtable<>();
        for (Enumeration<String> keys = original.keys(); keys.hasMoreElements();) {
            String key = keys.nextElement();
            changed.put(key, original.get(key));
        }
        changed.put("replyMonths", "5");
        rules.update(changed);
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                long id = county.register("期限配置测试");
                LocalDate today = LocalDate.now(shanghai);
                String deadline = county.office.post("/items/" + id + "/assign", json("hostUnit", county.unit)).body()
                        .path("deadline").asText();
                return deadline.equals(today.plusMonths(5).toString())
                        || deadline.equals(LocalDate.now(shanghai).plusMonths(5).toString());
            });
        } finally {
            rules.update(original);
        }
    }

    @Test
    public void listsFilterAndPage() {
        County county = new County();
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            ids.add(county.register("分页测试第" + i + "件"));
        }
        long proposal = county.office.post("/items", json("kind", "PROPOSAL", "title", "提案过滤测试", "body", "正文",
                "submitter", county.deputy)).body().path("id").asLong();
        county.assign(ids.get(0));
        county.assign(ids.get(1));

        JsonNode byUnit = county.office.get("/items?unit=" + county.unit + "&size=1&page=1").body();
        assertEquals(2, byUnit.path("total").asLong());
        assertEquals(1, byUnit.path("items").size());
        assertEquals(1, byUnit.path("page").asInt());

        JsonNode mine = county.deputyApi.get("/items?size=200").body();
        assertEquals("the deputy sees exactly their own four items", 4, mine.path("total").asLong());
        JsonNode proposals = county.deputyApi.get("/items?kind=PROPOSAL&year=" + Year.now(ZoneId.of("Asia/Shanghai")).getValue()).body();
        assertEquals(1, proposals.path("total").asLong());
        assertEquals(proposal, proposals.path("items").path(0).path("id").asLong());
        JsonNode registered = county.deputyApi.get("/items?status=REGISTERED&size=200").body();
        assertEquals(2, registered.path("total").asLong());

        Api.Answer badStatus = county.office.get("/items?status=DONE");
        assertEquals(400, badStatus.status());
        assertEquals("status", badStatus.body().path("errors").path(0).path("field").asText());
    }

    @Test
    public void aHandlerOfAnotherUnitNeitherSeesNorChangesTheItem() {
        County county = new County();
        County other = new County();
        long id = county.register("跨单位访问测试");
        county.assign(id);
        JsonNode before = county.office.get("/items/" + id).body();

        assertEquals(404, other.handler.get("/items/" + id).status());
        Api.Answer reply = other.handler.post("/items/" + id + "/reply",
                json("replyClass", "A", "text", "这是另一个单位的越权答复内容。"));
        assertEquals(404, reply.status());
        assertFalse("no data leaks in the error", reply.text().contains("跨单位访问测试"));
        assertEquals(0, other.handler.get("/items?unit=" + county.unit).body().path("total").asLong());
        assertEquals(404, other.deputyApi.get("/items/" + id).status());

        assertEquals(before, county.office.get("/items/" + id).body());
        assertEquals(2, county.office.get("/items/" + id + "/history").body().size());
        assertEquals(0, county.office.get("/items/" + id + "/replies").body().size());
    }

    @Test
    public void aRefusedTransitionLeavesTheItemUnchanged() {
        County county = new County();
        long id = county.register("状态冲突测试");
        county.assign(id);
        JsonNode before = county.office.get("/items/" + id).body();

        Api.Answer early = county.deputyApi.post("/items/" + id + "/rating", json("satisfaction", "SATISFIED"));
        assertEquals(409, early.status());
        assertTrue(early.contentType().startsWith(PROBLEM_JSON));
        Api.Answer stale = county.handler.post("/items/" + id + "/reply",
                json("version", before.path("version").asLong() - 1, "replyClass", "A", "text", "基于旧版本的答复内容。"));
        assertEquals(409, stale.status());

        Api.Answer current = county.handler.get("/items/" + id);
        assertEquals("\"" + before.path("version").asLong() + "\"", current.etag());
        Api.Answer staleTag = county.handler.postIfMatch("/items/" + id + "/reply",
                "\"" + (before.path("version").asLong() - 1) + "\"", json("replyClass", "A", "text", "基于旧版本的答复内容。"));
        assertProblem(staleTag, 409, null);
        assertProblem(county.handler.postIfMatch("/items/" + id + "/reply", "\"abc\"",
                json("replyClass", "A", "text", "版本号格式错误的答复。")), 400, "If-Match");

        assertEquals(before, county.office.get("/items/" + id).body());
        assertEquals(2, county.office.get("/items/" + id + "/history").body().size());
        assertEquals(0, county.office.get("/items/" + id + "/ratings").body().size());

        Api.Answer fresh = county.handler.postIfMatch("/items/" + id + "/reply", current.etag(),
                json("replyClass", "A", "text", "基于最新版本的答复，应当成功。"));
        assertEquals(fresh.toString(), 200, fresh.status());
        assertEquals("\"" + (before.path("version").asLong() + 1) + "\"", fresh.etag());
    }

    @Test
    public void everyErrorIsAProblemDetailWithTheRightStatusAndChangesNothing() {
        County county = new County();
        long before = county.office.get("/items?size=1").body().path("total").asLong();

        assertProblem(county.office.send("application/json", "/items", "{\"kind\":"), 400, null);
        assertProblem(county.office.post("/items", json("kind", "SUGGESTIO", "title", "标题", "body", "正文",
                "submitter", county.deputy)), 400, "kind");
        assertProblem(county.office.post("/items", json("kind", "SUGGESTION", "titel", "标题")), 400, "titel");
        assertProblem(anonymous.get("/items"), 401, null);
        assertProblem(county.handler.post("/items", json("kind", "SUGGESTION", "title", "标题", "body", "正文",
                "submitter", county.deputy)), 403, null);
        assertProblem(county.office.get("/items/987654321"), 404, null);
        assertProblem(county.office.send("text/plain", "/items", "标题"), 415, null);
        Api.Answer empty = county.office.post("/items", json("kind", "SUGGESTION", "title", " ", "body", "正文",
                "submitter", county.deputy));
        assertProblem(empty, 422, "title");
        assertTrue(empty.body().path("detail").asText().contains("标题不能为空"));
        assertProblem(admin.post("/units", json("code", "Bad Code!", "name", "")), 422, "code");

        assertEquals(before, county.office.get("/items?size=1").body().path("total").asLong());
    }

    private static void assertProblem(Api.Answer answer, int status, String field) {
        assertEquals(answer.toString(), status, answer.status());
        assertTrue(answer.toString(), answer.contentType().startsWith(PROBLEM_JSON));
        assertEquals(status, answer.body().path("status").asInt());
        assertFalse(answer.body().path("title").asText().isEmpty());
        if (field != null) {
            assertEquals(answer.toString(), field, answer.body().path("errors").path(0).path("field").asText());
        }
    }

    /** A unit with its handler, an office clerk and a deputy, all new, named uniquely. */
    private final class County {
        final String unit = "u" + UUID.randomUUID().toString().substring(0, 8);
        final String officeName = unit + "-office";
        final String handlerName = unit + "-handler";
        final String deputy = unit + "-deputy";
        final Api office;
        final Api handler;
        final Api deputyApi;
        final String deputyPassword = "pw-" + UUID.randomUUID();

        County() {
            Api.Answer created = admin.post("/units", json("code", unit, "name", "测试单位" + unit));
            assertEquals(201, created.status());
            assertEquals("测试单位" + unit, admin.get("/units/" + unit).body().path("name").asText());
            office = account(officeName, Set.of("OFFICE"), null, "政府办测试员");
            handler = account(handlerName, Set.of("HANDLER"), unit, "经办人测试员");
            deputyApi = account(deputy, Set.of("SUBMITTER"), null, "测试代表", deputyPassword);
        }

        private Api account(String username, Set<String> roles, String unitCode, String name) {
            return account(username, roles, unitCode, name, "pw-" + UUID.randomUUID());
        }

        private Api account(String username, Set<String> roles, String unitCode, String name, String password) {
            Api.Answer created = admin.post("/users", json("username", username, "displayName", name, "password",
                    password, "roles", roles, "unitCode", unitCode));
            assertEquals(created.toString(), 201, created.status());
            return anonymous.as(username, password);
        }

        long register(String title) {
            Api.Answer answer = office.post("/items",
                    json("kind", "SUGGESTION", "title", title, "body", title + "的正文", "submitter", deputy));
            assertEquals(answer.toString(), 201, answer.status());
            return answer.body().path("id").asLong();
        }

        void assign(long id) {
            Api.Answer answer = office.post("/items/" + id + "/assign", json("hostUnit", unit));
            assertEquals(answer.toString(), 200, answer.status());
        }
    }
}
