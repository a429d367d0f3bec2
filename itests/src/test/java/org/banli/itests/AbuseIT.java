package org.banli.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API as an attacker and a careless client use it, driven by the OpenAPI document the server
 * serves, so that an endpoint added later is covered without editing this class: every operation
 * refused to whoever may not use it, and a generated run of hostile input against every operation
 * and every field; no answer is a 5xx, no refused request changes anything.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class AbuseIT extends BanliExamTest {

    private static final Logger LOG = LoggerFactory.getLogger(AbuseIT.class);

    /** A person's own business, which any account may do for itself. */
    private static final Set<String> SELF_SERVICE = Set.of(
            "/api/v1/session",
            "/api/v1/users/me/password",
            "/api/v1/inbox/channels",
            "/api/v1/inbox/{id}/read",
            "/api/v1/inbox/read");

    private static final Set<String> WRITES = Set.of("post", "put", "delete");

    @Test
    public void everyOperationIsRefusedToWhoeverMayNotUseItAndNothingChanges() {
        County county = new County(admin, anonymous);
        County outsiders = new County(admin, anonymous);
        long id = county.register("越权测试");
        county.assign(id);
        Function<String, String> path = template -> concrete(template, id, county);
        Map<String, String> before = state(county, id);
        List<String> wrong = new ArrayList<>();
        int tried = 0;
        for (Operation operation : operations()) {
            if (!operation.secured()) {
                continue;
            }
            String target = path.apply(operation.path());
            List<Refusal> refusals = new ArrayList<>();
            refusals.add(new Refusal("anonymous", anonymous, Set.of(401)));
            if (operation.path().startsWith("/api/v1/items/{id}")) {
                // Refused for the role (403) or for the item (404), never with anything of the item.
                refusals.add(new Refusal("another unit's handler", outsiders.handler, Set.of(403, 404)));
                refusals.add(new Refusal("another deputy", outsiders.deputyApi, Set.of(403, 404)));
            } else if (WRITES.contains(operation.method()) && !SELF_SERVICE.contains(operation.path())) {
                refusals.add(new Refusal("a deputy", outsiders.deputyApi, Set.of(403, 404)));
            }
            for (Refusal refusal : refusals) {
                tried++;
                // A body that would pass, so that the person is the only reason to refuse.
                Api.Answer answer = refusal.who()
                        .request(
                                operation.method().toUpperCase(),
                                target,
                                operation.bodyType(),
                                operation.hasBody()
                                        ? bytes(
                                                operation.bodyType().equals("application/json")
                                                        ? plausible(operation.properties())
                                                                .toString()
                                                        : "越权测试")
                                        : null,
                                Map.of("If-Match", "*"));
                if (!refusal.expected().contains(answer.status())
                        || !answer.contentType().contains("problem+json")
                        || answer.text().contains("越权测试")) {
                    wrong.add(operation + " by " + refusal.name() + ": " + answer);
                }
            }
            Map<String, String> now = state(county, id);
            if (!now.equals(before)) {
                wrong.add(operation + " changed " + difference(before, now));
                before = now;
            }
        }
        assertEquals("refused requests answered otherwise or changed something", List.of(), wrong);
        assertTrue("every secured operation was tried: " + tried, tried > 60);
        LOG.info("Abuse suite: {} requests by people who may not make them, every one refused, nothing changed", tried);
    }

    @Test
    public void tenThousandHostileRequestsGetNoServerErrorAndChangeNothing() throws Exception {
        County county = new County(admin, anonymous);
        long id = county.register("恶意输入测试");
        county.assign(id);
        Map<String, String> before = state(county, id);
        List<Api> senders = List.of(
                admin,
                county.office,
                county.supervisor,
                county.handler,
                county.head,
                county.coHandler,
                county.deputyApi);
        List<Map.Entry<Operation, Hostile>> requests = new ArrayList<>();
        for (Operation operation : operations()) {
            for (Hostile hostile : hostile(operation, id, county)) {
                requests.add(Map.entry(operation, hostile));
            }
        }
        List<String> serverErrors = Collections.synchronizedList(new ArrayList<>());
        List<String> accepted = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger reads = new AtomicInteger();
        // Every sender at once, as several people would: each goes through every request in turn.
        ExecutorService clients = Executors.newFixedThreadPool(senders.size());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Api sender : senders) {
                done.add(clients.submit(() -> {
                    for (Map.Entry<Operation, Hostile> request : requests) {
                        Operation operation = request.getKey();
                        Hostile hostile = request.getValue();
                        sent.incrementAndGet();
                        Api.Answer answer = sender.request(
                                operation.method().toUpperCase(),
                                hostile.path(),
                                hostile.contentType(),
                                hostile.body(),
                                hostile.headers());
                        reads.addAndGet(answer.status() < 300 ? 1 : 0);
                        if (answer.status() >= 500) {
                            serverErrors.add(operation + " " + hostile.what() + ": " + answer);
                        } else if (WRITES.contains(operation.method())
                                && answer.status() < 300
                                && !operation.path().equals("/api/v1/session")) {
                            accepted.add(operation + " " + hostile.what() + ": " + answer.status());
                        }
                    }
                }));
            }
            for (Future<?> client : done) {
                client.get();
            }
        } finally {
            clients.shutdownNow();
        }
        assertEquals("answers ≥ 500", List.of(), serverErrors.stream().limit(20).toList());
        assertEquals(
                "hostile writes accepted",
                List.of(),
                accepted.stream().limit(20).toList());
        assertEquals("nothing changed", before, state(county, id));
        assertTrue("requests sent: " + sent, sent.get() >= 10_000);
        LOG.info("Abuse suite: {} hostile requests, {} answered 2xx (reads), none ≥ 500, nothing changed", sent, reads);
    }

    /** One way a request goes wrong: the path it goes to, and what it carries. */
    private record Hostile(String what, String path, String contentType, byte[] body, Map<String, String> headers) {}

    /** Every operation's path, query, header and body spoiled one part at a time. */
    private List<Hostile> hostile(Operation operation, long id, County county) {
        List<Hostile> all = new ArrayList<>();
        String path = concrete(operation.path(), id, county);
        Map<String, String> versioned = Map.of("If-Match", "*");
        String json = "application/json";
        if (operation.path().contains("{")) {
            for (String value : List.of(
                    "-1",
                    "0",
                    "9223372036854775808",
                    "abc",
                    "%2e%2e%2f%2e%2e",
                    "1%00",
                    "%E9%95%BF".repeat(300),
                    "1;DROP%20TABLE%20BANLI_ITEM",
                    "1.5",
                    "%20",
                    "0x10")) {
                all.add(new Hostile(
                        "path " + value,
                        operation.path().replace("/api/v1", "").replaceAll("\\{[^}]+}", value),
                        json,
                        operation.hasBody() ? bytes("{}") : null,
                        versioned));
            }
        }
        for (String parameter : operation.query()) {
            for (String value : List.of(
                    "-1",
                    "2147483648",
                    "abc",
                    "",
                    "%00",
                    "%E9%95%BF".repeat(2000),
                    "%27%20OR%201%3D1",
                    "1e999",
                    "true%0d%0aX-Injected:%201",
                    "2026-02-30",
                    "NaN",
                    "null",
                    "%3Cscript%3E")) {
                all.add(new Hostile(
                        "query " + parameter + "=" + value,
                        path + "?" + parameter + "=" + value,
                        null,
                        null,
                        Map.of()));
            }
        }
        if (!operation.hasBody()) {
            return all;
        }
        if (operation.versioned()) {
            all.add(new Hostile("If-Match garbage", path, json, bytes("{}"), Map.of("If-Match", "\"abc\", W/\"-1\"")));
            all.add(new Hostile(
                    "no If-Match",
                    path,
                    json,
                    bytes(plausible(operation.properties()).toString()),
                    Map.of()));
        }
        for (String body : List.of(
                "",
                "null",
                "[]",
                "42",
                "\"text\"",
                "{",
                "{\"a\":",
                "[".repeat(10_000) + "]".repeat(10_000),
                "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000),
                "{\"\u0000\":\"\u0000\"}")) {
            all.add(new Hostile("body " + abbreviated(body), path, json, bytes(body), versioned));
        }
        all.add(new Hostile(
                "invalid UTF-8",
                path,
                json,
                new byte[] {'{', '"', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
                versioned));
        // Found by BodyFuzzTest: four NULs made Jackson read the body as UTF-32 and fail as I/O (a 500).
        all.add(new Hostile(
                "NUL-prefixed, UTF-32-looking",
                path,
                json,
                bytes("\u0000\u0000\u0000\u0000{\"text\":\"t\"}"),
                versioned));
        all.add(new Hostile("2 MiB", path, json, bytes("{\"text\":\"" + "长".repeat(700_000) + "\"}"), versioned));
        all.add(new Hostile(
                "form instead of JSON", path, "application/x-www-form-urlencoded", bytes("a=1"), versioned));
        all.add(new Hostile("XML instead of JSON", path, "application/xml", bytes("<a>1</a>"), versioned));
        for (Map.Entry<String, JsonNode> property : operation.properties().entrySet()) {
            for (JsonNode value : wrongValues(property.getValue())) {
                ObjectNode body = Api.JSON.createObjectNode();
                body.set(property.getKey(), value);
                all.add(new Hostile(
                        "field " + property.getKey() + "=" + abbreviated(value.toString()),
                        path,
                        json,
                        bytes(body.toString()),
                        versioned));
            }
        }
        return all;
    }

    /** Values a field of this schema must refuse: the wrong kind, out of range, or too much. */
    private static List<JsonNode> wrongValues(JsonNode schema) {
        List<JsonNode> values = new ArrayList<>();
        ObjectNode nested = Api.JSON.createObjectNode();
        nested.set("a", Api.JSON.createObjectNode());
        ArrayNode nestedArray = Api.JSON.createArrayNode();
        nestedArray.add(Api.JSON.createArrayNode());
        values.add(nested);
        values.add(nestedArray);
        String type = schema.path("type").asText();
        switch (type) {
            case "integer" -> {
                values.add(Api.JSON.getNodeFactory().textNode("abc"));
                values.add(Api.JSON.getNodeFactory().numberNode(new java.math.BigInteger("99999999999999999999999")));
                values.add(Api.JSON.getNodeFactory().numberNode(new java.math.BigDecimal("1e400")));
            }
            case "boolean" -> {
                values.add(Api.JSON.getNodeFactory().textNode("maybe"));
                values.add(Api.JSON.getNodeFactory().numberNode(2));
            }
            case "array" -> {
                values.add(Api.JSON.getNodeFactory().textNode("not a list"));
                ArrayNode many = Api.JSON.createArrayNode();
                for (int i = 0; i < 3_000; i++) {
                    many.add(i);
                }
                values.add(many);
            }
            case "string" -> {
                if (schema.has("enum")) {
                    values.add(Api.JSON.getNodeFactory().textNode("NOT_A_VALUE"));
                } else if ("date".equals(schema.path("format").asText())) {
                    for (String date : List.of("2026-13-45", "+10000-01-01", "0999-01-01", "-0001-01-01", "昨天")) {
                        values.add(Api.JSON.getNodeFactory().textNode(date));
                    }
                } else {
                    values.add(Api.JSON.getNodeFactory().textNode("长".repeat(25_000)));
                    values.add(Api.JSON.getNodeFactory().textNode("\u0000\u202e<script>alert(1)</script>"));
                }
            }
            default -> values.add(Api.JSON.getNodeFactory().textNode("长".repeat(25_000)));
        }
        return values;
    }

    /** A body of the schema's fields that parses: a yes, a one, the first choice, today, a word, no list. */
    private static ObjectNode plausible(Map<String, JsonNode> properties) {
        ObjectNode body = Api.JSON.createObjectNode();
        properties.forEach((name, schema) -> {
            String format = schema.path("format").asText();
            switch (schema.path("type").asText()) {
                case "boolean" -> body.put(name, true);
                case "integer" -> body.put(name, 1);
                case "array" -> body.set(name, Api.JSON.createArrayNode());
                case "string" ->
                    body.put(
                            name,
                            schema.has("enum")
                                    ? schema.path("enum").path(0).asText()
                                    : format.equals("date")
                                            ? java.time.LocalDate.now().toString()
                                            : format.equals("date-time")
                                                    ? java.time.Instant.now().toString()
                                                    : "测试");
                default -> body.set(name, Api.JSON.createObjectNode());
            }
        });
        return body;
    }

    private record Refusal(String name, Api who, Set<Integer> expected) {}

    /** One operation of the OpenAPI document, with what its request may carry. */
    private record Operation(
            String path,
            String method,
            boolean secured,
            boolean versioned,
            List<String> query,
            Map<String, JsonNode> properties,
            String bodyType) {
        boolean hasBody() {
            return bodyType != null;
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    /** Every operation the running server describes. */
    private List<Operation> operations() {
        JsonNode document = anonymous.get("/openapi.json").body();
        JsonNode schemas = document.path("components").path("schemas");
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths =
                        document.path("paths").fields();
                paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                JsonNode operation = method.getValue();
                List<String> query = new ArrayList<>();
                boolean[] versioned = {false};
                operation.path("parameters").forEach(p -> {
                    if (p.path("in").asText().equals("query")) {
                        query.add(p.path("name").asText());
                    }
                    versioned[0] |= p.path("name").asText().equals("If-Match")
                            && p.path("required").asBoolean();
                });
                JsonNode content = operation.path("requestBody").path("content");
                String bodyType =
                        content.fieldNames().hasNext() ? content.fieldNames().next() : null;
                JsonNode body = content.path("application/json").path("schema");
                Map<String, JsonNode> properties = new LinkedHashMap<>();
                String ref = body.path("$ref").asText();
                if (!ref.isEmpty()) {
                    schemas.path(ref.substring(ref.lastIndexOf('/') + 1))
                            .path("properties")
                            .fields()
                            .forEachRemaining(p -> properties.put(p.getKey(), p.getValue()));
                }
                operations.add(new Operation(
                        path.getKey(),
                        method.getKey(),
                        !operation.path("security").isEmpty(),
                        versioned[0],
                        query,
                        properties,
                        bodyType));
            }
        }
        assertTrue("the document describes the API: " + operations.size(), operations.size() > 50);
        return operations;
    }

    /** The path of an operation, naming things of {@code county}; the API answers below {@code /api/v1}. */
    private static String concrete(String template, long id, County county) {
        return template.replace("/api/v1", "")
                .replace("{id}", Long.toString(id))
                .replace("{username}", URLEncoder.encode(county.deputy, StandardCharsets.UTF_8))
                .replace("{code}", county.unit)
                .replace("{report}", "register");
    }

    /** What a refused or hostile request must leave as it was: the item, its history, the outbox, units and accounts. */
    private Map<String, String> state(County county, long id) {
        Map<String, String> state = new TreeMap<>();
        // The item as stored: its timing is counted from today, and a run may cross the county's midnight.
        ObjectNode item = county.office.get("/items/" + id).body().deepCopy();
        item.remove("timing");
        state.put("item", item.toString());
        state.put("history", county.office.get("/items/" + id + "/history").text());
        state.put(
                "items", county.office.get("/items?size=1").body().path("total").asText());
        // Messages in each channel, whatever their delivery has come to meanwhile.
        Map<String, Long> messages = new TreeMap<>();
        admin.get("/outbox").body().fields().forEachRemaining(channel -> {
            long count = 0;
            for (JsonNode n : channel.getValue()) {
                count += n.asLong();
            }
            messages.put(channel.getKey(), count);
        });
        state.put("outbox", messages.toString());
        state.put("units", admin.get("/units").text());
        state.put("accounts", admin.get("/users").text());
        return state;
    }

    private static String difference(Map<String, String> before, Map<String, String> after) {
        StringBuilder changed = new StringBuilder();
        before.forEach((key, value) -> {
            if (!value.equals(after.get(key))) {
                changed.append(key)
                        .append(": ")
                        .append(abbreviated(value))
                        .append(" → ")
                        .append(abbreviated(after.get(key)))
                        .append("; ");
            }
        });
        return changed.toString();
    }

    private static String abbreviated(String text) {
        return text == null || text.length() <= 80 ? text : text.substring(0, 80) + "…(" + text.length() + ")";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
