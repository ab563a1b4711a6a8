package org.vetsync.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import org.vetsync.domain.model.sync.SyncEventRepository;
import org.vetsync.domain.model.sync.SyncEventStatus;

/**
 * The periodic sweep. Every 10 seconds: short enough that due work (expiry, exports) is picked up promptly, long
 * enough to cost nothing. Non-persistent on purpose: what is due lives in the database, not in the timer.
 */
@Singleton
@Startup
public class MaintenanceSweep {

  public static final String JOB = "maintenance-sweep";

  @Inject private JobRecorder recorder;
  @Inject private SyncEventRepository events;

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false, info = JOB)
  void sweep() {
    recorder.run(JOB, () -> events.count(SyncEventStatus.FAILED) + " failed sync events waiting for staff");
  }
}
