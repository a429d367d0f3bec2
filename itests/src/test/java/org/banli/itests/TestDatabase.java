package org.banli.itests;

import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
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

    static Option[] options() {
        if (!postgresql()) {
            return new Option[0];
        }
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
        return new Option[] {
            systemProperty(DATABASE_PROPERTY).value("postgresql"),
            editConfigurationFilePut(STORE_CONFIGURATION, "url", address + database),
            editConfigurationFilePut(STORE_CONFIGURATION, "user", server.getProperty("user")),
            editConfigurationFilePut(STORE_CONFIGURATION, "password", server.getProperty("password")),
            editConfigurationFilePut(
                    STORE_CONFIGURATION, "dataSourceFactory.target", "(osgi.jdbc.driver.class=org.postgresql.Driver)")
        };
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
