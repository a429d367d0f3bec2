package org.banli.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The load benchmark's baseline for steps: what embedded Derby itself does when many threads each
 * insert one history-sized row and commit it durably. Prints the commits per second.
 *
 * <pre>java -cp derby.jar:benchmarks/target/classes org.banli.benchmarks.JdbcInsertBaseline &lt;folder&gt; &lt;threads&gt; &lt;seconds&gt;</pre>
 */
public final class JdbcInsertBaseline {

    private JdbcInsertBaseline() {}

    public static void main(String[] args) throws Exception {
        String url = "jdbc:derby:" + args[0] + ";create=true";
        int threads = Integer.parseInt(args[1]);
        long seconds = Long.parseLong(args[2]);
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE EVENT (ID BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY, ITEM_ID BIGINT NOT NULL,"
                    + " ACTION VARCHAR(30) NOT NULL, ACTOR VARCHAR(64) NOT NULL, HAPPENED_AT TIMESTAMP NOT NULL,"
                    + " REASON VARCHAR(1000))");
        }
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Long>> counts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            long item = t;
            counts.add(pool.submit(() -> insertUntilStopped(url, item, running)));
        }
        long start = System.nanoTime();
        TimeUnit.SECONDS.sleep(seconds);
        running.set(false);
        long commits = 0;
        for (Future<Long> count : counts) {
            commits += count.get();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        try {
            DriverManager.getConnection("jdbc:derby:;shutdown=true");
        } catch (SQLException expected) {
            // Derby answers a clean shutdown with an exception.
        }
        System.out.printf("%.0f%n", commits / elapsed);
    }

    private static long insertUntilStopped(String url, long item, AtomicBoolean running) throws SQLException {
        long commits = 0;
        try (Connection c = DriverManager.getConnection(url)) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO EVENT (ITEM_ID, ACTION, ACTOR, HAPPENED_AT, REASON) VALUES (?, ?, ?, ?, ?)")) {
                while (running.get()) {
                    insert.setLong(1, item);
                    insert.setString(2, "ASSIGN");
                    insert.setString(3, "bench-office");
                    insert.setTimestamp(4, Timestamp.from(Instant.now()));
                    insert.setString(5, "按职责交办");
                    insert.executeUpdate();
                    c.commit();
                    commits++;
                }
            }
        }
        return commits;
    }
}
