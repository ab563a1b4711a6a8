package org.vetsync.infrastructure.config;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * All business time comes from one injectable clock, so that tests can move time instead of sleeping: with
 * {@code vetsync.clock=adjustable} (set only by the test suites) it runs ahead by the offset in table clock_adjustment.
 */
@ApplicationScoped
public class ClockProducer {

  private static final Logger LOG = Logger.getLogger(ClockProducer.class.getName());

  @Resource(lookup = "jdbc/vetsync")
  private DataSource dataSource;

  @Resource private ManagedScheduledExecutorService executor;

  @Produces
  @ApplicationScoped
  Clock clock() {
    if ("adjustable".equals(Setting.CLOCK.value().orElse("system"))) {
      LOG.warning("vetsync.clock=adjustable: business time follows table clock_adjustment (test setting)");
      return new AdjustableClock(dataSource, executor);
    }
    return Clock.systemUTC();
  }
}
