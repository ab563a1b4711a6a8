package org.vetsync.application.query;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.vetsync.application.PharmacyExportSchedule;
import org.vetsync.application.Sweeps;
import org.vetsync.domain.model.job.ScheduledJob;
import org.vetsync.domain.model.pharmacy.PharmacyExportRun;
import org.vetsync.domain.model.reconciliation.ReconciliationItem;
import org.vetsync.infrastructure.config.Setting;

/**
 * The two jobs staff ask about: consult expiry (with its reconciliation) and the pharmacy export. Neither stores a
 * next due time: consult expiry is due when the earliest consult a cabinet holds expires, the export when the interval
 * has passed since the last run finished, exactly as their timers decide.
 */
@Stateless
public class JobQueries {

  static final String CONSULT_EXPIRY = "consult-expiry";

  /** How often MaintenanceSweep and PharmacyExportSchedule look for due work. */
  private static String checked() {
    return "checked every " + Sweeps.seconds() + " s";
  }

  @PersistenceContext(unitName = "vetsync")
  private EntityManager em;

  @Inject private Clock clock;

  public List<JobRow> jobs() {
    return List.of(consultExpiry(), pharmacyExport());
  }

  private JobRow consultExpiry() {
    Optional<ScheduledJob> job = job(CONSULT_EXPIRY);
    // ordered and limited rather than min(): an aggregate bypasses the Instant converter on PostgreSQL
    Instant earliest = em.createQuery("select s.expiresAt from Consult c join c.cabinets s where s.unsyncedAt is null"
            + " order by s.expiresAt", Instant.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
    long held = count("select count(s) from Consult c join c.cabinets s where s.unsyncedAt is null");
    long open = em.createQuery("select count(r) from ReconciliationItem r where r.status = :open", Long.class)
        .setParameter("open", ReconciliationItem.Status.OPEN)
        .getSingleResult();
    String note = earliest == null ? "no consult is held by a cabinet"
        : earliest.isAfter(clock.instant()) ? "the earliest consult a cabinet holds expires" : "overdue: at the next check";
    return new JobRow(
        CONSULT_EXPIRY,
        "Consult expiry and reconciliation",
        checked() + "; a consult expires " + Setting.CONSULT_SYNC_HOURS.intValue() + " h after its last sync",
        earliest,
        note,
        job.map(ScheduledJob::getLastStartedAt).orElse(null),
        job.map(ScheduledJob::getLastFinishedAt).orElse(null),
        job.map(ScheduledJob::getLastOutcome).orElse(null),
        job.map(ScheduledJob::getRuns).orElse(0L),
        held + " consult copies held by cabinets, " + open + " reconciliation items open");
  }

  /** Its record is the export runs themselves: the job row only says when the schedule last looked. */
  private JobRow pharmacyExport() {
    Duration interval = Duration.ofMinutes(Setting.PHARMACY_EXPORT_INTERVAL_MINUTES.intValue());
    boolean enabled = Boolean.parseBoolean(Setting.PHARMACY_EXPORT_ENABLED.value().orElse("true"));
    Optional<PharmacyExportRun> last = em.createQuery("select r from PharmacyExportRun r order by r.id desc",
            PharmacyExportRun.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
    Optional<Instant> lastFinished = em.createQuery(
            "select r.finishedAt from PharmacyExportRun r where r.finishedAt is not null order by r.id desc",
            Instant.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
    Instant nextDue = null;
    String note;
    if (last.isPresent() && last.get().isActive()) {
      note = "run " + last.get().getId() + " is " + (last.get().getStartedAt() == null ? "about to start" : "running");
    } else if (!enabled) {
      note = "the schedule is off (VETSYNC_PHARMACY_EXPORT_ENABLED=false); staff start exports by hand";
    } else if (lastFinished.isEmpty()) {
      note = "the first export runs at the next check";
    } else {
      nextDue = lastFinished.get().plus(interval);
      note = nextDue.isAfter(clock.instant()) ? "interval after the last run finished" : "at the next check";
    }
    Object[] totals = em.createQuery("select count(r), sum(r.newClients + r.linkedClients + r.newPets + r.emailChanges"
            + " + r.weightChanges + r.deceasedChanges + r.approvedChanges) from PharmacyExportRun r"
            + " where r.status = :complete", Object[].class)
        .setParameter("complete", PharmacyExportRun.Status.COMPLETE)
        .getSingleResult();
    long complete = ((Number) totals[0]).longValue();
    long sent = totals[1] == null ? 0 : ((Number) totals[1]).longValue();
    return new JobRow(
        PharmacyExportSchedule.JOB,
        "Pharmacy export",
        "every " + words(interval) + (enabled ? "" : " (schedule off)") + ", " + checked(),
        nextDue,
        note,
        last.map(PharmacyExportRun::getStartedAt).orElse(null),
        last.map(PharmacyExportRun::getFinishedAt).orElse(null),
        last.map(JobQueries::outcome).orElse(null),
        count("select count(r) from PharmacyExportRun r"),
        complete + " exports complete, " + sent + " changes sent to the pharmacy");
  }

  private static String outcome(PharmacyExportRun run) {
    return switch (run.getStatus()) {
      case REQUESTED -> "Run " + run.getId() + " requested by " + run.getRequestedBy();
      case RUNNING -> "Run " + run.getId() + ": " + run.getClientsDone() + " of " + run.getClientsTotal() + " clients";
      case COMPLETE -> "Run " + run.getId() + " complete: " + run.getClientsDone() + " clients checked, "
          + run.getBatches() + " batches sent, " + run.getReviewItems() + " changes held for review";
      case FAILED -> "Run " + run.getId() + " failed: " + run.getError();
    };
  }

  private Optional<ScheduledJob> job(String name) {
    return Optional.ofNullable(em.find(ScheduledJob.class, name));
  }

  private long count(String jpql) {
    return em.createQuery(jpql, Long.class).getSingleResult();
  }

  /** 2880 minutes reads "48 h", 90 minutes "90 min". */
  static String words(Duration interval) {
    long minutes = interval.toMinutes();
    return minutes % 60 == 0 ? minutes / 60 + " h" : minutes + " min";
  }
}
