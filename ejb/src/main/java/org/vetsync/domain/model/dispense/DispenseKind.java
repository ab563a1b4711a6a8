package org.vetsync.domain.model.dispense;

/** What the nurse did at the cabinet. */
public enum DispenseKind {
  REMOVE,
  RETURN,
  WASTE
}
