package org.banli.itests;

import static org.banli.itests.Api.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Year;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A county moving from embedded Derby to PostgreSQL, as its administrator would: a demonstration year
 * exported from a Banli on Derby with {@code banli:export}, restored over REST into a new Banli on an
 * empty PostgreSQL database, exported again: the same archive, the same assessment and reports.
 * Runs with the PostgreSQL suites (it needs their server).
 */
class ArchiveIT {

    private static final String DERBY_ADMIN = "derby-Admin-密码-1";
    private static final String POSTGRESQL_ADMIN = "postgresql-Admin-密码-1";
    private static final int YEAR = Year.now(ZoneId.of("Asia/Shanghai")).getValue();

    private UnpackedDistribution derby;
    private UnpackedDistribution postgresql;

    @BeforeAll
    static void needsPostgresql() {
        assumeTrue(TestDatabase.postgresql(), "runs with the PostgreSQL suites, whose server it needs");
    }

    @AfterEach
    void stop() throws Exception {
        for (UnpackedDistribution distribution : new UnpackedDistribution[] {derby, postgresql}) {
            if (distribution != null && distribution.isRunning()) {
                distribution.stop();
            }
        }
    }

    @Test
    void aYearMovesFromDerbyToAnEmptyPostgresqlAndArchivesTheSameThere() throws Exception {
        derby = UnpackedDistribution.unpack("archive-derby");
        derby.quickPasswordHashes();
        Api onDerby = derby.api().as("admin", DERBY_ADMIN);
        derby.start(Map.of("BANLI_ADMIN_PASSWORD", DERBY_ADMIN), onDerby);
        Api.Answer demo = onDerby.post("/demo", json("count", 30));
        assertEquals(200, demo.status(), demo.toString());
        Map<String, JsonNode> figures = figures(onDerby);
        Path first = derby.home.resolve("年度数据.zip");
        String exported =
                derby.console("admin", DERBY_ADMIN, "banli:export " + first).output();
        assertTrue(exported.contains("已导出"), exported);
        JsonNode firstItem = onDerby.get("/items?size=1").body().path("items").path(0);
        String label = firstItem.path("label").asText();
        Path itemFile = derby.home.resolve("案卷.zip");
        String exportedItem = derby.console("admin", DERBY_ADMIN, "banli:export --item " + label + " " + itemFile)
                .output();
        assertTrue(exportedItem.contains(label + " 的案卷"), exportedItem);
        assertTrue(
                entries(Files.readAllBytes(itemFile))
                        .get("tables/BANLI_ITEM.jsonl")
                        .contains(firstItem.path("title").asText()),
                "the console wrote the item's file");
        derby.stop();

        postgresql = UnpackedDistribution.unpack("archive-postgresql");
        postgresql.quickPasswordHashes();
        postgresql.writeEtc(
                "org.banli.store.cfg",
                TestDatabase.newPostgresqlDatabase(null).entrySet().stream()
                        .map(line -> line.getKey() + " = " + line.getValue())
                        .collect(Collectors.joining("\n", "", "\n")));
        Api freshAdmin = postgresql.api().as("admin", POSTGRESQL_ADMIN);
        postgresql.start(Map.of("BANLI_ADMIN_PASSWORD", POSTGRESQL_ADMIN), freshAdmin);
        byte[] archive = Files.readAllBytes(first);
        Api.Answer restored = freshAdmin.request("POST", "/archive", "application/zip", archive, Map.of());
        assertEquals(200, restored.status(), restored.toString());
        assertTrue(restored.body().path("rows").path("BANLI_ITEM").asLong() >= 30, restored.toString());

        // Now the archive's accounts are this installation's: its administrator logs in with its password.
        Api onPostgresql = postgresql.api().as("admin", DERBY_ADMIN);
        Map<String, JsonNode> there = figures(onPostgresql);
        figures.forEach((path, figure) -> assertEquals(figure, there.get(path), path + " on PostgreSQL"));
        Api.Download again = onPostgresql.download("/archive");
        assertEquals(200, again.status());
        assertEquals(entries(archive), entries(again.bytes()), "the same archive content");

        // One item's file, as it travels to the city: the same format, only its rows, no one's credentials.
        JsonNode item = onPostgresql.get("/items?size=1").body().path("items").path(0);
        Api.Download file =
                onPostgresql.download("/archive/items/" + item.path("id").asLong());
        assertEquals(200, file.status());
        assertTrue(file.disposition().contains("filename*=UTF-8''%E6%A1%88%E5%8D%B7-"), file.disposition()); // 案卷-
        Map<String, String> fileEntries = entries(file.bytes());
        assertTrue(
                fileEntries
                        .get("banli-archive.json")
                        .contains(item.path("label").asText()),
                fileEntries.toString());
        assertTrue(fileEntries
                .get("tables/BANLI_ITEM.jsonl")
                .contains(item.path("title").asText()));
        assertTrue(fileEntries.get("tables/BANLI_USER.jsonl").contains("\"PASSWORDHASH\":null"));
        assertTrue(!fileEntries.get("tables/BANLI_USER.jsonl").contains("pbkdf2"), "no password hash travels");
        Api.Answer notAnArchive = freshAdmin.request("POST", "/archive", "application/zip", file.bytes(), Map.of());
        assertEquals(401, notAnArchive.status(), "the fresh administrator is gone with the restore");
        Api.Answer refused = onPostgresql.request("POST", "/archive", "application/zip", file.bytes(), Map.of());
        assertEquals(422, refused.status(), refused.toString());
        assertTrue(refused.text().contains("这是一件建议提案的案卷"), refused.text());

        Api.Answer twice = onPostgresql.request("POST", "/archive", "application/zip", archive, Map.of());
        assertEquals(409, twice.status(), twice.toString());
        assertTrue(twice.text().contains("只能恢复到尚无数据的安装"), twice.text());
        assertEquals(entries(archive), entries(onPostgresql.download("/archive").bytes()), "nothing changed");
    }

    /** What a county reads of its year: the metrics, the assessment, the register and the annual summary. */
    private static Map<String, JsonNode> figures(Api admin) throws IOException {
        Map<String, JsonNode> figures = new LinkedHashMap<>();
        for (String path : new String[] {
            "/assessments/metrics?year=" + YEAR,
            "/assessments?year=" + YEAR,
            "/reports/register?format=json&year=" + YEAR,
            "/reports/annual-summary?format=json&year=" + YEAR
        }) {
            Api.Download answer = admin.download(path);
            assertEquals(200, answer.status(), path);
            figures.put(path, new ObjectMapper().readTree(answer.bytes()));
        }
        return figures;
    }

    /** An archive's entries, its description without the moment it was written. */
    private static Map<String, String> entries(byte[] zip) throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                entries.put(
                        entry.getName(),
                        entry.getName().equals("banli-archive.json")
                                ? content.replaceAll("\"exportedAt\"\\s*:\\s*\"[^\"]*\"", "")
                                : content);
            }
        }
        return entries;
    }
}
