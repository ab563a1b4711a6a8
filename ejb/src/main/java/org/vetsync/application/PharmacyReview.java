package org.vetsync.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.logging.Logger;
import org.vetsync.domain.model.pharmacy.PharmacyExportRepository;
import org.vetsync.domain.model.pharmacy.PharmacyExportRun;
import org.vetsync.domain.model.pharmacy.ReviewItem;

/** Staff decisions on held-back pharmacy changes, the pharmacy's known clients, and export runs on request. */
@Stateless
public class PharmacyReview {

  private static final Logger LOG = Logger.getLogger(PharmacyReview.class.getName());

  @Inject private PharmacyExportRepository repository;
  @Inject private PharmacyExport export;
  @Inject private Clock clock;

  /** Approved: it goes to the pharmacy with the next export (a pet's new name flagged "new prescription required"). */
  public void approve(long reviewId, String user) {
    ReviewItem item = review(reviewId);
    refuseUnless(() -> item.approve(user, clock.instant()));
    LOG.info(() -> user + " approved " + item.getField() + " change of " + item.getSubjectRef() + " for the pharmacy");
  }

  public void reject(long reviewId, String user, String reason) {
    ReviewItem item = review(reviewId);
    refuseUnless(() -> item.reject(user, reason, clock.instant()));
    LOG.info(() -> user + " rejected " + item.getField() + " change of " + item.getSubjectRef() + ": " + reason);
  }

  public List<ReviewItem> pending() {
    return repository.pendingReviews();
  }

  /** A client the pharmacy already serves: a practice client matching it is linked to it, not duplicated. */
  public void registerKnownClient(String pharmacyRef, String name, String email, String phone, String user) {
    if (pharmacyRef == null || pharmacyRef.isBlank()) {
      throw new ActionRefusedException("A pharmacy client needs the pharmacy's reference");
    }
    repository.knownClient(pharmacyRef, name, email, phone);
    LOG.info(() -> user + " registered pharmacy client " + pharmacyRef);
  }

  public long requestExport(String user) {
    return export.request(user);
  }

  public PharmacyExportRun run(long runId) {
    return repository.run(runId).orElseThrow(() -> new ActionRefusedException("No export run " + runId));
  }

  public List<PharmacyExportRun> recentRuns() {
    return repository.recentRuns(20);
  }

  /**
   * Part of the run's file (the file a pharmacy can also be sent by hand, one batch a line): up to {@code max}
   * batches after the first {@code skip}. Read in parts so that a large run's file is streamed, never held whole.
   */
  public List<String> fileBatches(long runId, int skip, int max) {
    run(runId);
    return repository.batches(runId, skip, max);
  }

  public List<PharmacyExport.PreviewLine> preview(int limit) {
    return export.preview(limit);
  }

  private ReviewItem review(long id) {
    return repository.review(id).orElseThrow(() -> new ActionRefusedException("No review item " + id));
  }

  private static void refuseUnless(Runnable action) {
    try {
      action.run();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw new ActionRefusedException(e.getMessage());
    }
  }
}
