package org.banli.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.StreamSupport;
import javax.inject.Inject;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * A county upgrading: Banli starts on a database that Banli 0.1 made (before it kept its schema with
 * Liquibase; fixtures made once by {@code src/test/upgrade/make-fixtures}), brings its schema up to
 * date in place, and serves every item as 0.1 did, its history still sealed, and new work on top.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class UpgradeIT {

    /** The password 0.1's first start gave {@code admin} in the fixtures. */
    private static final String FIXTURE_ADMIN_PASSWORD = "fixture-Admin-1";

    @Inject
    protected SessionFactory sessions;

    @Configuration
    public Option[] config() {
        return BanliDistribution.options("0.1");
    }

    @Test
    public void aDatabaseMadeByBanli01IsUpgradedInPlaceWithItsDataIntact() throws Exception {
        Api anonymous = BanliDistribution.anonymous();
        Api admin = anonymous.as("admin", FIXTURE_ADMIN_PASSWORD);
        await().atMost(Duration.ofSeconds(120))
                .ignoreExceptions()
                .until(() -> anonymous.get("/health").status() == 200
                        && admin.get("/units").status() == 200);

        JsonNode expected;
        try (InputStream in = UpgradeIT.class.getResourceAsStream("/upgrade/0.1-items.json")) {
            expected = new ObjectMapper().readTree(in);
        }
        assertEquals("what 0.1 said of every item", expected, items(admin));

        String audit = KarafConsole.run(sessions, "banli:audit verify");
        assertTrue(audit, audit.contains("办理记录完好"));

        // New work on the upgraded tables: ids, number series and indexes carry on where 0.1 left them.
        int lastSuggestion = StreamSupport.stream(expected.spliterator(), false)
                .filter(item -> item.path("kind").asText().equals("SUGGESTION")
                        && item.path("year").asInt()
                                == expected.path(0).path("year").asInt())
                .mapToInt(item -> item.path("number").asInt())
                .max()
                .orElseThrow();
        County county = new County(admin, anonymous);
        long id = county.register("升级之后登记的第一件建议");
        JsonNode registered = county.office.get("/items/" + id).body();
        if (registered.path("year").asInt() == expected.path(0).path("year").asInt()) {
            assertEquals(lastSuggestion + 1, registered.path("number").asInt());
        }
        county.assign(id);
        assertEquals(
                "ASSIGNED",
                county.office.get("/items/" + id).body().path("status").asText());
    }

    /** Every item as the fixture describes it: its number, text, state, host and the length of its history. */
    private static JsonNode items(Api admin) {
        ObjectMapper json = new ObjectMapper();
        ArrayNode rows = json.createArrayNode();
        List<JsonNode> page = StreamSupport.stream(
                        admin.get("/items?size=200").body().path("items").spliterator(), false)
                .sorted(Comparator.comparing((JsonNode i) -> i.path("kind").asText())
                        .thenComparingInt(i -> i.path("year").asInt())
                        .thenComparingInt(i -> i.path("number").asInt()))
                .toList();
        for (JsonNode item : page) {
            ObjectNode row = rows.addObject();
            for (String key : new String[] {
                "kind", "year", "number", "title", "submitter", "category", "keyItem", "status", "hostUnit", "deadline"
            }) {
                row.set(key, item.has(key) ? item.get(key) : json.nullNode());
            }
            long id = item.path("id").asLong();
            row.set("body", admin.get("/items/" + id).body().path("body"));
            row.put("history", admin.get("/items/" + id + "/history").body().size());
        }
        return rows;
    }
}
