package org.vetsync.domain.model.consult;

public enum ConsultItemStatus {
  PLANNED,
  PARTIALLY_DISPENSED,
  DISPENSED,
  REMOVED
}
