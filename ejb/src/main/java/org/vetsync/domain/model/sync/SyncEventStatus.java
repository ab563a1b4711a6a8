package org.vetsync.domain.model.sync;

/** Where a sync event stands. Staff act on FAILED, REJECTED and UNALLOCATED ones. */
public enum SyncEventStatus {
  PENDING("Pending"),
  PROCESSING("Processing"),
  COMPLETE("Complete"),
  FAILED("Failed"),
  /** The message itself is unusable (malformed, invalid, duplicate): kept with the reason, never processed. */
  REJECTED("Rejected"),
  IGNORED("Ignored"),
  UNALLOCATED("Unallocated");

  private final String label;

  SyncEventStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
