package org.banli.itests;

import static org.banli.itests.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two Banli nodes on one PostgreSQL database, as behind a county's load balancer: a login made on one
 * node is served by the other and ended there for both, and a step taken on one is seen on the other
 * at once (no node keeps a copy of the data). Runs with the PostgreSQL suites.
 */
class ClusterIT {

    private static final String ADMIN = "cluster-Admin-密码-1";
    private static UnpackedDistribution first;
    private static UnpackedDistribution second;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        assumeTrue(TestDatabase.postgresql(), "runs with the PostgreSQL suites, whose server it needs");
        String store = TestDatabase.newPostgresqlDatabase(null).entrySet().stream()
                .map(line -> line.getKey() + " = " + line.getValue())
                .collect(Collectors.joining("\n", "", "\n"));
        first = UnpackedDistribution.unpack("cluster-first");
        second = UnpackedDistribution.unpack("cluster-second");
        for (UnpackedDistribution node : List.of(first, second)) {
            node.quickPasswordHashes();
            node.writeEtc("org.banli.store.cfg", store);
            // The first start makes the schema and the first administrator; the second finds both.
            node.start(Map.of("BANLI_ADMIN_PASSWORD", ADMIN), node.api().as("admin", ADMIN));
        }
    }

    @AfterAll
    static void stopBoth() throws Exception {
        for (UnpackedDistribution node : new UnpackedDistribution[] {first, second}) {
            if (node != null && node.isRunning()) {
                node.stop();
            }
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
}
