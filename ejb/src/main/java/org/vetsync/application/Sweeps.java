package org.vetsync.application;

import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import org.vetsync.infrastructure.config.Setting;

/**
 * The interval timer behind each periodic job. Non-persistent on purpose: Payara Micro keeps persistent timers only in
 * memory, and what is due lives in the database anyway, so a restart loses nothing and two instances do the work once.
 */
public final class Sweeps {

  private Sweeps() {}

  public static int seconds() {
    return Setting.SWEEP_SECONDS.intValue();
  }

  static void every(TimerService timers, String job) {
    long millis = seconds() * 1000L;
    timers.createIntervalTimer(millis, millis, new TimerConfig(job, false));
  }
}
