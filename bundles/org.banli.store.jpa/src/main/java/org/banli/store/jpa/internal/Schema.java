package org.banli.store.jpa.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Banli's tables, kept by Liquibase from one changelog for every database: a new database gets
 * them all, and one made by an earlier Banli gets the changesets it lacks, its data kept. Several
 * nodes starting at once take turns through Liquibase's lock table.
 */
final class Schema {

    static final String CHANGELOG = "org/banli/store/jpa/changelog/banli.xml";

    private Schema() {}

    /** Brings the database's schema to the changelog's, before anything reads or writes it. */
    static void update(DataSource dataSource) {
        ClassLoader bundle = Schema.class.getClassLoader();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Liquibase finds its own parts through the context class loader as well.
        thread.setContextClassLoader(bundle);
        try (Connection connection = dataSource.getConnection()) {
            liquibase.database.Database database =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Scope.child(
                    Map.of(
                            Scope.Attr.resourceAccessor.name(),
                            new ClassLoaderResourceAccessor(bundle),
                            // Nothing leaves the county's network: no usage reports to Liquibase's servers.
                            "liquibase.analytics.enabled",
                            false,
                            "liquibase.showBanner",
                            false),
                    () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
                            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, CHANGELOG)
                            .execute());
        } catch (SQLException e) {
            throw new IllegalStateException("The database cannot be reached to check its schema", e);
        } catch (Exception e) { // what Liquibase throws, and what a changeset's statements raise
            throw new IllegalStateException("The database's schema could not be brought up to date", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
