package org.banli.store.jpa.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.banli.api.BanliException;
import org.banli.api.RuleViolationException;
import org.banli.api.Text;
import org.banli.api.archive.DataArchive;
import org.banli.store.spi.ArchiveStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Banli's archive format, version 1 (docs/archive/ in the repository): a zip whose first entry,
 * {@value #MANIFEST}, names the format, the schema (the last schema change applied) and every table
 * with its columns and row count, followed by {@code tables/<TABLE>.jsonl}, one JSON object per row,
 * parents before children. Values are JSON numbers, strings and booleans; moments are UTC wall-clock
 * times to the microsecond ({@code 2026-03-01T08:30:00.123456}), days {@code 2026-03-01}. Tables and
 * columns are read from the database itself, so a new table or column travels without changing this.
 * An item's file (案卷) is the same format with the manifest naming the item: only its rows, those of
 * the items merged into it and of everything that hangs off them, and the units and people it names
 * (without their credentials or private contact details); a restore refuses it.
 */
@Component(service = ArchiveStore.class)
public class JpaArchiveStore implements ArchiveStore {

    static final String MANIFEST = "banli-archive.json";
    static final String FORMAT = "banli-archive";
    private static final Logger LOG = LoggerFactory.getLogger(JpaArchiveStore.class);
    private static final Set<String> LIQUIBASE_TABLES = Set.of("DATABASECHANGELOG", "DATABASECHANGELOGLOCK");
    /**
     * Web desk logins, counts of wrong passwords, which node ran a scheduled job and what similarity engines made of
     * texts are no data to keep: not archived, and emptied by a restore (everyone logs in again, the engines make
     * theirs again).
     */
    private static final List<String> TRANSIENT_TABLES =
            List.of("BANLI_LOGIN", "BANLI_LOGIN_FAILURE", "BANLI_JOB_RUN", "BANLI_ITEM_REPRESENTATION");

    private static final String ITEMS = "BANLI_ITEM";
    /** What an item's file leaves out of the people it names: their credentials and private contact details. */
    private static final Map<String, Set<String>> NOT_IN_ITEM_FILES = Map.of(
            "BANLI_USER",
            Set.of("PASSWORDHASH", "EMAIL", "PHONE", "CHANNELS", "MUSTCHANGEPASSWORD"),
            "BANLI_ITEM_INTAKE",
            Set.of("PHONE"));
    /** Texts up to this long may be a username or a unit's code that an item's file names. */
    private static final int NAME_LENGTH = 100;

    private static final JsonFactory JSON = new JsonFactory();
    private static final int BATCH = 500;
    private static final DateTimeFormatter MICROSECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");

    private final Database database;

    @Activate
    public JpaArchiveStore(@Reference Database database) {
        this.database = database;
    }

    @Override
    public DataArchive write(OutputStream out, Instant now) {
        return consistently(connection -> {
            List<Table> tables = tables(connection);
            Map<String, Long> rows = new LinkedHashMap<>();
            for (Table table : tables) {
                rows.put(table.name, count(connection, table.name));
            }
            DataArchive archive = new DataArchive(DataArchive.FORMAT_VERSION, schema(connection), now, null, rows);
            writeZip(
                    out,
                    archive,
                    tables,
                    (table, entry) -> forEachRow(connection, table, null, row -> writeRow(row, entry)));
            LOG.info("Data exported: {} rows of {} tables", archive.totalRows(), tables.size());
            return archive;
        });
    }

    @Override
    public DataArchive writeItemFile(long itemId, String item, OutputStream out, Instant now) {
        return consistently(connection -> {
            List<Table> tables = tables(connection);
            Map<String, String> within = itemFile(tables, itemId);
            // Read first, written after: the units and people the file names come before it in the archive.
            Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
            Set<String> named = new HashSet<>();
            Map<String, Set<Object>> referenced = new HashMap<>();
            for (Table table : tables) {
                if (within.containsKey(table.name)) {
                    List<Map<String, Object>> found = new ArrayList<>();
                    forEachRow(connection, table, within.get(table.name), row -> {
                        found.add(row);
                        noteWhatItNames(table, row, named, referenced);
                    });
                    rows.put(table.name, found);
                }
            }
            Set<String> above = ancestors(tables, within.keySet());
            for (int i = tables.size() - 1; i >= 0; i--) { // children first: a person's row names their unit
                Table table = tables.get(i);
                if (!above.contains(table.name)) {
                    continue;
                }
                Set<Object> keys = referenced.getOrDefault(table.name, Set.of());
                List<Map<String, Object>> found = new ArrayList<>();
                forEachRow(connection, table, null, row -> {
                    boolean namedInFile = table.unique.stream().anyMatch(column -> named.contains(row.get(column)));
                    if (keys.contains(row.get(table.key.get(0))) || namedInFile) {
                        NOT_IN_ITEM_FILES.getOrDefault(table.name, Set.of()).forEach(column -> row.put(column, null));
                        found.add(row);
                        noteWhatItNames(table, row, new HashSet<>(), referenced);
                    }
                });
                rows.put(table.name, found);
            }
            List<Table> written =
                    tables.stream().filter(t -> rows.containsKey(t.name)).toList();
            Map<String, Long> counts = new LinkedHashMap<>();
            written.forEach(t -> counts.put(t.name, (long) rows.get(t.name).size()));
            DataArchive archive = new DataArchive(DataArchive.FORMAT_VERSION, schema(connection), now, item, counts);
            writeZip(out, archive, written, (table, entry) -> {
                for (Map<String, Object> row : rows.get(table.name)) {
                    writeRow(row, entry);
                }
            });
            LOG.info("File of {} exported: {} rows of {} tables", item, archive.totalRows(), written.size());
            return archive;
        });
    }

    /**
     * The rows of an item's file, as a condition on each table: the item, the items merged into it, and
     * every row that hangs off them through foreign keys (replies, and the commitments of the replies …).
     */
    private static Map<String, String> itemFile(List<Table> tables, long itemId) {
        Map<String, String> within = new LinkedHashMap<>();
        within.put(ITEMS, "ID = " + itemId + " OR MERGEDINTO = " + itemId);
        for (Table table : tables) { // parents first: a table's parents are decided before it
            List<String> conditions = new ArrayList<>();
            for (ForeignKey reference : table.references) {
                String parent = within.get(reference.parent());
                if (parent != null && !reference.parent().equals(table.name)) {
                    conditions.add(reference.column() + " IN (SELECT " + reference.parentColumn() + " FROM "
                            + reference.parent() + " WHERE " + parent + ")");
                }
            }
            if (!conditions.isEmpty() && !table.name.equals(ITEMS)) {
                within.put(table.name, String.join(" OR ", conditions));
            }
        }
        return within;
    }

    /** The tables the file's rows point to, and those these point to, …: the units and people it names. */
    private static Set<String> ancestors(List<Table> tables, Set<String> within) {
        Map<String, Table> byName = new HashMap<>();
        tables.forEach(t -> byName.put(t.name, t));
        Set<String> found = new LinkedHashSet<>();
        List<String> next = new ArrayList<>(within);
        while (!next.isEmpty()) {
            Table table = byName.get(next.remove(next.size() - 1));
            for (ForeignKey reference : table.references) {
                if (!within.contains(reference.parent()) && found.add(reference.parent())) {
                    next.add(reference.parent());
                }
            }
        }
        return found;
    }

    /** Notes the short strings of a row (its usernames and unit codes among them) and the rows its keys point to. */
    private static void noteWhatItNames(
            Table table, Map<String, Object> row, Set<String> named, Map<String, Set<Object>> referenced) {
        row.values().forEach(value -> {
            if (value instanceof String text && text.length() <= NAME_LENGTH) {
                named.add(text);
            }
        });
        for (ForeignKey reference : table.references) {
            Object key = row.get(reference.column());
            if (key != null) {
                referenced
                        .computeIfAbsent(reference.parent(), p -> new HashSet<>())
                        .add(key);
            }
        }
    }

    /** Work on one consistent moment: PostgreSQL's snapshot; Derby, which has none, holds its read locks to the end. */
    private <T> T consistently(ArchiveWork<T> work) {
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            connection.setTransactionIsolation(
                    derby(connection) ? Connection.TRANSACTION_SERIALIZABLE : Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return work.on(connection);
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The data could not be read for the archive", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The archive could not be written", e);
        }
    }

    private interface ArchiveWork<T> {
        T on(Connection connection) throws SQLException, IOException;
    }

    /** The manifest first, then one entry of rows per table, in the order given. */
    private static void writeZip(OutputStream out, DataArchive archive, List<Table> tables, TableWriter rows)
            throws SQLException, IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry(MANIFEST));
        writeManifest(zip, archive, tables);
        zip.closeEntry();
        for (Table table : tables) {
            zip.putNextEntry(new ZipEntry("tables/" + table.name + ".jsonl"));
            rows.write(table, zip);
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    private interface TableWriter {
        void write(Table table, OutputStream entry) throws SQLException, IOException;
    }

    private interface RowSink {
        void accept(Map<String, Object> row) throws IOException;
    }

    @Override
    public DataArchive read(InputStream in) {
        DataArchive archive;
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try {
                archive = read(connection, new ZipInputStream(in, StandardCharsets.UTF_8));
                connection.commit();
            } catch (RuntimeException | SQLException | IOException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw unreadable(Text.Label.ARCHIVE_DAMAGED, String.valueOf(e.getMessage()));
        } catch (IOException e) {
            throw unreadable(Text.Label.ARCHIVE_DAMAGED, String.valueOf(e.getMessage()));
        }
        database.restored();
        LOG.info(
                "Data restored: {} rows of {} tables",
                archive.totalRows(),
                archive.rows().size());
        return archive;
    }

    private DataArchive read(Connection connection, ZipInputStream zip) throws SQLException, IOException {
        ZipEntry first = zip.getNextEntry();
        if (first == null || !first.getName().equals(MANIFEST)) {
            throw unreadable(Text.Label.ARCHIVE_WITHOUT_MANIFEST, first == null ? "" : first.getName());
        }
        Manifest manifest = readManifest(zip);
        if (!FORMAT.equals(manifest.format) || manifest.formatVersion != DataArchive.FORMAT_VERSION) {
            throw unreadable(Text.Label.ARCHIVE_OF_ANOTHER_FORMAT, manifest.format + " " + manifest.formatVersion);
        }
        if (manifest.item != null) {
            throw unreadable(Text.Label.ARCHIVE_IS_ITEM_FILE, manifest.item);
        }
        String schema = schema(connection);
        if (!schema.equals(manifest.schema)) {
            throw unreadable(Text.Label.ARCHIVE_OF_ANOTHER_SCHEMA, manifest.schema + " ≠ " + schema);
        }
        Map<String, Table> here = new LinkedHashMap<>();
        for (Table table : tables(connection)) {
            here.put(table.name, table);
        }
        if (!here.keySet().equals(manifest.tables.keySet())) {
            throw unreadable(Text.Label.ARCHIVE_OF_ANOTHER_SCHEMA, String.join(",", manifest.tables.keySet()));
        }
        refuseUnlessEmpty(connection);
        for (String table : TRANSIENT_TABLES) {
            try (Statement delete = connection.createStatement()) {
                delete.executeUpdate("DELETE FROM " + table);
            }
        }
        List<Table> order = new ArrayList<>(here.values());
        for (int i = order.size() - 1; i >= 0; i--) { // children first
            try (Statement delete = connection.createStatement()) {
                delete.executeUpdate("DELETE FROM " + order.get(i).name);
            }
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
            String name = entry.getName().replaceFirst("^tables/(.*)\\.jsonl$", "$1");
            Table table = here.get(name);
            if (table == null || rows.containsKey(name)) {
                throw unreadable(Text.Label.ARCHIVE_DAMAGED, entry.getName());
            }
            long read = insertRows(connection, table, zip);
            if (read != manifest.tables.get(name)) {
                throw unreadable(Text.Label.ARCHIVE_DAMAGED, name + ": " + read + " ≠ " + manifest.tables.get(name));
            }
            rows.put(name, read);
        }
        if (!rows.keySet().equals(here.keySet())) {
            throw unreadable(Text.Label.ARCHIVE_DAMAGED, "tables " + rows.keySet());
        }
        return new DataArchive(manifest.formatVersion, manifest.schema, manifest.exportedAt, null, rows);
    }

    /** An installation "without data" has no units and no items, and at most its first administrator. */
    private static void refuseUnlessEmpty(Connection connection) throws SQLException {
        long units = count(connection, "BANLI_UNIT");
        long items = count(connection, "BANLI_ITEM");
        long users = count(connection, "BANLI_USER");
        if (units > 0 || items > 0 || users > 1) {
            throw BanliException.conflict(
                    Text.of(Text.Code.ARCHIVE_INTO_NON_EMPTY, "units", units, "items", items, "users", users));
        }
    }

    private long insertRows(Connection connection, Table table, InputStream entry) throws SQLException, IOException {
        String columns = String.join(", ", table.columns.keySet());
        String marks =
                String.join(", ", table.columns.keySet().stream().map(c -> "?").toList());
        long count = 0;
        BufferedReader lines = new BufferedReader(new InputStreamReader(entry, StandardCharsets.UTF_8));
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + table.name + " (" + columns + ") VALUES (" + marks + ")")) {
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                bindRow(insert, table, line, count + 1);
                insert.addBatch();
                if (++count % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        return count;
    }

    private void bindRow(PreparedStatement insert, Table table, String line, long number)
            throws SQLException, IOException {
        Map<String, Object> values = new LinkedHashMap<>();
        try (JsonParser row = JSON.createParser(line)) {
            if (row.nextToken() != JsonToken.START_OBJECT) {
                throw unreadable(Text.Label.ARCHIVE_DAMAGED, table.name + " #" + number);
            }
            while (row.nextToken() == JsonToken.FIELD_NAME) {
                String column = row.currentName();
                JsonToken token = row.nextToken();
                values.put(
                        column,
                        switch (token) {
                            case VALUE_NULL -> null;
                            case VALUE_TRUE -> true;
                            case VALUE_FALSE -> false;
                            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> row.getDecimalValue();
                            case VALUE_STRING -> row.getText();
                            default -> throw unreadable(Text.Label.ARCHIVE_DAMAGED, table.name + " #" + number);
                        });
            }
        }
        if (!table.columns.keySet().containsAll(values.keySet())) {
            throw unreadable(Text.Label.ARCHIVE_DAMAGED, table.name + " #" + number + " " + values.keySet());
        }
        int index = 1;
        for (Map.Entry<String, Kind> column : table.columns.entrySet()) {
            Object value = values.get(column.getKey());
            try {
                column.getValue().bind(insert, index++, value, table.types.get(column.getKey()));
            } catch (RuntimeException e) {
                throw unreadable(Text.Label.ARCHIVE_DAMAGED, table.name + " #" + number + " " + column.getKey());
            }
        }
    }

    /** Each row of {@code table} (those meeting {@code where}, if given) in key order, as the archive writes it. */
    private static void forEachRow(Connection connection, Table table, String where, RowSink sink)
            throws SQLException, IOException {
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT " + String.join(", ", table.columns.keySet()) + " FROM "
                        + table.name + (where == null ? "" : " WHERE " + where)
                        + (table.key.isEmpty() ? "" : " ORDER BY " + String.join(", ", table.key)))) {
            while (rows.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                int index = 1;
                for (Map.Entry<String, Kind> column : table.columns.entrySet()) {
                    row.put(column.getKey(), column.getValue().value(rows, index++));
                }
                sink.accept(row);
            }
        }
    }

    /** One JSON line: a number, a boolean, a string or null for each column. */
    private static void writeRow(Map<String, Object> values, OutputStream out) throws IOException {
        JsonGenerator row = JSON.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        row.writeStartObject();
        for (Map.Entry<String, Object> column : values.entrySet()) {
            row.writeFieldName(column.getKey());
            Object value = column.getValue();
            if (value == null) {
                row.writeNull();
            } else if (value instanceof Long number) {
                row.writeNumber(number);
            } else if (value instanceof BigDecimal number) {
                row.writeNumber(number.toPlainString());
            } else if (value instanceof Boolean truth) {
                row.writeBoolean(truth);
            } else {
                row.writeString((String) value);
            }
        }
        row.writeEndObject();
        row.writeRaw('\n');
        row.flush();
    }

    private static void writeManifest(OutputStream out, DataArchive archive, List<Table> tables) throws IOException {
        JsonGenerator manifest = JSON.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        manifest.useDefaultPrettyPrinter();
        manifest.writeStartObject();
        manifest.writeStringField("format", FORMAT);
        manifest.writeNumberField("formatVersion", archive.formatVersion());
        manifest.writeStringField("schema", archive.schema());
        manifest.writeStringField("exportedAt", archive.exportedAt().toString());
        if (archive.item() != null) {
            manifest.writeStringField("item", archive.item());
        }
        manifest.writeArrayFieldStart("tables");
        for (Table table : tables) {
            manifest.writeStartObject();
            manifest.writeStringField("name", table.name);
            manifest.writeNumberField("rows", archive.rows().get(table.name));
            manifest.writeObjectFieldStart("columns");
            for (Map.Entry<String, Kind> column : table.columns.entrySet()) {
                manifest.writeStringField(
                        column.getKey(), column.getValue().name().toLowerCase(Locale.ROOT));
            }
            manifest.writeEndObject();
            manifest.writeEndObject();
        }
        manifest.writeEndArray();
        manifest.writeEndObject();
        manifest.flush();
    }

    private Manifest readManifest(InputStream in) throws IOException {
        Manifest manifest = new Manifest();
        JsonParser parser = JSON.createParser(in.readAllBytes());
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw unreadable(Text.Label.ARCHIVE_WITHOUT_MANIFEST, MANIFEST);
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            parser.nextToken();
            switch (field) {
                case "format" -> manifest.format = parser.getText();
                case "formatVersion" -> manifest.formatVersion = parser.getIntValue();
                case "schema" -> manifest.schema = parser.getText();
                case "exportedAt" -> manifest.exportedAt = Instant.parse(parser.getText());
                case "item" -> manifest.item = parser.getText();
                case "tables" -> {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        String name = null;
                        long rows = -1;
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            String key = parser.currentName();
                            parser.nextToken();
                            if (key.equals("name")) {
                                name = parser.getText();
                            } else if (key.equals("rows")) {
                                rows = parser.getLongValue();
                            } else {
                                parser.skipChildren();
                            }
                        }
                        manifest.tables.put(name, rows);
                    }
                }
                default -> parser.skipChildren();
            }
        }
        return manifest;
    }

    /** The store's tables, parents before children, each with its columns and key, as the database has them. */
    private static List<Table> tables(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String schema = connection.getSchema();
        Map<String, Table> tables = new LinkedHashMap<>();
        try (ResultSet found = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (found.next()) {
                String name = found.getString("TABLE_NAME");
                String upper = name.toUpperCase(Locale.ROOT);
                if (!LIQUIBASE_TABLES.contains(upper) && !TRANSIENT_TABLES.contains(upper)) {
                    tables.put(upper, new Table(name));
                }
            }
        }
        for (Table table : tables.values()) {
            try (ResultSet columns = meta.getColumns(null, schema, table.stored, "%")) {
                while (columns.next()) {
                    String column = columns.getString("COLUMN_NAME").toUpperCase(Locale.ROOT);
                    int type = columns.getInt("DATA_TYPE");
                    table.columns.put(column, Kind.of(type, columns.getString("TYPE_NAME")));
                    table.types.put(column, type);
                }
            }
            try (ResultSet key = meta.getPrimaryKeys(null, schema, table.stored)) {
                Map<Integer, String> ordered = new TreeMap<>();
                while (key.next()) {
                    ordered.put(
                            key.getInt("KEY_SEQ"), key.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                }
                table.key.addAll(ordered.values());
            }
            try (ResultSet parents = meta.getImportedKeys(null, schema, table.stored)) {
                while (parents.next()) {
                    table.references.add(new ForeignKey(
                            parents.getString("FKCOLUMN_NAME").toUpperCase(Locale.ROOT),
                            parents.getString("PKTABLE_NAME").toUpperCase(Locale.ROOT),
                            parents.getString("PKCOLUMN_NAME").toUpperCase(Locale.ROOT)));
                }
            }
            try (ResultSet indexes = meta.getIndexInfo(null, schema, table.stored, true, false)) {
                Map<String, List<String>> columns = new LinkedHashMap<>();
                while (indexes.next()) {
                    String index = indexes.getString("INDEX_NAME");
                    String column = indexes.getString("COLUMN_NAME");
                    if (index != null && column != null) {
                        columns.computeIfAbsent(index, i -> new ArrayList<>()).add(column.toUpperCase(Locale.ROOT));
                    }
                }
                columns.values().stream()
                        .filter(c -> c.size() == 1 && table.columns.get(c.get(0)) == Kind.STRING)
                        .forEach(c -> table.unique.add(c.get(0)));
            }
        }
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        List<String> names = new ArrayList<>(tables.keySet());
        names.sort(null);
        while (placed.size() < names.size()) {
            boolean progressed = false;
            for (String name : names) {
                Table table = tables.get(name);
                if (!placed.contains(name) && placed.containsAll(table.parentsOtherThanItself())) {
                    ordered.add(table);
                    placed.add(name);
                    progressed = true;
                }
            }
            if (!progressed) {
                throw new IllegalStateException("The tables' foreign keys form a cycle: " + names);
            }
        }
        return ordered;
    }

    /** The schema's version: the last change Liquibase applied. */
    private static String schema(Connection connection) throws SQLException {
        try (Statement select = connection.createStatement();
                ResultSet last = select.executeQuery(
                        "SELECT ID FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED DESC, DATEEXECUTED DESC")) {
            return last.next() ? last.getString(1) : "";
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement select = connection.createStatement();
                ResultSet count = select.executeQuery("SELECT COUNT(*) FROM " + table)) {
            count.next();
            return count.getLong(1);
        }
    }

    private static boolean derby(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().contains("Derby");
    }

    private static RuleViolationException unreadable(Text.Label reason, String detail) {
        return RuleViolationException.of(
                "archive", Text.of(Text.Code.ARCHIVE_UNREADABLE, "reason", reason, "detail", detail));
    }

    /** How a column's values are written in the archive. */
    enum Kind {
        INTEGER {
            @Override
            Object value(ResultSet rows, int index) throws SQLException {
                long value = rows.getLong(index);
                return rows.wasNull() ? null : value;
            }

            @Override
            void bind(PreparedStatement insert, int index, Object value, int sqlType) throws SQLException {
                if (value == null) {
                    insert.setNull(index, Types.BIGINT);
                } else {
                    insert.setLong(index, ((BigDecimal) value).longValueExact());
                }
            }
        },
        DECIMAL {
            @Override
            Object value(ResultSet rows, int index) throws SQLException {
                BigDecimal value = rows.getBigDecimal(index);
                return value == null ? null : value.stripTrailingZeros();
            }

            @Override
            void bind(PreparedStatement insert, int index, Object value, int sqlType) throws SQLException {
                insert.setBigDecimal(index, (BigDecimal) value);
            }
        },
        /** Booleans: BOOLEAN on PostgreSQL, SMALLINT (0 or 1) on Derby, where every SMALLINT of Banli's is one. */
        BOOLEAN {
            @Override
            Object value(ResultSet rows, int index) throws SQLException {
                boolean value = rows.getBoolean(index);
                return rows.wasNull() ? null : value;
            }

            @Override
            void bind(PreparedStatement insert, int index, Object value, int sqlType) throws SQLException {
                if (value == null) {
                    insert.setNull(index, sqlType);
                } else if (sqlType == Types.SMALLINT) {
                    insert.setShort(index, (short) ((Boolean) value ? 1 : 0));
                } else {
                    insert.setBoolean(index, (Boolean) value);
                }
            }
        },
        STRING {
            @Override
            Object value(ResultSet rows, int index) throws SQLException {
                return rows.getString(index);
            }

            @Override
            void bind(PreparedStatement insert, int index, Object value, int sqlType) throws SQLException {
                insert.setString(index, (String) value);
            }
        },
        /** A UTC wall-clock moment, to the microsecond: what both databases keep alike. */
        TIMESTAMP {
            @Override
            Object value(ResultSet rows, int index) throws SQLException {
                Timestamp value = rows.getTimestamp(index);
                return value == null ? null : MICROSECONDS.format(value.toLocalDateTime());
            }

            @Override
            void bind(PreparedStatement insert, int index, Object value, int sqlType) throws SQLException {
                insert.setTimestamp(
                        index, value == null ? null : Timestamp.valueOf(LocalDateTime.parse((String) value)));
            }
        },
        DATE {
            @Override
            Object value(ResultSet rows, int index) throws SQLException {
                java.sql.Date value = rows.getDate(index);
                return value == null ? null : value.toLocalDate().toString();
            }

            @Override
            void bind(PreparedStatement insert, int index, Object value, int sqlType) throws SQLException {
                insert.setDate(index, value == null ? null : java.sql.Date.valueOf(LocalDate.parse((String) value)));
            }
        };

        /** The column's value in the form the archive writes: a number, a boolean, a string, or null. */
        abstract Object value(ResultSet rows, int index) throws SQLException;

        /** @param sqlType the column's JDBC type in this database */
        abstract void bind(PreparedStatement insert, int index, Object value, int sqlType) throws SQLException;

        static Kind of(int jdbcType, String typeName) {
            return switch (jdbcType) {
                case Types.BIGINT, Types.INTEGER -> INTEGER;
                case Types.DECIMAL, Types.NUMERIC -> DECIMAL;
                case Types.BOOLEAN, Types.BIT, Types.SMALLINT -> BOOLEAN;
                case Types.TIMESTAMP -> TIMESTAMP;
                case Types.DATE -> DATE;
                case Types.VARCHAR, Types.CLOB, Types.LONGVARCHAR, Types.CHAR -> STRING;
                default -> throw new IllegalStateException("No archive form for the column type " + typeName);
            };
        }
    }

    private static final class Table {
        final String stored;
        final String name;
        final Map<String, Kind> columns = new LinkedHashMap<>();
        final Map<String, Integer> types = new LinkedHashMap<>();
        final List<String> key = new ArrayList<>();
        final List<ForeignKey> references = new ArrayList<>();
        /** Its text columns that are unique on their own: the natural keys people use (a username, a unit's code). */
        final Set<String> unique = new LinkedHashSet<>();

        Table(String stored) {
            this.stored = stored;
            this.name = stored.toUpperCase(Locale.ROOT);
        }

        Set<String> parentsOtherThanItself() {
            Set<String> others = new LinkedHashSet<>();
            references.forEach(reference -> others.add(reference.parent()));
            others.remove(name);
            return others;
        }
    }

    /** A foreign key: {@code column} holds a {@code parentColumn} value of {@code parent}. */
    private record ForeignKey(String column, String parent, String parentColumn) {}

    private static final class Manifest {
        String format;
        int formatVersion;
        String schema;
        Instant exportedAt;
        String item;
        final Map<String, Long> tables = new LinkedHashMap<>();
    }
}
