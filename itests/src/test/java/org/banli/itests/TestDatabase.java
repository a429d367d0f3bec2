package org.banli.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.ops4j.pax.exam.Option;

/**
 * The database a container keeps its data in: embedded Derby in its own folder (the distribution's
 * default), or, when the build runs the suites on PostgreSQL ({@code banli.itest.database=postgresql}),
 * a new empty database of its own on the tests' server, configured as a county would.
 */
final class TestDatabase {

    private static final String STORE_CONFIGURATION = "etc/org.banli.store.cfg";

    private TestDatabase() {}

    private static final String DATABASE_PROPERTY = "banli.itest.database";

    /** Whether this suite runs on PostgreSQL: in the test driver, and inside the container too. */
    static boolean postgresql() {
        return "postgresql".equals(System.getProperty(DATABASE_PROPERTY));
    }

    /** @param upgradeFixture an earlier Banli's database to start from (see {@link BanliDistribution#options(String)}) */
    static Option[] options(String upgradeFixture) {
        if (!postgresql()) {
            return upgradeFixture == null ? new Option[0] : derbyFolder(upgradeFixture + "-derby.zip");
        }
        Map<String, String> store = newPostgresqlDatabase(upgradeFixture);
        return new Option[] {
            systemProperty(DATABASE_PROPERTY).value("postgresql"),
            editConfigurationFilePut(STORE_CONFIGURATION, "url", store.get("url")),
            editConfigurationFilePut(STORE_CONFIGURATION, "user", store.get("user")),
            editConfigurationFilePut(STORE_CONFIGURATION, "password", store.get("password")),
            editConfigurationFilePut(
                    STORE_CONFIGURATION, "dataSourceFactory.target", store.get("dataSourceFactory.target"))
        };
    }

    /**
     * A new empty database of its own on the tests' PostgreSQL server, filled from an upgrade fixture if one
     * is named: answers the lines of {@code etc/org.banli.store.cfg} that make Banli use it.
     */
    static Map<String, String> newPostgresqlDatabase(String upgradeFixture) {
        Properties server = server();
        String database = "banli_" + UUID.randomUUID().toString().replace("-", "");
        String address = "jdbc:postgresql://" + server.getProperty("host") + ":" + server.getProperty("port") + "/";
        try (Connection admin = DriverManager.getConnection(
                        address + "postgres", server.getProperty("user"), server.getProperty("password"));
                Statement create = admin.createStatement()) {
            create.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a database on the tests' PostgreSQL server", e);
        }
        if (upgradeFixture != null) {
            restore(server, database, fixture(upgradeFixture + "-postgresql.sql"));
        }
        Map<String, String> store = new LinkedHashMap<>();
        store.put("url", address + database);
        store.put("user", server.getProperty("user"));
        store.put("password", server.getProperty("password"));
        store.put("dataSourceFactory.target", "(osgi.jdbc.driver.class=org.postgresql.Driver)");
        return store;
    }

    /** The embedded Derby folder of an earlier Banli, copied file by file into the container's data folder. */
    private static Option[] derbyFolder(String zip) {
        List<Option> files = new ArrayList<>();
        try {
            Path unpacked = Files.createTempDirectory("banli-upgrade");
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(fixture(zip)))) {
                for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                    if (!entry.isDirectory()) {
                        Path file = unpacked.resolve(entry.getName());
                        Files.createDirectories(file.getParent());
                        Files.copy(in, file);
                        files.add(replaceConfigurationFile("data/banli/" + entry.getName(), file.toFile()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files.toArray(Option[]::new);
    }

    /** A plain pg_dump, read by psql as an administrator would restore it. */
    private static void restore(Properties server, String database, Path dump) {
        ProcessBuilder psql = new ProcessBuilder(
                        "psql",
                        "-q",
                        "-v",
                        "ON_ERROR_STOP=1",
                        "-h",
                        server.getProperty("host"),
                        "-p",
                        server.getProperty("port"),
                        "-U",
                        server.getProperty("user"),
                        "-d",
                        database,
                        "-f",
                        dump.toString())
                .redirectErrorStream(true);
        psql.environment().put("PGPASSWORD", server.getProperty("password"));
        try {
            Process process = psql.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("psql could not restore " + dump + ": " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path fixture(String name) {
        Path file = Path.of("src/test/resources/upgrade", name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no upgrade fixture " + file.toAbsolutePath());
        }
        return file;
    }

    /** Where the build's PostgreSQL server listens (its start script writes it). */
    private static Properties server() {
        Path file = Path.of(System.getProperty("banli.itest.postgresql", "target/postgresql.properties"));
        Properties server = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            server.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("no PostgreSQL server for the tests: " + file + " is missing", e);
        }
        return server;
    }
}
