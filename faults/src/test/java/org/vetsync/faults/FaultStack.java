package org.vetsync.faults;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import org.vetsync.testsupport.BrokerControl;
import org.vetsync.testsupport.Database;
import org.vetsync.testsupport.TestEnvironment;

/**
 * The pieces one fault run uses, all on 127.0.0.1: the broker and PostgreSQL database test-env.sh prepared, and one
 * Payara Micro process shared by the tests (a test that kills it starts it again before it ends).
 */
final class FaultStack {

  private static FaultStack current;

  final TestEnvironment env = TestEnvironment.get();
  final Database db = env.database();
  final BrokerControl broker = env.broker();
  final BrokerManagement management =
      new BrokerManagement(env.property("broker.url"), env.property("broker.admin.password"));
  final MicroServer micro;

  private FaultStack() {
    Path dir = Path.of(System.getProperty("vetsync.faults.dir"));
    String port = env.serverUrl().substring(env.serverUrl().lastIndexOf(':') + 1);
    micro = new MicroServer(Path.of(System.getProperty("vetsync.faults.runtime")),
        Path.of(System.getProperty("vetsync.faults.war")), dir, port);
  }

  /** The stack with vetsync running. */
  static synchronized FaultStack get() {
    if (current == null) {
      current = new FaultStack();
      Runtime.getRuntime().addShutdownHook(new Thread(current.micro::kill));
    }
    if (!current.micro.running()) {
      current.micro.start();
    }
    return current;
  }

  /**
   * Makes vetsync's database refuse connections and drops the ones it holds, as if the database server had gone:
   * only this run's database, so other users of the PostgreSQL server are not disturbed. The drop waits (at most 5 s)
   * for a moment when a transaction is prepared and not yet committed, so that the outage cuts some second phases, as
   * a real one does under load; a busy loop inside PostgreSQL, because that window lasts a few milliseconds.
   */
  void refuseDatabase(boolean refuse) {
    String name = databaseName();
    superuser("ALTER DATABASE " + name + " ALLOW_CONNECTIONS " + !refuse);
    if (refuse) {
      superuser("DO $$ DECLARE deadline timestamptz := clock_timestamp() + interval '5 seconds'; BEGIN"
          + " WHILE clock_timestamp() < deadline"
          + " AND NOT EXISTS (SELECT 1 FROM pg_prepared_xacts WHERE database = '" + name + "') LOOP END LOOP;"
          + " PERFORM pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'; END $$");
    }
  }

  /** Counted as the superuser, so it also works while vetsync's database refuses connections. */
  long preparedDatabaseTransactions() {
    return superuser("select count(*) from pg_prepared_xacts where database = '" + databaseName() + "'");
  }

  /** The global transaction ids of the branches prepared in vetsync's database (the gid is format_gtrid_bqual). */
  List<byte[]> preparedDatabaseGlobalIds() {
    return db.query("select gid from pg_prepared_xacts where database = current_database()").stream()
        .map(row -> String.valueOf(row.get("gid")).split("_"))
        .filter(parts -> parts.length == 3)
        .map(parts -> Base64.getDecoder().decode(parts[1]))
        .toList();
  }

  private String databaseName() {
    String url = env.property("postgresql.jdbc.url");
    return url.substring(url.lastIndexOf('/') + 1);
  }

  /** Runs sql as the PostgreSQL superuser; returns the first column of its first row, as a number, if it has one. */
  private static long superuser(String sql) {
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
        Statement s = c.createStatement()) {
      if (!s.execute(sql)) {
        return 0;
      }
      try (ResultSet rows = s.getResultSet()) {
        return rows.next() ? rows.getLong(1) : 0;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
