package org.vetsync.infrastructure.config;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * The system clock plus an offset a test writes into clock_adjustment. The offset is read at most once a second, so
 * a moved clock takes effect within a second and costs almost nothing per call.
 */
final class AdjustableClock extends Clock {

  private final DataSource dataSource;
  private volatile long offsetSeconds;
  private volatile long readAtMillis;

  AdjustableClock(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public Instant instant() {
    long now = System.currentTimeMillis();
    if (now - readAtMillis > 1000) {
      offsetSeconds = readOffset();
      readAtMillis = now;
    }
    return Instant.ofEpochMilli(now).plus(Duration.ofSeconds(offsetSeconds));
  }

  private long readOffset() {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("select offset_seconds from clock_adjustment where id = 1")) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      return offsetSeconds;
    }
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("vetsync keeps business time in UTC");
  }
}
