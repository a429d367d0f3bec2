package org.banli.itests;

import static org.awaitility.Awaitility.await;
import static org.banli.itests.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    /** The county's own system behind the webhook channel, in this test: each message id it was sent. */
    private static final Map<String, Integer> received = new ConcurrentHashMap<>();

    private static HttpServer receiver;
    private static ExecutorService receiving;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        assumeTrue(TestDatabase.postgresql(), "runs with the PostgreSQL suites, whose server it needs");
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/webhook", exchange -> {
            JsonNode message = new ObjectMapper().readTree(exchange.getRequestBody());
            received.merge(message.path("id").asText(), 1, Integer::sum);
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
            // The first start makes the schema and the first administrator; the second finds both.
            node.start(Map.of("BANLI_ADMIN_PASSWORD", ADMIN), node.api().as("admin", ADMIN));
            Processes.Result installed = node.console("admin", ADMIN, "feature:install banli-notify-webhook");
            assertEquals(0, installed.exitCode(), installed.output());
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
                .until(() -> received.size() >= count);
        assertEquals(count, received.size(), "one message for each assignment");
        assertEquals(
                Map.of(),
                received.entrySet().stream()
                        .filter(e -> e.getValue() != 1)
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)),
                "no message delivered twice");
    }
}
