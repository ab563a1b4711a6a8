package org.vetsync.faults;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
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
   * only this run's database, so other users of the PostgreSQL server are not disturbed.
   */
  void refuseDatabase(boolean refuse) {
    String name = databaseName();
    superuser("ALTER DATABASE " + name + " ALLOW_CONNECTIONS " + !refuse);
    if (refuse) {
      superuser("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name + "'");
    }
  }

  long preparedDatabaseTransactions() {
    return ((Number) db.value("select count(*) from pg_prepared_xacts where database = current_database()"))
        .longValue();
  }

  private String databaseName() {
    String url = env.property("postgresql.jdbc.url");
    return url.substring(url.lastIndexOf('/') + 1);
  }

  private static void superuser(String sql) {
    try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
