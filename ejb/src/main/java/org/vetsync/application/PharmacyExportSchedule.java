package org.vetsync.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;
import org.vetsync.infrastructure.config.Setting;

/**
 * Starts the pharmacy export when it is due (every VETSYNC_PHARMACY_EXPORT_INTERVAL_MINUTES, default 48 h) and drives
 * a requested or interrupted run to its end, batch by batch. Its own timer, every VETSYNC_SWEEP_SECONDS (10 s), so a
 * long export never delays consult expiry; what is due and how far a run got are in the database, so a restart resumes it.
 */
@Singleton
@Startup
@DependsOn("SchemaMigrator")
@Lock(LockType.READ)
public class PharmacyExportSchedule {

  private static final Logger LOG = Logger.getLogger(PharmacyExportSchedule.class.getName());

  public static final String JOB = "pharmacy-export";

  @Inject private JobRecorder recorder;
  @Inject private PharmacyExport export;
  @Inject private Clock clock;
  @Resource private TimerService timers;

  /** One export at a time in this instance; other instances take turns with it, batch by batch (the run's row lock). */
  private final AtomicBoolean running = new AtomicBoolean();

  @PostConstruct
  void schedule() {
    Sweeps.every(timers, JOB);
  }

  @Timeout
  void tick() {
    if (!Boolean.parseBoolean(Setting.PHARMACY_EXPORT_ENABLED.value().orElse("true"))
        || !running.compareAndSet(false, true)) {
      return;
    }
    try {
      AtomicReference<Long> due = new AtomicReference<>();
      // the job's row is held only to decide; the batches run outside it, so a staff request never waits for an export
      recorder.run(JOB, () -> findDueRun(due));
      if (due.get() != null) {
        while (export.runNextBatch(due.get())) {
          // one transaction per batch; the run records its own progress
        }
      }
    } catch (RuntimeException e) {
      LOG.warning(() -> "Pharmacy export stopped; it resumes from its checkpoint at the next tick: "
          + FailureSummary.of(e));
    } finally {
      running.set(false);
    }
  }

  private String findDueRun(AtomicReference<Long> due) {
    Optional<Long> active = export.activeRun();
    if (active.isPresent()) {
      due.set(active.get());
      return "export run " + active.get() + " under way";
    }
    Duration interval = Duration.ofMinutes(Setting.PHARMACY_EXPORT_INTERVAL_MINUTES.intValue());
    Optional<Instant> last = export.lastFinished();
    Instant now = clock.instant();
    if (last.isPresent() && last.get().plus(interval).isAfter(now)) {
      return "next export due at " + last.get().plus(interval);
    }
    due.set(export.requestHoldingJob("schedule"));
    return "export run " + due.get() + " started";
  }
}
