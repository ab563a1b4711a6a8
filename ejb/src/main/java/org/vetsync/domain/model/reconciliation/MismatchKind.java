package org.vetsync.domain.model.reconciliation;

/** What does not add up on a consult item when its cabinet copy expires. */
public enum MismatchKind {
  PLANNED_NOT_DISPENSED("Planned but never dispensed"),
  DISPENSED_NOT_BILLED("Dispensed but not billed"),
  BILLED_MORE_THAN_DISPENSED("Billed more than dispensed");

  private final String label;

  MismatchKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
