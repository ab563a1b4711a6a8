package org.vetsync.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** All business time comes from one injectable clock, so that tests can move time instead of sleeping. */
@ApplicationScoped
public class ClockProducer {

  @Produces
  @ApplicationScoped
  Clock clock() {
    return Clock.systemUTC();
  }
}
