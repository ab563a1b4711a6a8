package org.vetsync.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Looks into the database the server under test uses, the way an auditor with SQL access would. */
public final class Database {

  private final String url;
  private final String user;
  private final String password;

  Database(String url, String user, String password) {
    this.url = url;
    this.user = user;
    this.password = password;
  }

  /** Rows as column-name (lower case) to value maps. */
  public List<Map<String, Object>> query(String sql, Object... parameters) {
    try (Connection connection = DriverManager.getConnection(url, user, password);
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = statement.executeQuery()) {
        ResultSetMetaData meta = rs.getMetaData();
        List<Map<String, Object>> rows = new ArrayList<>();
        while (rs.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int c = 1; c <= meta.getColumnCount(); c++) {
            row.put(meta.getColumnLabel(c).toLowerCase(), rs.getObject(c));
          }
          rows.add(row);
        }
        return rows;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Query failed: " + sql + ": " + e.getMessage(), e);
    }
  }

  /** The sync event that carried this messageId, once vetsync has processed it (its status is no longer Pending). */
  public Map<String, Object> awaitEvent(String messageId) {
    return Poll.until("sync event " + messageId + " to be processed", java.time.Duration.ofSeconds(30), () -> {
      List<Map<String, Object>> rows =
          query("select * from sync_event where message_id = ? and status <> 'PENDING' order by id", messageId);
      return rows.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(rows.get(0));
    });
  }

  /** The first value of the first row, or null. */
  public Object value(String sql, Object... parameters) {
    List<Map<String, Object>> rows = query(sql, parameters);
    return rows.isEmpty() ? null : rows.get(0).values().iterator().next();
  }

  /**
   * Puts vetsync's clock back to real time after a test moved it forward. Sync events recorded meanwhile carry
   * times in what is now the future; they are brought back to the present, because the dashboard lists newest first
   * and a later test must find its own events on top, as staff would (in production time only moves forward).
   */
  public void resetClock() {
    execute("update clock_adjustment set offset_seconds = 0 where id = 1");
    execute("update sync_event set received_at = current_timestamp where received_at > current_timestamp");
  }

  public void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(url, user, password);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("Statement failed: " + sql + ": " + e.getMessage(), e);
    }
  }

  /** An insert, update or delete with parameters; returns the number of rows changed. */
  public int update(String sql, Object... parameters) {
    try (Connection connection = DriverManager.getConnection(url, user, password);
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Statement failed: " + sql + ": " + e.getMessage(), e);
    }
  }

  /**
   * A transaction left open, to hold row locks the way a slow or stuck session would; closing it rolls back whatever
   * it did.
   */
  public OpenTransaction begin() {
    try {
      Connection connection = DriverManager.getConnection(url, user, password);
      connection.setAutoCommit(false);
      return new OpenTransaction(connection);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot open a transaction: " + e.getMessage(), e);
    }
  }

  /** See {@link #begin()}. */
  public static final class OpenTransaction implements AutoCloseable {

    private final Connection connection;

    private OpenTransaction(Connection connection) {
      this.connection = connection;
    }

    public int update(String sql, Object... parameters) {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        for (int i = 0; i < parameters.length; i++) {
          statement.setObject(i + 1, parameters[i]);
        }
        return statement.executeUpdate();
      } catch (SQLException e) {
        throw new IllegalStateException("Statement failed: " + sql + ": " + e.getMessage(), e);
      }
    }

    @Override
    public void close() {
      try (connection) {
        connection.rollback();
      } catch (SQLException e) {
        throw new IllegalStateException("Rollback failed: " + e.getMessage(), e);
      }
    }
  }
}
