package org.vetsync.application.query;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.vetsync.domain.model.pharmacy.PharmacyExportRun;
import org.vetsync.domain.model.pharmacy.ReviewField;
import org.vetsync.domain.model.pharmacy.ReviewItem;

/** Read side of the pharmacy page: export runs with their progress, and the review queue. */
@Stateless
public class PharmacyQueries {

  private static final String REVIEW_COLUMNS = "select r.id, r.field, r.subjectRef, r.oldValue, r.newValue,"
      + " r.changedBy, r.detectedAt, r.status, r.decidedBy, r.decidedAt, r.decisionReason,"
      + " r.newPrescriptionRequired, r.sentInRun from ReviewItem r";

  @PersistenceContext(unitName = "vetsync")
  private EntityManager em;

  /** The latest runs, newest first. */
  public List<ExportRunRow> recentRuns(int limit) {
    // the first run to complete sent everything; a run requested before it (failed, or still going) is a first copy too
    // (ordered and limited rather than min(): an aggregate bypasses the Instant converter on PostgreSQL)
    Instant firstComplete = em.createQuery("select r.requestedAt from PharmacyExportRun r where r.status = :complete"
            + " order by r.requestedAt", Instant.class)
        .setParameter("complete", PharmacyExportRun.Status.COMPLETE)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
    return em.createQuery("select r from PharmacyExportRun r order by r.id desc", PharmacyExportRun.class)
        .setMaxResults(limit)
        .getResultStream()
        .map(run -> row(run, firstComplete == null || !run.getRequestedAt().isAfter(firstComplete)))
        .toList();
  }

  /** Changes waiting for a decision, oldest first: the order they reached vetsync. */
  public List<ReviewRow> pendingReviews() {
    return reviews(REVIEW_COLUMNS + " where r.status = :status order by r.detectedAt, r.id", ReviewItem.Status.PENDING,
        500);
  }

  /** The latest decisions, newest first, so staff see what was approved or rejected, by whom, and what was sent. */
  public List<ReviewRow> decidedReviews(int limit) {
    return reviews(REVIEW_COLUMNS + " where r.status <> :status order by r.decidedAt desc, r.id desc",
        ReviewItem.Status.PENDING, limit);
  }

  private List<ReviewRow> reviews(String jpql, ReviewItem.Status status, int limit) {
    return em.createQuery(jpql, Object[].class)
        .setParameter("status", status)
        .setMaxResults(limit)
        .getResultStream()
        .map(PharmacyQueries::review)
        .toList();
  }

  private static ReviewRow review(Object[] r) {
    ReviewField field = (ReviewField) r[1];
    return new ReviewRow(
        (Long) r[0],
        field == ReviewField.PET_NAME ? "Pet" : "Client",
        (String) r[2],
        Labels.of(field),
        (String) r[3],
        (String) r[4],
        (String) r[5],
        (Instant) r[6],
        Labels.of((ReviewItem.Status) r[7]),
        (String) r[8],
        (Instant) r[9],
        (String) r[10],
        (Boolean) r[11],
        (Long) r[12]);
  }

  private static ExportRunRow row(PharmacyExportRun run, boolean fullCopy) {
    return new ExportRunRow(
        run.getId(),
        fullCopy,
        Labels.of(run.getStatus()),
        run.isActive(),
        run.getRequestedBy(),
        run.getRequestedAt(),
        run.getStartedAt(),
        run.getFinishedAt(),
        run.getClientsTotal(),
        run.getClientsDone(),
        run.getNewClients(),
        run.getLinkedClients(),
        run.getNewPets(),
        run.getEmailChanges(),
        run.getWeightChanges(),
        run.getDeceasedChanges(),
        run.getApprovedChanges(),
        run.getReviewItems(),
        run.getBatches(),
        run.getError());
  }
}
