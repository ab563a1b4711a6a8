package org.vetsync.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.vetsync.domain.model.sync.SyncEventRepository;
import org.vetsync.domain.model.sync.SyncEventStatus;

/**
 * The periodic sweep, every VETSYNC_SWEEP_SECONDS (10 s): short enough that due work (expiry, timeouts) is picked up
 * promptly, long enough to cost nothing. Each job runs in its own transaction holding its job row, so one failing job
 * does not stop the others, and two instances never run the same job at once. It starts after the schema migration:
 * a sweep against a half-migrated schema would fail, or worse, create rows a later migration inserts.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
public class MaintenanceSweep {

  private static final Logger LOG = Logger.getLogger(MaintenanceSweep.class.getName());

  public static final String JOB = "maintenance-sweep";

  @Inject private JobRecorder recorder;
  @Inject private SyncEventRepository events;
  @Inject private ConsultExpiry expiry;
  @Inject private CommandTimeouts timeouts;
  @Resource private TimerService timers;

  @PostConstruct
  void schedule() {
    Sweeps.every(timers, JOB);
  }

  @Timeout
  void sweep() {
    run(JOB, () -> events.count(SyncEventStatus.FAILED) + " failed sync events waiting for staff");
    run("consult-expiry", expiry::sweep);
    run("expiry-warnings", expiry::warnNearExpiry);
    run("command-timeouts", timeouts::sweep);
  }

  private void run(String job, Supplier<String> work) {
    try {
      recorder.run(job, work);
    } catch (RuntimeException e) {
      LOG.warning(() -> "Job " + job + " failed and will run again at the next sweep: " + FailureSummary.of(e));
    }
  }
}
