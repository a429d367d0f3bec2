package org.banli.itests;

import static org.awaitility.Awaitility.await;
import static org.banli.itests.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two Banli nodes on one PostgreSQL database, as behind a county's load balancer: a login made on one
 * node is served by the other and ended there for both, and a step taken on one is seen on the other
 * at once (no node keeps a copy of the data), and with both dispatchers running every message reaches
 * the county's system once. Runs with the PostgreSQL suites.
 */
class ClusterIT {

    private static final String ADMIN = "cluster-Admin-密码-1";
    private static UnpackedDistribution first;
    private static UnpackedDistribution second;

    /** The county's own system behind the webhook channel, in this test: every message it was sent. */
    private static final Queue<Received> received = new ConcurrentLinkedQueue<>();

    private record Received(String id, String event, String recipient) {}

    private static HttpServer receiver;
    private static ExecutorService receiving;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        assumeTrue(TestDatabase.postgresql(), "runs with the PostgreSQL suites, whose server it needs");
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/webhook", exchange -> {
            JsonNode message = new ObjectMapper().readTree(exchange.getRequestBody());
            received.add(new Received(
                    message.path("id").asText(),
                    message.path("event").asText(),
                    message.path("recipient").path("username").asText()));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiving = Executors.newFixedThreadPool(4);
        receiver.setExecutor(receiving);
        receiver.start();
        String store = TestDatabase.newPostgresqlDatabase(null).entrySet().stream()
                .map(line -> line.getKey() + " = " + line.getValue())
                .collect(Collectors.joining("\n", "", "\n"));
        first = UnpackedDistribution.unpack("cluster-first");
        second = UnpackedDistribution.unpack("cluster-second");
        for (UnpackedDistribution node : List.of(first, second)) {
            node.quickPasswordHashes();
            node.writeEtc("org.banli.store.cfg", store);
            node.writeEtc(
                    "org.banli.notify.webhook.cfg",
                    "url = http://127.0.0.1:" + receiver.getAddress().getPort()
                            + "/webhook\nsecret = cluster-webhook-secret-0123456789\n");
            // Every item assigned today is within this reminder's window: the clock need not move.
            node.writeEtc("org.banli.reminders.cfg", "daysBefore = 200\n");
            node.writeEtc("org.banli.rest.cfg", "trustedProxies = 127.0.0.1, 0:0:0:0:0:0:0:1\n");
            // The first start makes the schema and the first administrator; the second finds both.
            node.start(Map.of("BANLI_ADMIN_PASSWORD", ADMIN), node.api().as("admin", ADMIN));
            // Right after the start the features service may still be reading its repositories ("No matching
            // features"): the administrator would simply try again.
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofSeconds(1))
                    .until(() -> node.console("admin", ADMIN, "feature:install banli-notify-webhook")
                                    .exitCode()
                            == 0);
        }
    }

    @AfterAll
    static void stopBoth() throws Exception {
        for (UnpackedDistribution node : new UnpackedDistribution[] {first, second}) {
            if (node != null && node.isRunning()) {
                node.stop();
            }
        }
        if (receiver != null) {
            receiver.stop(0);
            receiving.shutdownNow();
        }
    }

    @Test
    void aLoginMadeOnOneNodeIsServedByTheOtherAndEndedThereForBoth() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(first.url("/api/v1/session")))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        json("username", "admin", "password", ADMIN), StandardCharsets.UTF_8))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertEquals(200, login.statusCode(), login.body());
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().replaceFirst(";.*", "");
        String csrf =
                new ObjectMapper().readTree(login.body()).path("csrfToken").asText();

        Api.Answer elsewhere = second.api().request("GET", "/users/me", null, null, Map.of("Cookie", cookie));
        assertEquals(200, elsewhere.status(), "the other node serves the login: " + elsewhere);
        assertEquals("admin", elsewhere.body().path("username").asText());

        Api.Answer logout = second.api()
                .request(
                        "DELETE",
                        "/session",
                        null,
                        null,
                        Map.of(
                                "Cookie",
                                cookie,
                                "X-Banli-CSRF",
                                csrf,
                                "Origin",
                                "http://localhost:" + second.httpPort));
        assertEquals(204, logout.status(), logout.toString());
        for (UnpackedDistribution node : List.of(first, second)) {
            assertEquals(
                    401,
                    node.api()
                            .request("GET", "/users/me", null, null, Map.of("Cookie", cookie))
                            .status());
        }
    }

    @Test
    void aStepTakenOnOneNodeIsSeenOnTheOtherAtOnce() throws Exception {
        Api onFirst = first.api().as("admin", ADMIN);
        Api onSecond = second.api().as("admin", ADMIN);
        assertEquals(
                201,
                onFirst.post("/units", json("code", "jtj", "name", "县交通运输局")).status());
        Api office = first.api()
                .account(
                        onFirst,
                        "office-密码-1",
                        "username",
                        "office",
                        "displayName",
                        "政府办 刘敏",
                        "roles",
                        List.of("OFFICE"));
        first.api()
                .account(
                        onFirst,
                        "deputy-密码-1",
                        "username",
                        "deputy",
                        "displayName",
                        "赵代表",
                        "roles",
                        List.of("SUBMITTER"));
        Api.Answer registered = office.post(
                "/items",
                json("kind", "SUGGESTION", "title", "关于两个节点同看一件建议的建议", "body", "两个节点共用一个数据库。", "submitter", "deputy"));
        assertEquals(201, registered.status(), registered.toString());
        long id = registered.body().path("id").asLong();
        JsonNode seen = onSecond.get("/items/" + id).body();
        assertEquals("关于两个节点同看一件建议的建议", seen.path("title").asText());

        Api.Answer assigned = second.api()
                .as("office", "office-密码-1")
                .step(id, "assign", json("hostUnit", "jtj", "coUnits", new String[0]));
        assertEquals(200, assigned.status(), assigned.toString());
        assertEquals(
                "ASSIGNED", onFirst.get("/items/" + id).body().path("status").asText(), "seen on the first node");
    }

    @Test
    void withBothDispatchersRunningEachOfFiveHundredMessagesReachesTheCountysSystemOnce() throws Exception {
        Api onFirst = first.api().as("admin", ADMIN);
        assertEquals(
                201, onFirst.post("/units", json("code", "slj", "name", "县水利局")).status());
        Api office = first.api()
                .account(
                        onFirst,
                        "office2-密码-1",
                        "username",
                        "office2",
                        "displayName",
                        "政府办 王芳",
                        "roles",
                        List.of("OFFICE"));
        first.api()
                .account(
                        onFirst,
                        "deputy2-密码-1",
                        "username",
                        "deputy2",
                        "displayName",
                        "钱代表",
                        "roles",
                        List.of("SUBMITTER"));
        Api handler = first.api()
                .account(
                        onFirst,
                        "handler-密码-1",
                        "username",
                        "slj-handler",
                        "displayName",
                        "水利局 经办人",
                        "roles",
                        List.of("HANDLER"),
                        "unitCode",
                        "slj");
        assertEquals(
                200,
                handler.put("/inbox/channels", json("channels", List.of("webhook")))
                        .status());
        int count = 500;
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Api.Answer registered = office.post(
                    "/items",
                    json("kind", "PROPOSAL", "title", "关于第" + i + "处河道清淤的提案", "body", "河道淤积。", "submitter", "deputy2"));
            assertEquals(201, registered.status(), registered.toString());
            ids.add(registered.body().path("id").asLong());
        }
        Api[] offices = {first.api().as("office2", "office2-密码-1"), second.api().as("office2", "office2-密码-1")};
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> assigned = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                long id = ids.get(i);
                Api node = offices[i % 2]; // half the steps on each node, so that both queue and both deliver
                assigned.add(clients.submit(
                        () -> node.step(id, "assign", json("hostUnit", "slj", "coUnits", new String[0]))
                                .status()));
            }
            for (Future<Integer> status : assigned) {
                assertEquals(200, status.get());
            }
        } finally {
            clients.shutdownNow();
        }
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> deliveries("slj-handler", "item.assigned").size() >= count);
        Map<String, Long> timesEach = deliveries("slj-handler", "item.assigned").stream()
                .collect(Collectors.groupingBy(Received::id, Collectors.counting()));
        assertEquals(count, timesEach.size(), "one message for each assignment");
        assertEquals(
                Map.of(),
                timesEach.entrySet().stream()
                        .filter(e -> e.getValue() != 1)
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                "no message delivered twice");
    }

    @Test
    void withBothSchedulersRunningAtOnceAReminderGoesOutOnce() throws Exception {
        Api onFirst = first.api().as("admin", ADMIN);
        assertEquals(
                201,
                onFirst.post("/units", json("code", "hbj", "name", "县生态环境局")).status());
        Api office = first.api()
                .account(
                        onFirst,
                        "office3-密码-1",
                        "username",
                        "office3",
                        "displayName",
                        "政府办 孙丽",
                        "roles",
                        List.of("OFFICE"));
        first.api()
                .account(
                        onFirst,
                        "deputy3-密码-1",
                        "username",
                        "deputy3",
                        "displayName",
                        "李代表",
                        "roles",
                        List.of("SUBMITTER"));
        Api handler = first.api()
                .account(
                        onFirst,
                        "hbj-handler-密码-1",
                        "username",
                        "hbj-handler",
                        "displayName",
                        "生态环境局 经办人",
                        "roles",
                        List.of("HANDLER"),
                        "unitCode",
                        "hbj");
        assertEquals(
                200,
                handler.put("/inbox/channels", json("channels", List.of("webhook")))
                        .status());
        Api.Answer registered = office.post(
                "/items",
                json("kind", "SUGGESTION", "title", "关于治理城区噪声的建议", "body", "夜间施工噪声扰民。", "submitter", "deputy3"));
        assertEquals(201, registered.status(), registered.toString());
        long id = registered.body().path("id").asLong();
        assertEquals(
                200,
                office.step(id, "assign", json("hostUnit", "hbj", "coUnits", new String[0]))
                        .status());

        // Both nodes' schedulers at once, twice each, as when their hourly runs coincide.
        ExecutorService schedulers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Processes.Result>> runs = new ArrayList<>();
            for (UnpackedDistribution node : List.of(first, second, first, second)) {
                runs.add(schedulers.submit(() -> node.console("admin", ADMIN, "banli:remind")));
            }
            for (Future<Processes.Result> run : runs) {
                Processes.Result result = run.get();
                assertEquals(0, result.exitCode(), result.output());
                assertTrue(result.output().contains("reminders sent:"), result.output());
            }
        } finally {
            schedulers.shutdownNow();
        }
        await().atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> deliveries("hbj-handler", "item.reminder.").size() >= 1);
        await().during(Duration.ofSeconds(5))
                .atMost(Duration.ofSeconds(20))
                .until(() -> deliveries("hbj-handler", "item.reminder.").size() == 1);
    }

    @Test
    void wrongPasswordsThroughOneNodeDelayTheGuesserOnTheOtherAndAChangedPasswordEndsAtOnceOnBoth() throws Exception {
        Api onFirst = first.api().as("admin", ADMIN);
        first.api()
                .account(
                        onFirst,
                        "guessed-密码-1",
                        "username",
                        "guessed",
                        "displayName",
                        "周科长",
                        "roles",
                        List.of("SUPERVISOR"));
        // Everyone comes through the county's proxy (this test's own address), which names the client.
        String guesser = "203.0.113.7";
        String realUser = "198.51.100.20";
        assertEquals(200, me(second, "guessed", "guessed-密码-1", realUser), "the second node now remembers it");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, me(first, "guessed", "guess-" + i, guesser));
        }
        assertEquals(429, me(second, "guessed", "guess-5", guesser), "the other node counts the first's failures");
        assertEquals(
                429,
                me(second, "guessed", "guessed-密码-1", guesser),
                "not even the right password, which the other node remembers, is a free answer to the guesser");
        assertEquals(
                200,
                me(second, "guessed", "guessed-密码-1", realUser),
                "the real user at another address behind the same proxy is not locked out");

        assertEquals(
                204,
                first.api()
                        .as("guessed", "guessed-密码-1")
                        .post(
                                "/users/me/password",
                                json("currentPassword", "guessed-密码-1", "newPassword", "guessed-新密码-2"))
                        .status());
        assertEquals(
                401,
                me(second, "guessed", "guessed-密码-1", realUser),
                "the old password, remembered by the other node, ends there at once");
        assertEquals(200, me(second, "guessed", "guessed-新密码-2", realUser));
    }

    /** {@code GET /users/me} on {@code node} as the proxy forwards it for {@code client}: the status. */
    private static int me(UnpackedDistribution node, String username, String password, String client) {
        return node.api()
                .as(username, password)
                .request("GET", "/users/me", null, null, Map.of("X-Forwarded-For", client))
                .status();
    }

    @Test
    void whenOneNodeIsKilledMidLoadTheOtherCarriesOnAndNoAcknowledgedRegistrationIsLost() throws Exception {
        Api onFirst = first.api().as("admin", ADMIN);
        first.api()
                .account(
                        onFirst,
                        "office4-密码-1",
                        "username",
                        "office4",
                        "displayName",
                        "政府办 周强",
                        "roles",
                        List.of("OFFICE"));
        first.api()
                .account(
                        onFirst,
                        "deputy4-密码-1",
                        "username",
                        "deputy4",
                        "displayName",
                        "吴代表",
                        "roles",
                        List.of("SUBMITTER"));
        Api[] offices = {first.api().as("office4", "office4-密码-1"), second.api().as("office4", "office4-密码-1")};
        Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicInteger sent = new AtomicInteger();
        int clients = 8;
        int each = 60;
        ExecutorService load = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                running.add(load.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        String title = "关于第" + client + "组第" + i + "条道路修缮的建议";
                        sent.incrementAndGet();
                        // As a load balancer would: the next node when one does not answer.
                        for (int attempt = 0; attempt < 2; attempt++) {
                            Api node = offices[(client + i + attempt) % 2];
                            try {
                                Api.Answer answer = node.post(
                                        "/items",
                                        json(
                                                "kind",
                                                "SUGGESTION",
                                                "title",
                                                title,
                                                "body",
                                                "路面破损。",
                                                "submitter",
                                                "deputy4"));
                                if (answer.status() == 201) {
                                    acknowledged.add(title);
                                    break;
                                }
                            } catch (UncheckedIOException refused) {
                                // the killed node: try the other
                            }
                        }
                    }
                    return null;
                }));
            }
            await().atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> acknowledged.size() >= clients * each / 3);
            second.kill();
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            load.shutdownNow();
        }
        assertTrue(
                acknowledged.size() > clients * each / 2,
                "the first node carried on after the second was killed: " + acknowledged.size() + " of " + sent);
        Set<String> stored = new HashSet<>();
        for (int page = 0; ; page++) {
            Api.Answer listed = onFirst.get("/items?total=false&size=100&page=" + page);
            assertEquals(200, listed.status(), listed.toString());
            listed.body()
                    .path("items")
                    .forEach(item -> stored.add(item.path("title").asText()));
            if (!listed.body().path("more").asBoolean()) {
                break;
            }
        }
        // A registration cut off with its node may be stored or not, and stored again by the retry; only what
        // was acknowledged is promised.
        assertEquals(
                List.of(),
                acknowledged.stream().filter(title -> !stored.contains(title)).toList(),
                "every acknowledged registration is stored");
        Api.Answer after = offices[0].post(
                "/items", json("kind", "SUGGESTION", "title", "关于节点宕机之后的建议", "body", "照常办理。", "submitter", "deputy4"));
        assertEquals(201, after.status(), after.toString());

        second.start(Map.of(), second.api().as("admin", ADMIN));
        assertEquals(
                "关于节点宕机之后的建议",
                second.api()
                        .as("office4", "office4-密码-1")
                        .get("/items/" + after.body().path("id").asLong())
                        .body()
                        .path("title")
                        .asText(),
                "the killed node, started again, serves what the other did meanwhile");
    }

    /** What the county's system received for {@code recipient} of events beginning with {@code event}. */
    private static List<Received> deliveries(String recipient, String event) {
        return received.stream()
                .filter(r -> r.recipient().equals(recipient) && r.event().startsWith(event))
                .toList();
    }
}
