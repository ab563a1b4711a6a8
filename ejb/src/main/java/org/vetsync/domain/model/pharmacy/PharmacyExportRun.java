package org.vetsync.domain.model.pharmacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;

/**
 * One export to the pharmacy. It advances client by client in batches; each batch commits with its checkpoint, so a
 * run killed half-way resumes after the last committed batch without sending anything twice.
 */
@Entity
@Table(name = "pharmacy_export_run")
public class PharmacyExportRun {

  public enum Status {
    REQUESTED,
    RUNNING,
    COMPLETE,
    FAILED
  }

  @Id
  @SequenceGenerator(name = "entity_seq", sequenceName = "entity_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "entity_seq")
  private Long id;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status = Status.REQUESTED;

  @Column(name = "requested_by", nullable = false, length = 64)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Column(name = "checkpoint_client_id", nullable = false)
  private long checkpointClientId;

  @Column(name = "clients_total", nullable = false)
  private long clientsTotal;

  @Column(name = "clients_done", nullable = false)
  private long clientsDone;

  @Column(name = "new_clients", nullable = false)
  private long newClients;

  @Column(name = "linked_clients", nullable = false)
  private long linkedClients;

  @Column(name = "new_pets", nullable = false)
  private long newPets;

  @Column(name = "email_changes", nullable = false)
  private long emailChanges;

  @Column(name = "weight_changes", nullable = false)
  private long weightChanges;

  @Column(name = "deceased_changes", nullable = false)
  private long deceasedChanges;

  @Column(name = "approved_changes", nullable = false)
  private long approvedChanges;

  @Column(name = "review_items", nullable = false)
  private long reviewItems;

  @Column(nullable = false)
  private int batches;

  @Column(length = 2000)
  private String error;

  @Version private long version;

  protected PharmacyExportRun() {}

  public PharmacyExportRun(String requestedBy, Instant now) {
    this.requestedBy = requestedBy;
    this.requestedAt = now;
  }

  public void start(long clientsTotal, Instant now) {
    if (status == Status.REQUESTED) {
      this.status = Status.RUNNING;
      this.startedAt = now;
      this.clientsTotal = clientsTotal;
    }
  }

  /**
   * A batch committed: the checkpoint moves past its last client.
   *
   * @param clients how many clients the run got past, including those with nothing to send
   */
  public void batchDone(long lastClientId, long clients, List<ExportChange> changes, int reviews, boolean sent) {
    if (status != Status.RUNNING) {
      throw new IllegalStateException("Export run " + id + " is " + status);
    }
    checkpointClientId = lastClientId;
    clientsDone += clients;
    reviewItems += reviews;
    if (sent) {
      batches++;
    }
    for (ExportChange change : changes) {
      switch (change.kind()) {
        case NEW_CLIENT -> newClients++;
        case LINKED_CLIENT -> linkedClients++;
        case NEW_PET -> newPets++;
        case EMAIL_CHANGE -> emailChanges++;
        case WEIGHT_CHANGE -> weightChanges++;
        case DECEASED_CHANGE -> deceasedChanges++;
        case APPROVED_CHANGE -> approvedChanges++;
      }
    }
  }

  public void complete(Instant now) {
    status = Status.COMPLETE;
    finishedAt = now;
  }

  public void fail(String reason, Instant now) {
    status = Status.FAILED;
    error = reason == null ? "unknown" : reason.substring(0, Math.min(reason.length(), 2000));
    finishedAt = now;
  }

  public boolean isActive() {
    return status == Status.REQUESTED || status == Status.RUNNING;
  }

  public Long getId() {
    return id;
  }

  public Status getStatus() {
    return status;
  }

  public String getRequestedBy() {
    return requestedBy;
  }

  public Instant getRequestedAt() {
    return requestedAt;
  }

  public Instant getStartedAt() {
    return startedAt;
  }

  public Instant getFinishedAt() {
    return finishedAt;
  }

  public long getCheckpointClientId() {
    return checkpointClientId;
  }

  public long getClientsTotal() {
    return clientsTotal;
  }

  public long getClientsDone() {
    return clientsDone;
  }

  public long getNewClients() {
    return newClients;
  }

  public long getLinkedClients() {
    return linkedClients;
  }

  public long getNewPets() {
    return newPets;
  }

  public long getEmailChanges() {
    return emailChanges;
  }

  public long getWeightChanges() {
    return weightChanges;
  }

  public long getDeceasedChanges() {
    return deceasedChanges;
  }

  public long getApprovedChanges() {
    return approvedChanges;
  }

  public long getReviewItems() {
    return reviewItems;
  }

  public int getBatches() {
    return batches;
  }

  public String getError() {
    return error;
  }
}
