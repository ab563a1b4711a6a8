package org.vetsync.infrastructure.config;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * The system clock plus an offset a test writes into clock_adjustment. A background task reads the offset every
 * half second, outside any transaction (reading it inside the caller's transaction would enlist a second connection
 * there), so a moved clock takes effect within a second and costs nothing per call.
 */
final class AdjustableClock extends Clock {

  private final DataSource dataSource;
  private volatile long offsetSeconds;

  AdjustableClock(DataSource dataSource, ManagedScheduledExecutorService executor) {
    this.dataSource = dataSource;
    executor.scheduleWithFixedDelay(() -> offsetSeconds = readOffset(), 0, 500, TimeUnit.MILLISECONDS);
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(Duration.ofSeconds(offsetSeconds));
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
