package org.vetsync.domain.model.orphan;

/** Why a dispense could not be tied to a consult item on arrival. */
public enum OrphanReason {
  NO_CONSULT("No consult"),
  NO_PATIENT("No patient"),
  UNKNOWN_PRODUCT("Unknown product"),
  NOT_PLANNED("Product not planned on the consult"),
  QUANTITY_MISMATCH("More than planned"),
  TEMPORARY_PATIENT("Temporary patient");

  private final String label;

  OrphanReason(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
