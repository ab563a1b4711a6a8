package org.vetsync.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.vetsync.domain.model.job.ScheduledJob;
import org.vetsync.domain.model.job.ScheduledJobRepository;

/**
 * Runs a scheduled job's work while holding its database row, and records the run. The row lock means that when
 * several vetsync instances fire the same timer, they run the work one after another, never at the same time.
 */
@Stateless
public class JobRecorder {

  private static final Logger LOG = Logger.getLogger(JobRecorder.class.getName());

  @Inject private ScheduledJobRepository jobs;
  @Inject private Clock clock;

  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void run(String jobName, Supplier<String> work) {
    ScheduledJob job = jobs.lockOrCreate(jobName);
    job.started(clock.instant());
    String outcome = work.get();
    job.finished(outcome, clock.instant());
    LOG.fine(() -> "Job " + jobName + " run " + job.getRuns() + ": " + outcome);
  }

  public List<ScheduledJob> all() {
    return jobs.all();
  }
}
