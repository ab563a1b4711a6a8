package org.vetsync.domain.model.pharmacy;

/**
 * Changes never sent to the pharmacy on their own: a wrong name or address on a prescription delivery is a patient
 * safety and fraud risk, so staff approve each one first.
 */
public enum ReviewField {
  CLIENT_NAME,
  CLIENT_ADDRESS,
  PET_NAME;

  /** A renamed pet needs a new prescription at the pharmacy (pharmacy regulation). */
  public boolean requiresNewPrescription() {
    return this == PET_NAME;
  }
}
