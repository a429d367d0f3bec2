package org.banli.store.jpa.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.OptimisticLockException;
import javax.persistence.PersistenceException;
import javax.sql.DataSource;
import org.banli.api.BanliException;
import org.banli.api.Text;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.JpaEntityManagerFactory;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The EntityManagerFactory over the configured data source: EclipseLink driven directly
 * (resource-local transactions, no JTA), embedded Derby under Karaf's data folder unless a
 * county configures another database.
 */
@Component(service = Database.class, configurationPid = StoreSettings.PID)
@Designate(ocd = StoreSettings.class)
public class Database {

    static final String DERBY_EMBEDDED = "(osgi.jdbc.driver.class=org.apache.derby.jdbc.EmbeddedDriver)";
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    static final int DEFAULT_POOL_SIZE = 16;

    /** The transaction this thread is in, if any. */
    private final ThreadLocal<EntityManager> current = new ThreadLocal<>();

    private final NaturalKeys keys = new NaturalKeys();
    private final PreparedPages pages = new PreparedPages();
    private final HikariDataSource pool;
    private final EntityManagerFactory factory;
    private final Runnable onClose;
    private final boolean postgresql;

    @Activate
    public Database(
            @Reference(name = "dataSourceFactory", target = DERBY_EMBEDDED) DataSourceFactory drivers,
            StoreSettings settings,
            BundleContext context)
            throws SQLException {
        this(drivers, settings, url(settings, context));
    }

    private Database(DataSourceFactory drivers, StoreSettings settings, String url) throws SQLException {
        this(
                drivers.createDataSource(connectionProperties(url, settings)),
                settings.poolSize(),
                derbyShutdown(drivers, url));
    }

    Database(DataSource dataSource, Runnable onClose) {
        this(dataSource, DEFAULT_POOL_SIZE, onClose);
    }

    /**
     * @param dataSource connections to the database, pooled here: opening an embedded Derby connection
     *                   passes a lock that the whole database shares, so under load new connections for
     *                   every transaction would queue on it. (EclipseLink takes a connection for a
     *                   transaction only from its first write on, and no work holds two at once, so a
     *                   bounded pool cannot run dry with every holder waiting for another.)
     */
    Database(DataSource dataSource, int poolSize, Runnable onClose) {
        HikariConfig pool = new HikariConfig();
        pool.setPoolName("banli");
        pool.setDataSource(dataSource);
        pool.setMaximumPoolSize(poolSize);
        pool.setMinimumIdle(Math.min(2, poolSize));
        this.pool = new HikariDataSource(pool);
        this.onClose = onClose;
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, this.pool);
        properties.put(PersistenceUnitProperties.TRANSACTION_TYPE, "RESOURCE_LOCAL");
        properties.put(PersistenceUnitProperties.CLASSLOADER, Database.class.getClassLoader());
        properties.put(PersistenceUnitProperties.WEAVING, "false");
        properties.put(PersistenceUnitProperties.LOGGING_LOGGER, Slf4jSessionLog.class.getName());
        // Several nodes may share one database: never serve another node's stale copy.
        properties.put(PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false");
        long start = System.nanoTime();
        Schema.update(this.pool); // the tables are Liquibase's to make and change, not EclipseLink's
        factory = new PersistenceProvider().createEntityManagerFactory("banli", properties);
        factory.createEntityManager().close(); // deploys the unit now, not on the first request
        postgresql = factory.unwrap(JpaEntityManagerFactory.class)
                .getServerSession()
                .getPlatform()
                .isPostgreSQL();
        LOG.info("Database ready in {} ms", (System.nanoTime() - start) / 1_000_000);
    }

    private static Properties connectionProperties(String url, StoreSettings settings) {
        Properties props = new Properties();
        props.setProperty(DataSourceFactory.JDBC_URL, url);
        if (!settings.user().isEmpty()) {
            props.setProperty(DataSourceFactory.JDBC_USER, settings.user());
            props.setProperty(DataSourceFactory.JDBC_PASSWORD, settings.password());
        }
        return props;
    }

    private static String url(StoreSettings settings, BundleContext context) {
        if (!settings.url().isBlank()) {
            return settings.url();
        }
        Path folder =
                Path.of(context.getProperty("karaf.data"), "banli", "derby").toAbsolutePath();
        return "jdbc:derby:" + folder + ";create=true";
    }

    /** Embedded Derby must be shut down to leave its files clean; other databases need nothing. */
    private static Runnable derbyShutdown(DataSourceFactory drivers, String url) {
        if (!url.startsWith("jdbc:derby:") || url.startsWith("jdbc:derby://")) {
            return () -> {};
        }
        Properties props = new Properties();
        props.setProperty(DataSourceFactory.JDBC_URL, url.replaceFirst(";.*$", "") + ";shutdown=true");
        return () -> {
            try {
                drivers.createDataSource(props).getConnection().close();
            } catch (SQLException e) {
                // Derby reports the clean shutdown of one database with SQLState 08006.
                if (!"08006".equals(e.getSQLState())) {
                    LOG.warn("Derby did not shut down cleanly", e);
                }
            }
        };
    }

    @Deactivate
    void close() {
        factory.close();
        pool.close();
        onClose.run();
        LOG.info("Database closed");
    }

    /** A pooled connection of its own, for work below JPA (the archive); the caller closes it. */
    Connection connection() throws SQLException {
        return pool.getConnection();
    }

    /**
     * After the tables were filled from outside JPA: ids are taken afresh from the sequence table
     * (EclipseLink holds a block of them in memory) and no key is remembered from before.
     */
    void restored() {
        factory.unwrap(JpaEntityManagerFactory.class)
                .getServerSession()
                .getSequencingControl()
                .resetSequencing();
        keys.forget();
    }

    /** Whether the database is PostgreSQL, for the few statements written in its own SQL. */
    boolean postgresql() {
        return postgresql;
    }

    PreparedPages pages() {
        return pages;
    }

    NaturalKeys keys() {
        return keys;
    }

    /**
     * Runs {@code work} in one transaction; a concurrent change of the same row is a conflict. Work
     * called from within another's transaction on the same thread (a store asked while a step
     * decides) joins it: one connection and one commit, not a second connection held meanwhile.
     */
    <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager joined = current.get();
        if (joined != null) {
            return work.apply(joined);
        }
        EntityManager em = factory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            begin(em);
            T result = work.apply(em);
            tx.commit();
            return result;
        } catch (PersistenceException e) {
            if (causedBy(e, OptimisticLockException.class)
                    || causedBy(e, org.eclipse.persistence.exceptions.OptimisticLockException.class)) {
                throw BanliException.conflict(Text.of(Text.Code.CHANGED_CONCURRENTLY));
            }
            if (violatesConstraint(e)) {
                throw BanliException.conflict(Text.of(Text.Code.CONFLICTS_WITH_DATA));
            }
            throw e;
        } finally {
            end(em);
        }
    }

    /** Runs read-only {@code work}, within the current transaction if there is one. */
    <T> T read(Function<EntityManager, T> work) {
        EntityManager joined = current.get();
        if (joined != null) {
            return work.apply(joined);
        }
        EntityManager em = factory.createEntityManager();
        current.set(em);
        try {
            return work.apply(em);
        } finally {
            end(em);
        }
    }

    /*
     * The database transaction itself begins with the first write (EclipseLink's default): reads before
     * it run on pooled connections of their own, so that reading an item's text (a CLOB, which Derby
     * keeps share-locked until the reading transaction ends) blocks no other step of the same item.
     */
    private void begin(EntityManager em) {
        em.getTransaction().begin();
        current.set(em);
    }

    private void end(EntityManager em) {
        current.remove();
        try {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
        } finally {
            em.close();
        }
    }

    /**
     * A unique or other integrity constraint refused the write: SQLState class 23 in every database
     * (Derby raises its own exception type for it, PostgreSQL's driver a plain SQLException).
     */
    private static boolean violatesConstraint(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
