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
 */
@Component(service = ArchiveStore.class)
public class JpaArchiveStore implements ArchiveStore {

    static final String MANIFEST = "banli-archive.json";
    static final String FORMAT = "banli-archive";
    private static final Logger LOG = LoggerFactory.getLogger(JpaArchiveStore.class);
    private static final Set<String> LIQUIBASE_TABLES = Set.of("DATABASECHANGELOG", "DATABASECHANGELOGLOCK");
    /**
     * Web desk logins and counts of wrong passwords are no data to keep: not archived, and emptied by a restore
     * (everyone logs in again).
     */
    private static final List<String> TRANSIENT_TABLES = List.of("BANLI_LOGIN", "BANLI_LOGIN_FAILURE");

    private static final int BATCH = 500;
    private static final DateTimeFormatter MICROSECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");

    private final Database database;
    private final JsonFactory json = new JsonFactory();

    @Activate
    public JpaArchiveStore(@Reference Database database) {
        this.database = database;
    }

    @Override
    public DataArchive write(OutputStream out, Instant now) {
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            // One consistent moment: PostgreSQL's snapshot; Derby, which has none, holds its read locks to the end.
            connection.setTransactionIsolation(
                    derby(connection) ? Connection.TRANSACTION_SERIALIZABLE : Connection.TRANSACTION_REPEATABLE_READ);
            try {
                List<Table> tables = tables(connection);
                Map<String, Long> rows = new LinkedHashMap<>();
                for (Table table : tables) {
                    rows.put(table.name, count(connection, table.name));
                }
                DataArchive archive = new DataArchive(DataArchive.FORMAT_VERSION, schema(connection), now, rows);
                ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
                zip.putNextEntry(new ZipEntry(MANIFEST));
                writeManifest(zip, archive, tables);
                zip.closeEntry();
                for (Table table : tables) {
                    zip.putNextEntry(new ZipEntry("tables/" + table.name + ".jsonl"));
                    writeRows(connection, table, zip);
                    zip.closeEntry();
                }
                zip.finish();
                zip.flush();
                LOG.info("Data exported: {} rows of {} tables", archive.totalRows(), tables.size());
                return archive;
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The data could not be read for the archive", e);
        } catch (IOException e) {
            throw new UncheckedIOException("The archive could not be written", e);
        }
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
        return new DataArchive(manifest.formatVersion, manifest.schema, manifest.exportedAt, rows);
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
        try (JsonParser row = json.createParser(line)) {
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

    private static void writeRows(Connection connection, Table table, OutputStream out)
            throws SQLException, IOException {
        JsonFactory factory = new JsonFactory();
        try (Statement select = connection.createStatement();
                ResultSet rows = select.executeQuery("SELECT " + String.join(", ", table.columns.keySet()) + " FROM "
                        + table.name + (table.key.isEmpty() ? "" : " ORDER BY " + String.join(", ", table.key)))) {
            while (rows.next()) {
                JsonGenerator row = factory.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                row.writeStartObject();
                int index = 1;
                for (Map.Entry<String, Kind> column : table.columns.entrySet()) {
                    row.writeFieldName(column.getKey());
                    column.getValue().write(rows, index++, row);
                }
                row.writeEndObject();
                row.writeRaw('\n');
                row.flush();
            }
        }
    }

    private void writeManifest(OutputStream out, DataArchive archive, List<Table> tables) throws IOException {
        JsonGenerator manifest = json.createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        manifest.useDefaultPrettyPrinter();
        manifest.writeStartObject();
        manifest.writeStringField("format", FORMAT);
        manifest.writeNumberField("formatVersion", archive.formatVersion());
        manifest.writeStringField("schema", archive.schema());
        manifest.writeStringField("exportedAt", archive.exportedAt().toString());
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
        JsonParser parser = json.createParser(in.readAllBytes());
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
                    table.parents.add(parents.getString("PKTABLE_NAME").toUpperCase(Locale.ROOT));
                }
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

        void write(ResultSet rows, int index, JsonGenerator out) throws SQLException, IOException {
            Object value = value(rows, index);
            if (value == null) {
                out.writeNull();
            } else if (value instanceof Long number) {
                out.writeNumber(number);
            } else if (value instanceof BigDecimal number) {
                out.writeNumber(number.toPlainString());
            } else if (value instanceof Boolean truth) {
                out.writeBoolean(truth);
            } else {
                out.writeString((String) value);
            }
        }

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
        final Set<String> parents = new LinkedHashSet<>();

        Table(String stored) {
            this.stored = stored;
            this.name = stored.toUpperCase(Locale.ROOT);
        }

        Set<String> parentsOtherThanItself() {
            Set<String> others = new LinkedHashSet<>(parents);
            others.remove(name);
            return others;
        }
    }

    private static final class Manifest {
        String format;
        int formatVersion;
        String schema;
        Instant exportedAt;
        final Map<String, Long> tables = new LinkedHashMap<>();
    }
}
