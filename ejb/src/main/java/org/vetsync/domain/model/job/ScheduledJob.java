package org.vetsync.domain.model.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A job vetsync runs on a timer, as recorded in the database. Payara Micro keeps EJB timers in memory only, so what
 * is due, and what last ran, lives here: a restart loses nothing and two instances can tell whose turn it is.
 */
@Entity
@Table(name = "scheduled_job")
public class ScheduledJob {

  @Id
  @Column(length = 64)
  private String name;

  @Column(name = "last_started_at")
  private Instant lastStartedAt;

  @Column(name = "last_finished_at")
  private Instant lastFinishedAt;

  @Column(name = "last_outcome", length = 500)
  private String lastOutcome;

  @Column(nullable = false)
  private long runs;

  @Version private long version;

  protected ScheduledJob() {}

  public ScheduledJob(String name) {
    this.name = name;
  }

  public void started(Instant now) {
    this.lastStartedAt = now;
  }

  public void finished(String outcome, Instant now) {
    this.lastFinishedAt = now;
    this.lastOutcome = outcome;
    this.runs++;
  }

  public String getName() {
    return name;
  }

  public Instant getLastStartedAt() {
    return lastStartedAt;
  }

  public Instant getLastFinishedAt() {
    return lastFinishedAt;
  }

  public String getLastOutcome() {
    return lastOutcome;
  }

  public long getRuns() {
    return runs;
  }
}
