package org.vetsync.interfaces.console;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.vetsync.application.PharmacyReview;
import org.vetsync.application.Sweeps;
import org.vetsync.application.query.ExportRunRow;
import org.vetsync.application.query.PharmacyQueries;
import org.vetsync.application.query.ReviewRow;
import org.vetsync.domain.model.audit.AuditedAction;
import org.vetsync.interfaces.security.StaffPermission;

/**
 * The pharmacy page: export runs and their progress (polled while one runs), starting an export, the dry-run preview
 * of the next delta, and the review queue where an admin approves or rejects held-back changes.
 */
@Named
@ViewScoped
public class PharmacyView implements Serializable {

  private static final long serialVersionUID = 1L;

  static final int RUNS_SHOWN = 20;
  static final int DECISIONS_SHOWN = 50;
  /** The preview walks every client; beyond this many lines a person stops reading and the file tells the rest. */
  static final int PREVIEW_LINES = 500;

  @Inject private PharmacyQueries queries;
  @Inject private PharmacyReview pharmacy;
  @Inject private ConsoleActions console;

  private List<ExportRunRow> runs;
  private List<ReviewRow> pending;
  private List<ReviewRow> decided;
  /** Null until staff ask for the preview: it reads every client. */
  private List<PreviewRow> preview;
  private ReviewRow selected;
  private String reason;

  @PostConstruct
  void load() {
    loadRuns();
    loadReviews();
  }

  /** What the progress poll asks for every second while a run is active. */
  public void loadRuns() {
    runs = queries.recentRuns(RUNS_SHOWN);
  }

  private void loadReviews() {
    pending = queries.pendingReviews();
    decided = queries.decidedReviews(DECISIONS_SHOWN);
  }

  public void startExport() {
    String requested = "Pharmacy export requested; it starts within " + Sweeps.seconds() + " seconds.";
    if (console.perform(StaffPermission.EXPORT, AuditedAction.on("start pharmacy export", null, null), requested,
        user -> pharmacy.requestExport(user))) {
      loadRuns();
    }
  }

  public void loadPreview() {
    preview = pharmacy.preview(PREVIEW_LINES + 1).stream().map(PreviewRow::of).toList();
  }

  public void approve(ReviewRow review) {
    String note = review.field().equals("Pet name")
        ? " A new prescription is required at the pharmacy for the renamed pet." : "";
    if (console.perform(StaffPermission.REVIEW,
        AuditedAction.on("approve pharmacy change", "review item", review.id()).noting(review.subjectRef()),
        review.field() + " change of " + review.subjectRef() + " approved; it goes out with the next export." + note,
        user -> pharmacy.approve(review.id(), user))) {
      loadReviews();
    }
  }

  public void prepareReject(ReviewRow review) {
    selected = review;
    reason = null;
  }

  public void reject() {
    ReviewRow review = selected;
    String text = reason;
    if (console.perform(StaffPermission.REVIEW,
        AuditedAction.on("reject pharmacy change", "review item", review.id()).noting(text),
        review.field() + " change of " + review.subjectRef() + " rejected; the pharmacy keeps the old value.",
        user -> pharmacy.reject(review.id(), user, text))) {
      loadReviews();
    }
  }

  /** The run under way, if any: the page polls its progress while there is one. */
  public ExportRunRow getActiveRun() {
    return runs.stream().filter(ExportRunRow::active).findFirst().orElse(null);
  }

  public boolean isRunning() {
    return getActiveRun() != null;
  }

  public List<ExportRunRow> getRuns() {
    return runs;
  }

  public List<ReviewRow> getPending() {
    return pending;
  }

  public List<ReviewRow> getDecided() {
    return decided;
  }

  /** The preview's lines, at most {@link #PREVIEW_LINES}. */
  public List<PreviewRow> getPreview() {
    return preview == null || preview.size() <= PREVIEW_LINES ? preview : preview.subList(0, PREVIEW_LINES);
  }

  public boolean isPreviewCut() {
    return preview != null && preview.size() > PREVIEW_LINES;
  }

  public int getPreviewLines() {
    return PREVIEW_LINES;
  }

  public ReviewRow getSelected() {
    return selected;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
